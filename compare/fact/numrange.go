package fact

import (
	"math"
	"strings"
)

// toRange reads a range written with "to" from the number at i, of value v
// and rounding unit u: "46 to 57 months", "a 40- to 60-hour course", "2 to
// 3 million", "between 46 and 57 months". The second figure's unit and
// multiplier are the first's, and the range covers both ends: read as its
// end alone, a recommended "46 to 57 months" met "up to five years" as one
// figure. A sum may repeat its currency sign ("$140 to $150 million",
// "between $140 and $150 million"): read apart, the first end was $140,
// which met every other outlet's sum in millions as a conflict. "From 46
// to 57" is a change, not a range; years ("2010 to 2012") and clock times
// ("10 to 11 p.m.") are read as dates and times.
func (p *qparser) toRange(i int, v, u float64, afterCurrency bool) (figure, bool) {
	n := len(p.toks)
	if i > 0 && p.toks[i-1].kind == tokWord && strings.EqualFold(p.word(i-1), "from") {
		return figure{}, false
	}
	k := i + 1
	if k < n && p.toks[k].gap == gapNone && p.char(k) == '-' {
		k++ // "40- to 60-hour"
	}
	if k+1 >= n || p.toks[k].gap == gapNone || p.toks[k].kind != tokWord || p.toks[k+1].gap == gapLine {
		return figure{}, false
	}
	if w := p.word(k); !strings.EqualFold(w, "to") && !(strings.EqualFold(w, "and") && p.betweenBefore(i, afterCurrency)) {
		return figure{}, false
	}
	e := p.secondSum(k+1, afterCurrency)
	if e >= n || p.toks[e].kind != tokNum {
		return figure{}, false
	}
	v2, _, _, ok := parseDigits(p.text[p.toks[e].start:p.toks[e].end])
	if !ok || v2 <= 0 {
		return figure{}, false
	}
	f, ok := p.digitFigure(e, e > k+1)
	if !ok || f.year || f.decade || v >= 1000 && v <= 2100 && v == math.Trunc(v) {
		return figure{}, false
	}
	if e := f.next; e < n && (p.toks[e].is(lxMeridiem) || p.char(e) == ':') {
		return figure{}, false
	}
	mult := math.Round(f.v / v2) // "2 to 3 million": both in millions
	if mult != 1 && mult < 1000 || v*mult >= f.v {
		return figure{}, false
	}
	f.first, f.digits = i, true
	f.lo, f.v, f.u = (v-u/2)*mult, (v*mult+f.v)/2, max(f.u, u*mult)
	return f, true
}

// secondSum returns the token of a range's second number at k: after the
// currency sign a sum's range may repeat ("$140 to $150 million", "$140-
// $150 million") when the first is a sum (afterCurrency), else k.
func (p *qparser) secondSum(k int, afterCurrency bool) int {
	if afterCurrency && k < len(p.toks) && p.toks[k].gap != gapLine {
		if code, e := p.currencyPrefix(k); code != "" {
			return e
		}
	}
	return k
}

// betweenBefore reports whether "between" stands before the figure whose
// number is token i, before its currency sign when it is a sum
// (afterCurrency): "between 46 and 57", "between $140 and $150 million".
func (p *qparser) betweenBefore(i int, afterCurrency bool) bool {
	b := i - 1
	if afterCurrency {
		for s := i - 1; s >= 0 && s >= i-2; s-- {
			if code, e := p.currencyPrefix(s); code != "" && e == i {
				b = s - 1
				break
			}
		}
	}
	return b >= 0 && p.toks[b].kind == tokWord && strings.EqualFold(p.word(b), "between")
}

// orRange reads a count told as a choice of two near figures, "three or
// four robbers", "3 or 4", "two to three people": one figure the writer
// is unsure of, covering both, not two figures. Read apart, the first
// was a bare number and the second a count that met another outlet's
// "four robbers" as if it were all the outlet said. The second must be
// above the first by at most half the first, or by one ("two or three",
// "10 or 15"; not "10 or 20", not "7 or 11"); "to" joins number words only here (toRange reads digits),
// and not after "from" (a change). Years, clock times ("6 or 7 p.m.")
// and fractions are left alone.
func (p *qparser) orRange(f figure, afterCurrency bool) (figure, bool) {
	k, n := f.next, len(p.toks)
	if f.tail != "" || f.year || f.decade || f.fraction || f.v <= 0 || k+1 >= n || !p.plainNumber(f.first) ||
		p.toks[k].kind != tokWord || p.toks[k+1].gap == gapLine {
		return f, false
	}
	switch w := p.word(k); {
	case strings.EqualFold(w, "or"):
	case strings.EqualFold(w, "to") && !f.digits:
		if f.first > 0 && p.toks[f.first-1].kind == tokWord && strings.EqualFold(p.word(f.first-1), "from") {
			return f, false
		}
	default:
		return f, false
	}
	e := p.secondSum(k+1, afterCurrency)
	if !p.plainNumber(e) {
		return f, false
	}
	g, ok := p.number(e, afterCurrency)
	if !ok || g.year || g.decade || g.fraction || g.v <= f.v || g.v > f.v+max(1, f.v/2) {
		return f, false
	}
	if e := g.next; e < n && (p.toks[e].is(lxMeridiem) || p.char(e) == ':') {
		return f, false
	}
	u := max(f.u, g.u)
	return figure{first: f.first, next: g.next, v: (f.v + g.v) / 2, u: u, lo: f.lo, hi: g.hi,
		digits: f.digits || g.digits, tail: g.tail}, true
}

// plainNumber reports whether token k is a number as such, digits or a
// number word: not "a", a vague amount or a fraction.
func (p *qparser) plainNumber(k int) bool {
	return k < len(p.toks) && (p.toks[k].kind == tokNum || p.toks[k].kind == tokWord && p.toks[k].is(lxNumber))
}
