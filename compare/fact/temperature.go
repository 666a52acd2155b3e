package fact

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Temperature units: the scale a temperature is written in, or tempDegree
// when the text does not say. Two temperatures compare only in one scale,
// or when neither names one (CompareMentions compares equal units only):
// "minus 17 degrees" and "minus 20" may be one night's cold told two
// ways, but "-5°C" and "23°F" are the same cold in two scales.
const (
	tempDegree     = "°"
	tempCelsius    = "°C"
	tempFahrenheit = "°F"
)

// temperatures reads the temperatures among ms, the figures the parser
// found in text: a figure of degrees with a sign ("minus 17 degrees",
// "-5°C", "20 degrees below zero") or a scale ("95 degrees Fahrenheit",
// "30°F"), or a signed bare figure in a sentence about temperatures
// ("Outside temperatures were minus 20"). Left to the parser, "minus 17
// degrees" was 17 degrees and "minus 20" a bare 20, so two outlets' cold
// was never compared. A temperature is Kind "temperature", Unit its scale
// (see tempDegree), Value signed; its interval is the figure's, mirrored
// below zero. "20 degrees" alone stays a count of degrees: a rise, a fall
// or an angle is told the same way.
func temperatures(text string, ms []Mention) []Mention {
	ms = signedBareFigures(text, ms)
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if t, ok := temperature(text, m); ok {
			m = t
			for i+1 < len(ms) && ms[i+1].Start < m.End {
				i++ // "below zero", read as a figure of its own, is part of it
			}
		}
		out = append(out, m)
	}
	return out
}

// signedBareFigures adds the figures the tokenizer read as part of a word:
// "minus-20 degree temperatures". They are merged in once, in order of
// position, so a text of thousands of them stays linear.
func signedBareFigures(text string, ms []Mention) []Mention {
	var added []Mention
	for off := 0; ; {
		i := indexFold(text[off:], "minus-")
		if i < 0 {
			break
		}
		start := off + i + len("minus-")
		off = start
		end := start
		for end < len(text) && (text[end] >= '0' && text[end] <= '9' || text[end] == '.' && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9') {
			end++
		}
		if end == start {
			continue
		}
		v, err := strconv.ParseFloat(text[start:end], 64)
		if err != nil {
			continue
		}
		// ms is in order of position: the one before start may cover it.
		k, _ := slices.BinarySearchFunc(ms, start, func(m Mention, at int) int { return cmp.Compare(m.Start, at) })
		if k < len(ms) && ms[k].Start == start || k > 0 && ms[k-1].End > start {
			continue
		}
		half := 0.5
		if d := strings.IndexByte(text[start:end], '.'); d >= 0 {
			half = 0.5 * math.Pow(10, -float64(end-start-d-1))
		}
		added = append(added, Mention{Start: start, End: end, Text: text[start:end], Kind: "number", Value: v, Low: v - half, High: v + half})
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	slices.SortStableFunc(ms, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	return ms
}

// temperature reads m as a temperature, widened over its sign before and
// its degrees, scale and "below zero" after, or reports false.
func temperature(text string, m Mention) (Mention, bool) {
	if m.Value < 0 || !(m.Kind == "number" && m.Unit == "" || m.Kind == "count" && m.Unit == "degree") {
		return m, false
	}
	start, signed := signBefore(text, m.Start)
	end, degrees := m.End, m.Kind == "count"
	rest := text[end:]
	if r, ok := cutPrefixFold(rest, "°"); ok {
		rest, degrees = r, true
	} else if r, ok := cutPrefixFold(rest, "º"); ok {
		rest, degrees = r, true
	} else if !degrees {
		for _, w := range []string{" degrees", " degree", "-degree"} {
			if r, ok := cutPrefixFold(rest, w); ok && wordEnds(r) {
				rest, degrees = r, true
				break
			}
		}
	}
	end = len(text) - len(rest)
	unit := tempDegree
	if degrees {
		after := strings.TrimLeft(rest, " ")
		for _, s := range []struct{ word, unit string }{{"celsius", tempCelsius}, {"centigrade", tempCelsius},
			{"fahrenheit", tempFahrenheit}, {"C", tempCelsius}, {"F", tempFahrenheit}} {
			r, ok := cutPrefixFold(after, s.word)
			if len(s.word) == 1 { // "20 degrees c" is no scale
				r, ok = strings.CutPrefix(after, s.word)
			}
			if ok && wordEnds(r) {
				rest, unit = r, s.unit
				break
			}
		}
	}
	end = len(text) - len(rest)
	belowZero := false
	if r, ok := cutPrefixFold(rest, " below zero"); ok && wordEnds(r) && !signed {
		rest, signed, belowZero = r, true, true
		end = len(text) - len(rest)
	}
	switch {
	case belowZero:
	case signed && (degrees || aboutTemperature(text, m.Start)):
	case degrees && unit != tempDegree:
	default:
		return m, false
	}
	t := m
	t.Kind, t.Unit, t.Start, t.End = "temperature", unit, start, end
	t.Text = text[start:end]
	if signed {
		t.Value, t.Low, t.High = -m.Value, -m.High, -m.Low
	}
	return t, true
}

// signBefore returns where a figure at i starts with the sign before it,
// and whether it has one: "minus 17", "minus-20", "negative 4", "-5",
// "−5". A hyphen after a figure or a word ("10-15", "a-5") is no sign.
func signBefore(text string, i int) (int, bool) {
	before := text[:i]
	if r, size := utf8.DecodeLastRuneInString(before); r == '-' || r == '−' {
		b := before[:len(before)-size]
		if len(b) >= 5 && strings.EqualFold(b[len(b)-5:], "minus") && wordStarts(b[:len(b)-5]) {
			return len(b) - 5, true
		}
		p, _ := utf8.DecodeLastRuneInString(b)
		if b == "" || !unicode.IsLetter(p) && !unicode.IsDigit(p) && p != '.' && p != ',' {
			return len(b), true
		}
		return i, false
	}
	trimmed := strings.TrimRight(before, " ")
	if len(trimmed) == len(before) {
		return i, false
	}
	for _, w := range []string{"minus", "negative"} {
		if len(trimmed) >= len(w) && strings.EqualFold(trimmed[len(trimmed)-len(w):], w) && wordStarts(trimmed[:len(trimmed)-len(w)]) {
			return len(trimmed) - len(w), true
		}
	}
	return i, false
}

// aboutWindow bounds how far aboutTemperature reads either way.
const aboutWindow = 300

// aboutTemperature reports whether the sentence around i speaks of
// temperatures: a signed bare figure there is one ("temperatures were
// minus 20"), not a score or a difference.
func aboutTemperature(text string, i int) bool {
	// The sentence, read no further than aboutWindow either way: a text
	// of thousands of signed figures on one line is not read through for
	// each.
	lo, hi := i, i
	for lo > 0 && i-lo < aboutWindow && !strings.ContainsRune(".!?\n", rune(text[lo-1])) {
		lo--
	}
	for hi < len(text) && hi-i < aboutWindow && !strings.ContainsRune("!?\n", rune(text[hi])) && !(text[hi] == '.' && (hi+1 == len(text) || text[hi+1] == ' ')) {
		hi++
	}
	s := strings.ToLower(text[lo:hi])
	for _, w := range []string{"temperature", "wind chill", "windchill", "thermometer"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// indexFold finds "minus-" or "Minus-": "inus-" found, then its first
// letter checked, keeps the search as fast as strings.Index.
func indexFold(s, sub string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], sub[1:])
		if i < 0 {
			return -1
		}
		at := off + i
		if at > 0 && (s[at-1]|0x20) == sub[0] && strings.EqualFold(s[at:at+len(sub)-1], sub[1:]) {
			return at - 1
		}
		off = at + 1
	}
}

// wordEnds reports whether rest, the text after a word, starts no letter.
func wordEnds(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r)
}

// wordStarts reports whether before, the text before a word, ends in no
// letter.
func wordStarts(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !unicode.IsLetter(r)
}
