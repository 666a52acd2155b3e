package textsim

// SharedEvidence counts the content words two readings of the corpus (see
// Reading and Join) have in common, the same stem, that are not common
// words: those outside the commonRank most frequent words of English news
// (see rarity.go). The model's scores are shares and probabilities; two
// sentences of different stories that share one word ("police", "hurt")
// can score a similarity of 0.5, and a share cannot say that one word is
// too little evidence that they report one fact.
func (c *Corpus) SharedEvidence(a, b Reading, commonRank int) int {
	if a.s == nil || b.s == nil {
		return 0
	}
	floor := rarityOfRank(min(commonRank, rarityVocabulary))
	x, y := a.s, b.s
	n := 0
	for i, j := 0, 0; i < len(x.keys) && j < len(y.keys); {
		switch kx, ky := x.keys[i], y.keys[j]; {
		case kx == ky:
			if kx&keyContent != 0 && c.rare[keyTerm(kx)] >= floor {
				n++
			}
			i++
			j++
		case kx < ky:
			i++
		default:
			j++
		}
	}
	return n
}
