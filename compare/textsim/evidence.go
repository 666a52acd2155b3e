package textsim

// Shared evidence: what two sentences have in common that could show they
// report one fact, counted in words rather than as a share. The model's
// scores are shares and probabilities; two sentences of different stories
// that share one word ("police", "hurt") can reach a similarity of 0.5,
// and a share alone cannot say that one word is too little.

// Evidence counts the content words two readings have in common (the same
// stem) that are not common words: Words all of them, Names those that
// are names (a capitalised word that does not begin a sentence). A common
// word is one among the commonRank most frequent words of English news
// (see rarity.go), or a stop word.
type Evidence struct {
	Words, Names int
}

// SharedEvidence compares two readings of the corpus (see Reading and
// Join).
func (c *Corpus) SharedEvidence(a, b Reading, commonRank int) Evidence {
	var ev Evidence
	if a.s == nil || b.s == nil {
		return ev
	}
	floor := rarity(-1)
	if commonRank < rarityVocabulary {
		floor = rarityOfRank(commonRank)
	}
	x, y := a.s, b.s
	for i, j := 0, 0; i < len(x.keys) && j < len(y.keys); {
		switch kx, ky := x.keys[i], y.keys[j]; {
		case kx == ky:
			if w := &x.words[i]; kx&keyContent != 0 && c.rare[keyTerm(kx)] >= floor {
				ev.Words++
				if w.flags&wordName != 0 && y.words[j].flags&wordName != 0 {
					ev.Names++
				}
			}
			i++
			j++
		case kx < ky:
			i++
		default:
			j++
		}
	}
	return ev
}
