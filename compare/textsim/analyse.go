package textsim

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/storydiff/storydiff/compare/wordvec"
)

// A unit is one word after splitting hyphenated tokens: a term id and
// whether it is a content word.
type unit struct {
	term    int32
	content bool
}

// wordInfo caches the analysis of one lower-cased word form, so each form
// is stemmed once per corpus.
type wordInfo struct {
	off, n   int32 // its units: Corpus.units[off : off+n]
	vec      int32 // wordvec.ID of the form, or -1
	num      number
	isNum    bool
	negation bool
	stop     bool
	speech   bool // a verb of saying: see speechWords
}

// analyse computes everything about a sentence except its tf-idf weights.
func (c *Corpus) analyse(text string) sentence {
	s := sentence{text: text}
	c.toks = scanTokens(c.toks[:0], text)
	s.nTokens = int32(len(c.toks))
	c.seq, c.uflags, c.vids = c.seq[:0], c.uflags[:0], c.vids[:0]
	titleCase := c.isTitleCase(text)
	s.titleCase = titleCase
	if len(c.toks) > 0 {
		if t := c.toks[0]; t.end-t.start <= 16 {
			var tmp [16]byte
			_, scale := magnitudes[string(appendLower(tmp[:0], text[t.start:t.end], false))]
			s.scaleStart = scale || c.nextIs(text, 0, "cent")
		}
	}
	c.buf = append(c.buf[:0], ' ')
	skipNum, skipWord := false, false
	for k, t := range c.toks {
		start := len(c.buf)
		c.buf = appendLower(c.buf, text[t.start:t.end], t.flags&tokNonASCII != 0)
		if skipWord {
			skipWord = false
			c.buf = append(c.buf, ' ')
			continue
		}
		w := c.buf[start:]
		info := c.word(w, t.flags)
		if info.vec >= 0 {
			c.vids = append(c.vids, info.vec)
		}
		s.speech = s.speech || info.speech
		if string(w) == "per" && k+1 < len(c.toks) && c.nextIs(text, k+1, "cent") {
			info, skipWord = c.word([]byte("%"), 0), true // "per cent" is "percent"
		}
		var flags uint8
		if !titleCase && !info.stop && t.flags&(tokCapital|tokInnerUpper) != 0 {
			flags = wordCap
			if t.flags&tokStart == 0 || t.flags&tokInnerUpper != 0 {
				flags |= wordName
			}
		}
		for _, u := range c.units[info.off : info.off+info.n] {
			c.seq = append(c.seq, u)
			c.uflags = append(c.uflags, flags)
		}
		s.negated = s.negated || info.negation
		if info.isNum && !skipNum {
			n := info.num
			if k+1 < len(c.toks) {
				if nt := c.toks[k+1]; nt.end-nt.start <= 16 {
					var tmp [16]byte
					skipNum = n.scale(appendLower(tmp[:0], text[nt.start:nt.end], false))
				}
			}
			if !slices.Contains(s.nums, n) {
				s.nums = append(s.nums, n)
			}
		} else {
			skipNum = false
		}
		c.buf = append(c.buf, ' ')
		if k == len(c.toks)-1 {
			s.openEnd = info.isNum || string(w) == "per"
		}
	}
	s.grams.add(c.buf)
	s.nHead = uint8(copy(s.head[:], c.buf[1:]))
	s.nTail = uint8(copy(s.tail[:], c.buf[max(0, len(c.buf)-5):len(c.buf)-1]))
	c.setWords(&s)
	s.quoted = hasQuoteMark(text)
	s.vids = slices.Clone(c.vids)
	s.vec, s.vecInv = meanVector(s.vids)
	return s
}

// hasQuoteMark reports whether text holds a quotation mark: a straight
// double quote, curly double quotes or guillemets. An apostrophe is not
// one: it is mostly a possessive. (A byte loop: strings.ContainsAny with
// non-ASCII marks decodes every rune.)
func hasQuoteMark(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			return true
		case 0xe2: // “ U+201C, ” U+201D
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9c || text[i+2] == 0x9d) {
				return true
			}
		case 0xc2: // « U+00AB, » U+00BB
			if i+1 < len(text) && (text[i+1] == 0xab || text[i+1] == 0xbb) {
				return true
			}
		}
	}
	return false
}

// meanVector returns the SIF-weighted mean (Arora, Liang and Ma 2017) of
// the word vectors of ids, quantised to int8, and the inverse of the
// quantised vector's length; nil, 0 when there are none. int8 keeps a
// sentence within its memory budget (100 bytes, not 400) and changes a
// cosine by about 0.001. A sentence keeps its ids, and Join computes its
// mean from theirs joined, so that a join reads exactly as its joined
// text does.
func meanVector(ids []int32) (*[wordvec.Dim]int8, float32) {
	var sum [wordvec.Dim]float32
	if wordvec.SumIDs(&sum, ids) == 0 {
		return nil, 0
	}
	var top float32 // max(top, x, -x), without max's care for NaN and -0, which a sum of finite weights never holds
	for _, x := range sum {
		if x > top {
			top = x
		} else if -x > top {
			top = -x
		}
	}
	if top == 0 {
		return nil, 0
	}
	scale := 127 / top
	q := new([wordvec.Dim]int8)
	var norm int32
	for k, x := range sum {
		if x *= scale; x >= 0 { // rounded half away from zero
			q[k] = int8(x + 0.5)
		} else {
			q[k] = int8(x - 0.5)
		}
		norm += int32(q[k]) * int32(q[k])
	}
	return q, float32(1 / math.Sqrt(float64(norm)))
}

func (c *Corpus) nextIs(text string, k int, word string) bool {
	t := c.toks[k]
	return strings.EqualFold(text[t.start:t.end], word)
}

// isTitleCase reports whether the sentence capitalises a function word
// after its first word ("Trump Speaks With Ma"); capitals then say nothing
// about names. All-capital words ("WHO") do not count.
func (c *Corpus) isTitleCase(text string) bool {
	for _, t := range c.toks {
		if t.flags&(tokCapital|tokInnerUpper|tokStart) != tokCapital || t.end-t.start < 2 || t.end-t.start > 16 {
			continue
		}
		var tmp [16]byte
		if stopwords[string(appendLower(tmp[:0], text[t.start:t.end], false))] {
			return true
		}
	}
	return false
}

// setWords fills the per-word arrays of s from c.seq. Words are ordered by
// a hash of their first five letters, then by term id, so that words
// sharing a prefix are adjacent and one merge finds both exact and prefix
// matches.
func (c *Corpus) setWords(s *sentence) {
	c.sorted = c.sorted[:0]
	for _, u := range c.seq {
		c.sorted = append(c.sorted, c.wordKey(u.term))
	}
	slices.Sort(c.sorted)
	c.sorted = slices.Compact(c.sorted)
	s.keys = slices.Clone(c.sorted)
	s.words = make([]wordAux, len(s.keys))
	s.wseq = make([]uint8, 0, min(len(c.seq), maxSeq))
	s.nUnits = int32(len(c.seq))
	for p, u := range c.seq {
		k, _ := slices.BinarySearch(s.keys, c.wordKey(u.term))
		in := &s.words[k]
		if u.content {
			in.flags |= wordContent | c.uflags[p]
			if in.tf < maxTF {
				in.tf++
			}
			in.weight = float32(in.tf) // until weigh
		}
		if p < maxSeq {
			s.wseq = append(s.wseq, uint8(min(k, 255)))
			in.mask |= 1 << p
			if u.content {
				s.content |= 1 << p
			}
		}
	}
	c.setCounts(s)
}

// setCounts derives from the words' flags what a match counts, the content
// terms and the numbers of names, capitalised words and prefixes. Join
// calls it too: whatever a sentence derives from its words and the
// corpus's term tables belongs here, so that a join derives it alike.
func (c *Corpus) setCounts(s *sentence) {
	content := 0
	for k := range s.words {
		content += int(s.words[k].flags & wordContent)
	}
	s.terms = make([]int32, 0, content)
	lastPre := uint64(1) << 32 // no prefix hash
	for k := range s.words {
		in := &s.words[k]
		in.counts = 1 << laneWord
		if in.flags&wordContent == 0 {
			continue
		}
		in.counts |= 1 << laneContent
		if in.flags&wordName != 0 {
			in.counts |= 1 << laneName
		}
		if in.flags&wordCap != 0 {
			in.counts |= 1 << laneCap
		}
		term := keyTerm(s.keys[k])
		s.terms = append(s.terms, term)
		in.rare = c.rare[term]
		s.rareMass += in.rare
		in.syn = 0
		if syn := synonyms(c.rareSlot[term]); k < 256 && len(syn) > 0 {
			in.syn = uint16(c.rareSlot[term] + 1)
			for _, g := range syn {
				s.synBits |= 1 << (g & 63)
			}
		}
		if in.flags&wordName != 0 {
			s.nNames++
		}
		if in.flags&wordCap != 0 {
			s.nCaps++
		}
		if pre := s.keys[k] >> 32; pre != lastPre {
			s.nPre++
			lastPre = pre
		}
	}
	slices.Sort(s.terms)
	s.weights = make([]float32, len(s.terms))
}

// wordKey is a term's sort key in sentence.keys: the hash of its first
// five letters, so that "egypt" and "egyptian", "russia" and "russian"
// match where stemming keeps them apart; whether it is a content word;
// its id.
func (c *Corpus) wordKey(term int32) uint64 {
	k := uint64(c.prefixes[term])<<32 | uint64(term)
	if c.isContent[term] {
		k |= keyContent
	}
	return k
}

const keyContent = 1 << 31

func keyTerm(key uint64) int32 { return int32(key & (keyContent - 1)) }

func prefixHash(stem string) uint32 {
	var h uint32 = 2166136261 // FNV-1a
	for k := 0; k < len(stem) && k < 5; k++ {
		h = (h ^ uint32(stem[k])) * 16777619
	}
	return h
}

// pronounUS is the cache key of lower-case "us", the pronoun; "US" and
// "U.S." are the country, a content word. No token contains a space.
const pronounUS = " us"

// word returns the cached analysis of a lower-cased word.
func (c *Corpus) word(w []byte, flags uint8) wordInfo {
	if string(w) == "us" && flags&(tokCapital|tokInnerUpper) == 0 {
		w = []byte(pronounUS)
	}
	if info, ok := c.words[string(w)]; ok {
		return info
	}
	key := string(w)
	info := c.analyseWord(key)
	c.words[key] = info
	return info
}

// analyseWord splits a word at hyphens and gives each part a term: stop
// words and single letters as they are, numbers without their thousands
// separators, abbreviations without their periods, other words stemmed.
func (c *Corpus) analyseWord(w string) wordInfo {
	info := wordInfo{off: int32(len(c.units))}
	if w == pronounUS {
		c.units = append(c.units, unit{term: c.termID("us", false)})
		info.n, info.stop, info.vec = 1, true, int32(wordvec.ID("us"))
		return info
	}
	info.vec = int32(wordvec.ID(w))
	info.negation = negations[w] || strings.HasSuffix(w, "n't")
	info.stop = stopwords[w]
	info.speech = speechWords[w]
	if n, ok := parseNumber([]byte(w)); ok && strings.Contains(w, "-") { // "fifty-seven"
		n.term = c.termID(strconv.FormatFloat(n.value, 'f', -1, 64), true)
		c.units = append(c.units, unit{term: n.term, content: true})
		info.n, info.num, info.isNum = 1, n, true
		return info
	}
	for part := range strings.SplitSeq(w, "-") {
		if part == "" {
			continue
		}
		n, isNum := parseNumber([]byte(part))
		var u unit
		switch {
		case part == "%":
			u = unit{term: c.termID("percent", true), content: true}
		case stopwords[part] || len(part) == 1 && !isNum:
			u = unit{term: c.termID(part, false)}
		case isNum && part[0] > '9': // "three" is "3"
			u = unit{term: c.termID(strconv.FormatFloat(n.value, 'f', -1, 64), true), content: true}
		case isNum:
			u = unit{term: c.termID(strings.ReplaceAll(part, ",", ""), true), content: true}
		default:
			u = unit{term: c.termID(Stem(strings.ReplaceAll(part, ".", "")), true), content: true}
		}
		c.units = append(c.units, u)
		if isNum && !info.isNum { // the first figure of "40-minute", "mid-2014"
			n.term = u.term
			info.num, info.isNum = n, true
		}
	}
	info.n = int32(len(c.units)) - info.off
	return info
}

// termID returns the id of a content stem or a stop word, which are kept
// apart: "wills" stems to "will", which is not the stop word.
func (c *Corpus) termID(stem string, content bool) int32 {
	key := stem
	if !content {
		key = "\x00" + stem
	}
	if id, ok := c.terms[key]; ok {
		return id
	}
	id := int32(len(c.df))
	c.terms[key] = id
	c.stems = append(c.stems, stem)
	c.isContent = append(c.isContent, content)
	slot := int32(-1)
	if content {
		slot = rareSlot(stem)
		c.rare = append(c.rare, rarity(slot))
	} else {
		c.rare = append(c.rare, 0)
	}
	c.rareSlot = append(c.rareSlot, slot)
	c.prefixes = append(c.prefixes, prefixHash(stem))
	c.df = append(c.df, 0)
	return id
}
