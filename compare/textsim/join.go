package textsim

import (
	"slices"
	"strings"
)

// A Reading is what FeaturesOf compares: one sentence of a corpus, or a
// few read as one (Join).
type Reading struct{ s *sentence }

// Reading returns sentence id of the corpus; out of range, a Reading that
// matches nothing. It stays valid until the next Add.
func (c *Corpus) Reading(id int) Reading {
	if id < 0 || id >= len(c.sents) {
		return Reading{}
	}
	return Reading{&c.sents[id]}
}

// FeaturesOf compares two Readings as Features compares two sentences.
// A zero Reading gives zero features.
func FeaturesOf(a, b Reading) Features {
	if a.s == nil || b.s == nil {
		return Features{}
	}
	return features(a.s, b.s)
}

// Join reads the given sentences of a frozen corpus one after the other as
// one pseudo-sentence, weighted with the frozen IDF, as the corpus would
// analyse their texts joined by line breaks (the next word starts a
// sentence). It tests whether two sentences together match a third better
// than either alone. The result is not a document of the corpus: the IDF,
// Len and every id stay as they were. Ids out of range are ignored.
//
// Join combines the sentences' own analyses (sorted word lists, position
// masks, character n-grams, figures) instead of analysing the joined text
// again; where the next sentence's first word changes how the text before
// it reads (a figure followed by "million", "per" by "cent") or the
// sentences disagree about title case, it analyses the text. Join
// must not run while Add or Freeze does.
func (c *Corpus) Join(ids ...int) Reading {
	c.Freeze()
	var parts []*sentence // a sentence without words adds nothing
	for _, id := range ids {
		if id >= 0 && id < len(c.sents) && c.sents[id].nTokens > 0 {
			parts = append(parts, &c.sents[id])
		}
	}
	if len(parts) == 0 {
		s := c.analyse("")
		c.weigh(&s)
		return Reading{&s}
	}
	for i, p := range parts[1:] {
		if p.titleCase != parts[0].titleCase || parts[i].openEnd && p.scaleStart {
			return c.JoinText(ids...)
		}
	}
	if len(parts) == 1 {
		return Reading{parts[0]} // weighed with the same IDF
	}
	s := c.join(parts[0], parts[1])
	for _, p := range parts[2:] {
		s = c.join(&s, p)
	}
	c.weigh(&s)
	return Reading{&s}
}

// JoinText is Join done the straightforward way: it analyses the
// sentences' texts joined by line breaks. Join takes this way itself where
// the words at a join interact; tests use it as Join's reference.
func (c *Corpus) JoinText(ids ...int) Reading {
	c.Freeze()
	var b strings.Builder
	for _, id := range ids {
		if id >= 0 && id < len(c.sents) {
			b.WriteString(c.sents[id].text)
			b.WriteString("\n") // the next word starts a sentence
		}
	}
	s := c.analyse(b.String())
	c.weigh(&s)
	return Reading{&s}
}

// join returns a followed by b, before weighing: word weights hold the
// term frequencies.
func (c *Corpus) join(a, b *sentence) sentence {
	s := sentence{
		nTokens:    a.nTokens + b.nTokens,
		nUnits:     a.nUnits + b.nUnits,
		negated:    a.negated || b.negated,
		speech:     a.speech || b.speech,
		quoted:     a.quoted || b.quoted,
		vids:       append(slices.Clip(a.vids), b.vids...),
		titleCase:  a.titleCase,
		openEnd:    b.openEnd,
		scaleStart: a.scaleStart,
		grams:      a.grams,
	}
	// The union of the word lists, ascending, with their counts and
	// positions: b's positions follow a's words.
	shift := a.nUnits
	s.keys = make([]uint64, 0, len(a.keys)+len(b.keys))
	s.words = make([]wordAux, 0, len(a.keys)+len(b.keys))
	fromA := make([]int32, len(a.keys)) // index in a.keys -> index in s.keys
	fromB := make([]int32, len(b.keys))
	i, j := 0, 0
	for i < len(a.keys) || j < len(b.keys) {
		var w wordAux
		switch {
		case j == len(b.keys) || i < len(a.keys) && a.keys[i] < b.keys[j]:
			s.keys = append(s.keys, a.keys[i])
			w = a.words[i]
			fromA[i] = int32(len(s.keys) - 1)
			i++
		case i == len(a.keys) || b.keys[j] < a.keys[i]:
			s.keys = append(s.keys, b.keys[j])
			w = b.words[j]
			w.mask = shiftMask(w.mask, shift)
			fromB[j] = int32(len(s.keys) - 1)
			j++
		default:
			s.keys = append(s.keys, a.keys[i])
			w = a.words[i]
			wb := &b.words[j]
			w.mask |= shiftMask(wb.mask, shift)
			w.flags |= wb.flags
			w.tf = uint8(min(int(w.tf)+int(wb.tf), maxTF))
			fromA[i] = int32(len(s.keys) - 1)
			fromB[j] = int32(len(s.keys) - 1)
			i++
			j++
		}
		w.weight, w.mass, w.counts = float32(w.tf), 0, 0
		s.words = append(s.words, w)
	}
	// Word order over the first maxSeq words. An index of 255 stands for
	// any word from the 256th on, which stays one in the union.
	s.wseq = make([]uint8, 0, min(int(s.nUnits), maxSeq))
	for _, k := range a.wseq {
		s.wseq = append(s.wseq, remap(k, fromA))
	}
	for _, k := range b.wseq[:min(len(b.wseq), max(0, maxSeq-int(shift)))] {
		s.wseq = append(s.wseq, remap(k, fromB))
	}
	s.content = a.content | shiftMask(b.content, shift)
	s.nums = slices.Clone(a.nums)
	for _, n := range b.nums {
		if !slices.Contains(s.nums, n) {
			s.nums = append(s.nums, n)
		}
	}
	// The n-grams are a's and b's and those across the space between them.
	for k := range s.grams.bits {
		s.grams.bits[k] |= b.grams.bits[k]
	}
	var seam [9]byte
	n := copy(seam[:], a.tail[:a.nTail])
	seam[n] = ' '
	n += 1 + copy(seam[n+1:], b.head[:b.nHead])
	s.grams.setWindows(seam[:n])
	s.grams.count()
	// The first and last bytes of the joined words.
	var buf [8]byte
	k := copy(buf[:], a.head[:a.nHead])
	k += copy(buf[k:], b.head[:b.nHead])
	s.nHead = uint8(copy(s.head[:], buf[:k]))
	k = copy(buf[:], a.tail[:a.nTail])
	k += copy(buf[k:], b.tail[:b.nTail])
	s.nTail = uint8(copy(s.tail[:], buf[max(0, k-4):k]))
	c.setCounts(&s)
	s.vec, s.vecInv = meanVector(s.vids)
	return s
}

func shiftMask(m uint64, by int32) uint64 {
	if by >= maxSeq {
		return 0
	}
	return m << by
}

func remap(k uint8, to []int32) uint8 {
	if k == 255 {
		return 255
	}
	return uint8(min(to[k], 255))
}
