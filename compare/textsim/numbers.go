package textsim

import (
	"math"
	"strings"
)

// A number is a figure a sentence states, with the precision it was stated
// at: half the unit of its last digit. "0.9" is 0.9±0.05, "1 million" is
// 1e6±5e5, "$94.74" is 94.74±0.005.
type number struct {
	value, half float64
	term        int32 // of the number's word
}

// agree reports whether two figures can be the same one stated at different
// precision: each lies within the rounding interval of the coarser. So
// "0.9 per cent" agrees with "about 1%" and "$94.74" with "$95", while
// 2013 and 2014 disagree.
func (n number) agree(m number) bool {
	return math.Abs(n.value-m.value) <= max(n.half, m.half)*(1+1e-9)
}

// parseNumber reads a lower-cased token made of digits with an optional
// decimal point and thousands separators ("1,000", "0.9"), or a small
// number word. A lone "one" is left out: "one of the best" is not a
// figure.
func parseNumber(w []byte) (number, bool) {
	if len(w) == 0 || string(w) == "one" {
		return number{}, false
	}
	if w[0] < '0' || w[0] > '9' {
		v, ok := numberWords[string(w)]
		if tens, unit, found := strings.Cut(string(w), "-"); found { // "fifty-seven"
			t, u := numberWords[tens], numberWords[unit]
			v, ok = t+u, t >= 20 && t < 100 && u >= 1 && u < 10
		}
		return number{value: v, half: 0.5}, ok
	}
	var v float64
	decimals := -1
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + float64(c-'0')
			if decimals >= 0 {
				decimals++
			}
		case c == '.' && decimals < 0:
			decimals = 0
		case c == ',':
		default:
			return number{}, false
		}
	}
	half := 0.5
	for ; decimals > 0; decimals-- {
		v /= 10
		half /= 10
	}
	return number{value: v, half: half}, true
}

// scale applies a following magnitude word: "1 million" is 1e6.
func (n *number) scale(w []byte) bool {
	m, ok := magnitudes[string(w)]
	if ok {
		n.value *= m
		n.half *= m
	}
	return ok
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12,
}

var magnitudes = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// numbersAgreement counts the figures on each side with no agreeing figure
// on the other, and the figures that agree although written differently
// ("0.9" and "1", "1 million" and "1,000,000"): these are matched words
// that matching terms misses.
func numbersAgreement(a, b []number) (unmatchedA, unmatchedB, rewritten int) {
	var rewrittenA, rewrittenB int
	for _, x := range a {
		agree, same := match(x, b)
		unmatchedA += b2i(!agree)
		rewrittenA += b2i(agree && !same)
	}
	for _, y := range b {
		agree, same := match(y, a)
		unmatchedB += b2i(!agree)
		rewrittenB += b2i(agree && !same)
	}
	return unmatchedA, unmatchedB, min(rewrittenA, rewrittenB)
}

// match reports whether some figure of ys agrees with x, and whether one
// is written with the same term.
func match(x number, ys []number) (agree, same bool) {
	for _, y := range ys {
		agree = agree || x.agree(y)
		same = same || x.term == y.term
	}
	return agree, same
}
