package framing

import (
	"strings"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

//go:generate go test -run ^TestIndexTable$ -regen-index

// index is the lexicon index (lexIndex) in the form index_table.go holds
// it: arrays and one string of keys that the linker lays out, so no run
// builds a map or hashes a key at start-up, and a run touches only the
// pages of the words its sentences hold. Building the maps cost about
// 8 ms of CPU at every start, more than a whole comparison of two articles.
//
// Every key (a word of either lexicon, or the first word of a phrase) has a
// slot, found by a minimal perfect hash (compare/internal/mph), so a
// look-up hashes the key once and compares it with the one key in its slot:
//   - ixKeys: the keys in slot order, each ended by a newline; ixEnds[s] is
//     where slot s's key ends;
//   - ixWords[s]: the key's wordInfo, packed (see unpackWord);
//   - ixSeeds: each bucket's seed;
//   - ixPhraseKeys, sorted, with ixPhraseEnds: the phrase entries
//     (ixEntries) of each first word, longest first, as lexIndex has them
//     (ixWords says where a key's are);
//   - ixNews: the news lexicon, which wordInfo.news indexes.
//
// ixEntries and ixNews hold no pointers: their strings are spans of one
// constant, ixText, or indices into the short ixLabels, and a phrase's
// further words a span of ixRest (801 strings). The garbage collector scans every
// pointer of the program's initialised data at each cycle, and a
// comparison runs about one; the tables as entry and newsEntry values
// were 313 kB of string headers and slices, with 163 kB more behind the
// slices. entry and newsEntry build the values from them.
type index struct{}

var theIndex index

func loadIndex() *index { return &theIndex }

// The bits of a packed key: these flags, then its VADER rating (bits
// 8-15), its news lexicon index (16-31) and, for the first word of
// phrases, 1 + its index in ixPhraseKeys (32-47).
const (
	wordListed    = 1 << iota // the key is a word of the lexicons, not only a phrase's first word
	wordHasVader              // wordInfo.hasVader
	wordVaderStem             // wordInfo.vaderStem
)

func packWord(wi wordInfo, listed bool, phrase int) uint64 {
	v := uint64(phrase+1)<<32 | uint64(wi.news)<<16 | uint64(uint8(wi.vader))<<8
	if listed {
		v |= wordListed
	}
	if wi.hasVader {
		v |= wordHasVader
	}
	if wi.vaderStem {
		v |= wordVaderStem
	}
	return v
}

func unpackWord(v uint64) wordInfo {
	return wordInfo{news: uint16(v >> 16), vader: int8(uint8(v >> 8)), hasVader: v&wordHasVader != 0, vaderStem: v&wordVaderStem != 0}
}

// key is the key in slot s.
func (*index) key(s int) string { return mph.Key(ixKeys, ixEnds[:], s) }

// find returns key's slot, or false when key is not in the index.
func (ix *index) find(key string) (int, bool) {
	s := mph.Slot(mph.Hash(key), ixSeeds[:], len(ixEnds))
	return s, ix.key(s) == key
}

// info is lexIndex.words[key].
func (ix *index) info(key string) (wordInfo, bool) {
	if s, ok := ix.find(key); ok && ixWords[s]&wordListed != 0 {
		return unpackWord(ixWords[s]), true
	}
	return wordInfo{}, false
}

// phrases is where lexIndex.phrases[key], the entries that start with
// key, lie in ixEntries: entry(lo) to entry(hi-1).
func (ix *index) phrases(key string) (lo, hi int) {
	s, ok := ix.find(key)
	return ix.phrasesAt(s, ok)
}

// phrasesAt is phrases for a key find placed in slot s, found or not.
func (ix *index) phrasesAt(s int, ok bool) (lo, hi int) {
	i := int(ixWords[s]>>32) - 1
	if !ok || i < 0 {
		return 0, 0
	}
	if i > 0 {
		lo = int(ixPhraseEnds[i-1])
	}
	return lo, int(ixPhraseEnds[i])
}

// ixStr is the string ixText[at : at+n].
type ixStr struct {
	at uint32
	n  uint16
}

func (s ixStr) text() string { return ixText[s.at : s.at+uint32(s.n)] }

// ixEntry is an entry of ixEntries: entry's fields, its strings as an
// ixStr or an index into ixLabels, its words after the first as a span of
// ixRest and its booleans as the bits entryNoun, ....
type ixEntry struct {
	valence         float64
	lemma           ixStr
	rest            uint16 // where its words after the first start in ixRest
	nrest           uint8
	kind, tone, cat uint8
	flags           uint8
	set             uint8
}

// The bits of ixEntry.flags, one for each of entry's booleans.
const (
	entryNoun = 1 << iota
	entryNumber
	entryComma
	entryAttributive
	entryInfinitive
	entrySays
	entrySubject
)

// entry is ixEntries[j] as an entry. Its words after the first are a slice
// of ixRest, strings and not spans: a slice of a buffer of the caller's
// would go to the heap at every match, which returns the entry's strings
// in its marker.
func (*index) entry(j int) entry {
	x := &ixEntries[j]
	return entry{rest: ixRest[x.rest : int(x.rest)+int(x.nrest) : int(x.rest)+int(x.nrest)], kind: Kind(ixLabels[x.kind]),
		lemma: x.lemma.text(), tone: ixLabels[x.tone], valence: x.valence, cat: ixLabels[x.cat], set: x.set,
		noun: x.flags&entryNoun != 0, number: x.flags&entryNumber != 0, comma: x.flags&entryComma != 0,
		attributive: x.flags&entryAttributive != 0, infinitive: x.flags&entryInfinitive != 0,
		says: x.flags&entrySays != 0, subject: x.flags&entrySubject != 0}
}

// nextFits is false when entry j cannot fit the tokens from i because
// the token after i is not its second word, or there is none: the first
// thing entry(j).fits asks, which most entries of a common first word
// fail, answered without building the entry.
func (*index) nextFits(j int, toks []token, i int) bool {
	x := &ixEntries[j]
	return x.nrest == 0 || i+1 < len(toks) && toks[i+1].key == ixRest[x.rest]
}

// ixNewsEntry is a newsEntry of ixNews, its strings as an ixStr or an
// index into ixLabels.
type ixNewsEntry struct {
	lemma     ixStr
	cat, tone uint8
	set, near uint8
}

// newsEntry is the news lexicon's entry i, or its first when i is out of
// range (match asks before it knows whether a word is ours).
func (*index) newsEntry(i int) newsEntry {
	if i < 0 || i >= len(ixNews) {
		i = 0
	}
	x := &ixNews[i]
	return newsEntry{lemma: x.lemma.text(), cat: ixLabels[x.cat], tone: ixLabels[x.tone], set: x.set, near: x.near}
}

// word finds a word in either lexicon, as written or by its stem, as
// lexIndex.word does.
func (ix *index) word(key string) (string, wordInfo, bool) {
	key = strings.TrimSuffix(key, "'s")
	if wi, ok := ix.info(key); ok {
		return key, wi, true
	}
	s, ok := ix.stem(key, nil)
	if !ok {
		return "", wordInfo{}, false
	}
	return ix.key(s), unpackWord(ixWords[s]), true
}

// wordAt is word(key) for a key find placed in slot s, found or not:
// match looks each word up once for both its phrases and itself.
func (ix *index) wordAt(key string, s int, found bool) (string, wordInfo, bool) {
	if strings.HasSuffix(key, "'s") {
		return ix.word(key) // looked up without the "'s"
	}
	if found && ixWords[s]&wordListed != 0 {
		return key, unpackWord(ixWords[s]), true
	}
	st, ok := ix.stem(key, nil)
	if !ok {
		return "", wordInfo{}, false
	}
	return ix.key(st), unpackWord(ixWords[st]), true
}

// stem is the package's stem over the index: the slot of the first stem of
// key that is a word whose entry keep accepts (any, when keep is nil).
func (ix *index) stem(key string, keep func(wordInfo) bool) (int, bool) {
	var buf [64]byte
	for k := range inflections {
		b := undoInflection(key, k, &buf)
		if b == nil {
			continue
		}
		if s, ok := ix.find(string(b)); ok && ixWords[s]&wordListed != 0 && (keep == nil || keep(unpackWord(ixWords[s]))) {
			return s, true
		}
	}
	return 0, false
}
