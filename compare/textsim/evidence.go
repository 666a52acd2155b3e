package textsim

// SharedEvidence counts the content words two readings of the corpus (see
// Reading and Join) have in common, the same stem, that are not common
// words: those outside the commonRank most frequent words of English news
// (see rarity.go). The model's scores are shares and probabilities; two
// sentences of different stories that share one word ("police", "hurt")
// can score a similarity of 0.5, and a share cannot say that one word is
// too little evidence that they report one fact.
func (c *Corpus) SharedEvidence(a, b Reading, commonRank int) int {
	return c.sharedEvidence(a, b, commonRank, false)
}

// SharedPlainEvidence is SharedEvidence counting only the words that are
// a name in neither reading (capitalised inside its sentence, or
// capitalised in both): the words
// that say what happened, not who it happened to or who says so. Two
// remarks of one police sergeant ("He was subsequently tased by police,"
// said Bloomington Police Sgt. Marty Earley; "He tried to provide first
// aid," said Sgt. Marty Earley with the Bloomington Police Department)
// share five uncommon words, all of them the speaker's name and office,
// and none of what he says.
func (c *Corpus) SharedPlainEvidence(a, b Reading, commonRank int) int {
	return c.sharedEvidence(a, b, commonRank, true)
}

func (c *Corpus) sharedEvidence(a, b Reading, commonRank int, plain bool) int {
	if a.s == nil || b.s == nil {
		return 0
	}
	floor := rarityOfRank(min(commonRank, rarityVocabulary))
	x, y := a.s, b.s
	n := 0
	for i, j := 0, 0; i < len(x.keys) && j < len(y.keys); {
		switch kx, ky := x.keys[i], y.keys[j]; {
		case kx == ky:
			fx, fy := x.words[i].flags, y.words[j].flags
			// A name in either; or capitalised in both, where one opens
			// its sentence or follows an abbreviation's period ("Sgt.
			// Marty Earley"), which the tokenizer reads as a start.
			name := (fx|fy)&wordName != 0 || fx&fy&wordCap != 0
			if kx&keyContent != 0 && c.rare[keyTerm(kx)] >= floor && !(plain && name) {
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
