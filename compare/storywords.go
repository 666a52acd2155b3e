package compare

import "github.com/storydiff/storydiff/compare/framing"

// storyWords drops, from every article's markers, the loaded words of
// VADER's lexicon that every article of the story uses in its own words:
// the story's vocabulary, not one outlet's choice. VADER rates the words
// that name what happened as strongly as those that judge it ("attack",
// "lose", "riot"), and where every outlet writes the word it names the
// event: a pirate attack, a party that could lose the House. Measured on
// BASIL, asking only most outlets (two of three) took six more of the
// annotators' spans than every outlet did. The words of storydiff's own lexicon
// ("controversial", "slammed") stay, however many outlets use them: they
// were chosen as judgements. Only the outlets' own uses count (a speaker's
// "liberal attacks" makes no outlet's "on the attack" the story's word),
// and a story told by one article has no shared vocabulary. markers is
// per article, then per sentence, and is filtered in place.
func storyWords(markers [][][]Marker) {
	if len(markers) < 2 {
		return
	}
	seen := map[string]int{} // lemma -> how many articles use it
	for _, sentences := range markers {
		here := map[string]bool{}
		for _, ms := range sentences {
			for _, m := range ms {
				if vaderWord(m) && !m.Quoted && !here[m.Lemma] {
					here[m.Lemma] = true
					seen[m.Lemma]++
				}
			}
		}
	}
	for _, sentences := range markers {
		for si, ms := range sentences {
			keep := ms[:0]
			for _, m := range ms {
				if !vaderWord(m) || m.Quoted || seen[m.Lemma] < len(markers) {
					keep = append(keep, m)
				}
			}
			if len(keep) == 0 && ms != nil {
				keep = nil
			}
			sentences[si] = keep
		}
	}
}

// vaderWord reports whether m is a loaded word of VADER's lexicon.
func vaderWord(m Marker) bool {
	return m.Kind == string(framing.Loaded) && m.Category == framing.CatSentiment
}
