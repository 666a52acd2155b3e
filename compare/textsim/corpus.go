// Package textsim scores how closely two sentences report the same fact,
// from lexical evidence only: shared stemmed words weighted by how rare they
// are in the articles being compared, shared character n-grams, word order,
// and whether the figures and names agree.
//
// A Corpus holds the sentences of one comparison. Add analyses each
// sentence once, Freeze computes the IDF, and Features then compares two
// sentences in a few hundred nanoseconds without allocating: everything it
// needs is precomputed per sentence as sorted slices and bit sets. A Model
// turns Features into a Score; Default holds the weights fit on the MSR
// Paraphrase Corpus and the STS Benchmark (see weights.go and TestRefit).
package textsim

import (
	"math"
	"slices"

	"github.com/storydiff/storydiff/compare/wordvec"
)

// Corpus is the set of sentences of one comparison; each sentence is a
// document for the IDF. Add and Merge must be called from one goroutine;
// after Freeze, Terms and Features may be called from several, but not
// while Add or Merge runs.
type Corpus struct {
	sents     []sentence
	words     map[string]wordInfo // lower-cased word -> its analysis
	units     []unit              // wordInfo.off indexes into this
	terms     map[string]int32    // stem, or NUL and stop word -> term id
	stems     []string            // term id -> stem
	prefixes  []uint32            // term id -> prefixHash of its stem
	isContent []bool              // term id -> a content word, not a stop word
	rare      []float32           // term id -> background rarity of a content word, 0 for a stop word
	rareSlot  []int32             // term id -> its slot in the rarity table, or -1
	rareLocal []float32           // term id -> rare, tempered by df (see localRarity), after Freeze
	df        []int32             // term id -> sentences holding it as a content word
	idf       []float32           // term id -> smoothed IDF, after Freeze
	frozen    bool
	nDocs     int // sentences added before Freeze

	// Scratch space for Add.
	toks   []token
	buf    []byte
	seq    []unit  // every unit of the sentence, in order
	uflags []uint8 // per unit of seq: wordName, wordCap
	sorted []uint64
	vids   []int32 // per word with a vector: its wordvec.ID
}

// sentence is everything Features needs about one sentence: the wordKey of
// each distinct word, stop words included, ascending, with what is known
// about it. Word order is kept for the first maxSeq words as bit masks of
// positions, which turns the longest common subsequence and n-gram
// matching into a few word operations per word.
type sentence struct {
	text     string
	terms    []int32   // content terms ascending, for Terms
	weights  []float32 // their normalised tf-idf weights (tf until Freeze)
	keys     []uint64  // wordKey of every distinct word, stop words included, ascending
	words    []wordAux // per key
	wseq     []uint8   // the first maxSeq words, as indexes into words
	content  uint64    // positions in wseq holding content words
	nPre     int32     // distinct prefix hashes of content words
	nums     []number
	grams    gramSet
	idfMass  float32 // sum over content words of IDF × salience
	rareMass float32 // sum over content words of their background rarity
	synBits  uint64  // bit id%64 set for every synset id of a word with synonyms (wordAux.syn): a filter for synonymMass
	nTokens  int32
	nNames   int32
	nCaps    int32
	negated  bool
	speech   bool               // a verb of saying ("said", "told", "according")
	quoted   bool               // a quotation mark
	vids     []int32            // wordvec.ID of each word the vector table holds, in order
	vec      *[wordvec.Dim]int8 // the SIF-weighted mean of their vectors, quantised (meanVector); nil without one
	vecInv   float32            // 1 / the length of vec

	// What Join needs to read sentences one after the other without
	// analysing their text again: see join.go.
	nUnits     int32   // words after splitting hyphens, the length wseq was cut from
	head, tail [4]byte // the first and last bytes of the lower-cased words joined by spaces
	nHead      uint8
	nTail      uint8
	titleCase  bool // see isTitleCase
	openEnd    bool // its last word is a figure or "per", which the next sentence's first word may change
	scaleStart bool // its first word is a magnitude ("million") or "cent", which may change the word before
}

type wordAux struct {
	mask   uint64  // positions in wseq
	counts uint64  // what a match of this word counts: see lane
	weight float32 // normalised tf-idf (tf until Freeze); 0 for a stop word
	mass   float32 // IDF × salience; 0 for a stop word
	rare   float32 // background rarity; 0 for a stop word
	syn    uint16  // 1 + its slot in the rarity table when it has synonyms there and is among the sentence's first 256 words, else 0
	tf     uint8   // occurrences as a content word, at most maxTF
	flags  uint8
}

// A match adds the matched word's counts to a sum of 16-bit lanes, one
// per kind of word, so that counting costs one addition.
const (
	laneContent = 0
	laneName    = 16
	laneCap     = 32
	laneWord    = 48
)

func lane(sum uint64, l int) int { return int(sum >> l & 0xffff) }

const (
	wordContent uint8 = 1 << iota
	wordName          // capitalised, and not just because it starts the sentence
	wordCap           // capitalised, first word of the sentence included
)

// maxTF caps wordAux.tf, so that the record packs into 32 bytes; both Add
// and Join stop counting there, so they agree.
const maxTF = math.MaxUint8

// maxSeq bounds the word-order comparison: one bit per position in a uint64.
const maxSeq = 64

// salience weighs names and figures above other words in the IDF mass:
// they carry the facts.
const salience = 2

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{words: map[string]wordInfo{}, terms: map[string]int32{}}
}

// Grow makes room for n more sentences, textBytes long in all, when the
// caller knows them. On an empty corpus it also sizes the word and term
// tables, which otherwise grow by doubling, rehashing every form each time.
// How many distinct forms a text has grows with its length by Heaps' law:
// fit on the seed pair, the demo, ECB+ topic 4 and sets of 2 to 84 PolNeAR
// texts (2.8 to 410 kB), 0.74·B^0.733 word forms and 1.29·B^0.661 terms in
// B bytes, each within 18% of the count. (Sized by sentences, 2.5 forms
// and 1.5 terms each, the tables of the seed pair started at a quarter of
// their size and were rehashed twice, three times.) The hint is capped.
func (c *Corpus) Grow(n, textBytes int) {
	c.sents = slices.Grow(c.sents, n)
	if len(c.words) == 0 && len(c.terms) == 0 {
		words, terms := tableHints(textBytes)
		c.words = make(map[string]wordInfo, words)
		c.terms = make(map[string]int32, terms)
	}
}

// tableHints are the sizes Grow gives the word and term tables for
// textBytes of text.
func tableHints(textBytes int) (words, terms int) {
	b := float64(textBytes)
	return min(int(0.74*math.Pow(b, 0.733)), maxTableHint), min(int(1.29*math.Pow(b, 0.661)), maxTableHint)
}

// maxTableHint caps Grow's table sizes: past it the tables grow as needed.
const maxTableHint = 1 << 16

// Len returns the number of sentences, merged ones included.
func (c *Corpus) Len() int { return len(c.sents) }

// Add analyses a sentence and returns its id, counting from 0. Sentences
// added after Freeze use the frozen IDF and do not change it.
func (c *Corpus) Add(text string) int {
	s := c.analyse(text)
	if c.frozen {
		c.weigh(&s)
	} else {
		for _, t := range s.terms {
			c.df[t]++
		}
		c.nDocs++
	}
	c.sents = append(c.sents, s)
	return len(c.sents) - 1
}

// Freeze computes the IDF of every term, log((1+N)/(1+df))+1, and the
// L2-normalised tf-idf vector of every sentence. The smoothing keeps the
// weights sensible down to N=2. Calling it again does nothing.
func (c *Corpus) Freeze() {
	if c.frozen {
		return
	}
	c.frozen = true
	for i := range c.sents {
		c.weigh(&c.sents[i])
	}
}

// weigh turns term frequencies into normalised tf-idf weights.
func (c *Corpus) weigh(s *sentence) {
	for t := len(c.idf); t < len(c.df); t++ {
		c.idf = append(c.idf, float32(math.Log(float64(1+c.nDocs)/float64(1+c.df[t]))+1))
		r := c.rare[t]
		if c.nDocs >= localMinDocs && r > 0 {
			r = min(r, localRarity(c.nDocs, int(c.df[t])))
		}
		c.rareLocal = append(c.rareLocal, r)
	}
	var norm, mass, rare float64
	for k := range s.words {
		in := &s.words[k]
		if in.flags&wordContent == 0 {
			continue
		}
		term := keyTerm(s.keys[k])
		idf := c.idf[term]
		in.weight *= idf
		norm += float64(in.weight) * float64(in.weight)
		in.mass = idf
		in.rare = c.rareLocal[term]
		rare += float64(in.rare)
		if in.flags&wordName != 0 || isFigure(c.stems[term]) {
			in.mass *= salience
		}
		mass += float64(in.mass)
	}
	s.idfMass = float32(mass)
	s.rareMass = float32(rare)
	inv := float32(0)
	if norm > 0 {
		inv = float32(1 / math.Sqrt(norm))
	}
	for k := range s.words {
		s.words[k].weight *= inv
	}
	for i, t := range s.terms {
		k, _ := slices.BinarySearch(s.keys, c.wordKey(t))
		s.weights[i] = s.words[k].weight
	}
}

func isFigure(stem string) bool { return stem != "" && stem[0] >= '0' && stem[0] <= '9' }

// Terms returns a sentence's content-word term ids, ascending, with their
// normalised tf-idf weights (after Freeze). The slices belong to the
// corpus: do not modify them.
func (c *Corpus) Terms(id int) (terms []int32, weights []float32) {
	if id < 0 || id >= len(c.sents) {
		return nil, nil
	}
	return c.sents[id].terms, c.sents[id].weights
}
