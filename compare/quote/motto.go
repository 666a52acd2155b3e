package quote

import "strings"

// A motto, a slogan or a title quoted as such ("the national motto, “In
// God We Trust,”", `reaffirm "In God We Trust" as the national motto`,
// `that "In God We Trust" is the U.S. motto`) is no one's words: the
// sentence names the phrase, it does not report anyone saying it. Such a
// quotation stays a quotation, so that outlets printing it are seen to
// share it, but gets no speaker. Once an article names a phrase so, the
// same phrase quoted whole elsewhere in it (a headline's "'In God We
// Trust' Vote") is that name too.

// namedPhrases returns the phrases in title case that the article names
// as a motto, a slogan or a title, in the form phraseKey gives.
func (d *doc) namedPhrases(raws []rawQuote) map[string]bool {
	var out map[string]bool
	for _, r := range raws {
		if r.headline || len(r.parts) > 1 || !d.titleCase(r.parts[0]) || !d.phraseNamed(r) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[phraseKey(d.text[r.parts[0].Start:r.parts[0].End])] = true
	}
	return out
}

// namedPhrase reports whether r quotes, whole, a phrase its article names
// as a motto, a slogan or a title.
func (d *doc) namedPhrase(r rawQuote) bool {
	return len(d.mottos) > 0 && len(r.parts) == 1 && d.mottos[phraseKey(d.text[r.parts[0].Start:r.parts[0].End])]
}

// phraseNamed reports whether a naming noun stands right before the
// quotation (`the motto "…"`, `the national motto, "…,"`) or after it as
// what it is or stands as (`"…" is the U.S. motto`, `"…" as the national
// motto`).
func (d *doc) phraseNamed(r rawQuote) bool {
	k := d.tokAt(r.open) - 1
	if d.punct(k) == "," {
		k--
	}
	if namingNoun(d.word(k)) && !d.toks[k].upper {
		// An article, an owner or a modifier or two before the noun: a
		// noun phrase, not `they motto`.
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if determiners.has(d.word(j)) || d.isPossessive(j) || d.word(j) == "its" || d.word(j) == "their" ||
				d.word(j) == "his" || d.word(j) == "her" || d.word(j) == "our" {
				return true
			}
			if !d.toks[j].word || d.toks[j].quoted || !d.describing(j) {
				break
			}
		}
	}
	k = d.tokAt(r.closeEnd)
	if d.punct(k) == "," {
		k++
	}
	switch d.word(k) {
	case "is", "was", "as", "became", "remains", "be":
	default:
		return false
	}
	if !determiners.has(d.word(k+1)) && !d.isPossessive(k+1) && d.word(k+1) != "its" && d.word(k+1) != "our" {
		return false
	}
	for j := k + 2; j < len(d.toks) && j <= k+4; j++ {
		if namingNoun(d.word(j)) && !d.toks[j].upper {
			return true
		}
		if !d.toks[j].word || d.toks[j].quoted || !d.describing(j) && !d.isPossessive(j) {
			return false
		}
	}
	return false
}

// namingNoun names a phrase as a name: "the motto", "the slogan".
func namingNoun(w string) bool {
	switch w {
	case "motto", "mottos", "mottoes", "slogan", "slogans", "catchphrase", "watchword", "tagline", "title", "nickname",
		"phrase":
		return true
	}
	return false
}

// phraseKey folds a quoted phrase for comparison: lower case, curly
// apostrophes straight, one space between words, marks at its ends
// trimmed. The spacing counts for nothing: a line wrapped by hand inside
// the phrase, or a double space, is the same phrase.
func phraseKey(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	return strings.Trim(strings.Join(strings.Fields(s), " "), " ,.;:!?'\"")
}
