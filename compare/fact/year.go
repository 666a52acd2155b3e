package fact

import "strings"

// A four-digit figure of a plausible year before a plural noun is read as
// a count only when something says it counts: "the 1967 slayings", "the
// 2010 elections" and "the 2009-2010 season" are dated, and read as counts
// they set "the 1967 slayings" against another outlet's "the two
// slayings" as a conflict of 1967 against two. A count of thousands is
// written with a comma ("1,967"), or hedged ("about 2000 workers"), or
// comes after "of", "a" or a verb ("a crowd of 2000 people", "employs
// 1900 people").

// Years that a plural noun after them does not make a count.
const yearNounLow, yearNounHigh = 1800, 2100

// maxYearSpan bounds a range of years read as one period ("2009-2010").
const maxYearSpan = 10

// yearNoun reads a year before a plural noun ("the 1967 slayings") or a
// range of two years before a noun ("the 2009-2010 season") as a date,
// and returns 0 when the figure of q is neither. A range of years alone
// ("(1999-2003)") keeps its reading as a number.
func (p *qparser) yearNoun(q hedged) int {
	f := q.f
	if !f.digits || q.phrase != "" || f.tail != "" {
		return 0
	}
	if a, b, ok := p.yearPair(f); ok && p.pluralNextOrNoun(f.next) {
		lo, _ := yearSpan(a)
		_, hi := yearSpan(b)
		return p.emitDays(f.first, f.next, lo, hi)
	}
	if !f.year || f.v < yearNounLow || f.v > yearNounHigh || !p.pluralNext(f.next) || p.countCue(f.first) {
		return 0
	}
	return p.yearDate(f)
}

// yearPair reads a range written "2009-2010" or "2009–2010": two
// four-digit years, the second later by at most maxYearSpan.
func (p *qparser) yearPair(f figure) (int, int, bool) {
	if f.next != f.first+3 || p.char(f.first+1) != '-' && p.char(f.first+1) != '–' {
		return 0, 0, false
	}
	a, okA := p.fourDigitYear(f.first)
	b, okB := p.fourDigitYear(f.first + 2)
	return a, b, okA && okB && a < b && b-a <= maxYearSpan
}

// fourDigitYear returns the number at token k when it is written with
// four digits between yearNounLow and yearNounHigh.
func (p *qparser) fourDigitYear(k int) (int, bool) {
	t := &p.toks[k]
	if t.kind != tokNum || t.end-t.start != 4 {
		return 0, false
	}
	y, ok := p.smallInt(k, yearNounHigh)
	return y, ok && y >= yearNounLow
}

// countCue reports whether the word before token k makes the figure at k
// a count: "of", "a", "an", "than", or a lower-case word that is no
// function word, a verb ("employs 1900 people"); or no word at all, at a
// sentence's start ("2000 workers lost their jobs"), where the figure
// keeps its old reading. After a determiner, a preposition, a name, a
// possessive ("Obama's 2008 voters") or punctuation it is a year.
func (p *qparser) countCue(k int) bool {
	if p.sentenceStart(k) {
		return true
	}
	if p.toks[k-1].kind != tokWord {
		return false
	}
	t := &p.toks[k-1]
	switch strings.ToLower(p.word(k - 1)) {
	case "of", "a", "an", "than", "to", "and", "or", "nearly", "almost":
		return true
	}
	return !t.cap && !t.is(lxStop) && t.stem == t.end
}

// pluralNextOrNoun reports whether a noun follows at k that a figure
// would count: a plural, or a singular that ends its phrase ("season").
func (p *qparser) pluralNextOrNoun(k int) bool {
	return k < len(p.toks) && (p.pluralNext(k) || p.nounEndsAt(k))
}

// sentenceStart reports whether token k opens a sentence: it follows a
// line break or a sentence's closing mark.
func (p *qparser) sentenceStart(k int) bool {
	if k == 0 || p.toks[k].gap == gapLine {
		return true
	}
	switch p.char(k - 1) {
	case '.', '!', '?', '"', '“', '”', ':':
		return true
	}
	return false
}
