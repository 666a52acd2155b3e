package fact

import "strings"

// comparedTo gives a bare number the kind and unit of the figure it is
// set against in its sentence: "six arrests Wednesday, compared to 47 the
// previous night" tells 47 arrests, "32 million people, compared with
// 55.3 million a decade ago" 55.3 million people. English leaves out the
// noun the second time. Left bare, the 47 agreed with nothing, and the
// outlet that gave both nights' arrests met another's "47 arrests
// overnight" only with its six: a false conflict (audit r25).
func comparedTo(text string, ms []Mention) {
	for i := 1; i < len(ms); i++ {
		m := &ms[i]
		if m.Kind != "number" || m.Unit != "" || !comparedBefore(text[:m.Start]) || rateAfter(text[m.End:]) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			prev := ms[j]
			if sentenceBreak(text[prev.End:m.Start]) {
				break
			}
			if prev.Unit != "" && (prev.Kind == "count" || prev.Kind == "money" || prev.Kind == "percent") {
				m.Kind, m.Unit = prev.Kind, prev.Unit
				break
			}
		}
	}
}

// comparedWords are the phrases that set a figure against an earlier one.
var comparedWords = []string{"compared to", "compared with", "up from", "down from", "versus", "vs.", "vs"}

// comparedBefore reports whether before ends with a phrase of
// comparedWords.
func comparedBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	before = before[max(0, len(before)-16):] // the longest phrase and the byte before it
	tail := strings.ToLower(before)
	for _, w := range comparedWords {
		if strings.HasSuffix(tail, w) && (len(tail) == len(w) || !isLetter(rune(tail[len(tail)-len(w)-1]))) {
			return true
		}
	}
	return false
}

// rateAfter reports whether after continues a figure as a rate, "1 in
// 10": the figure is no count of the noun before it. A year after "in"
// ("3 million in 2019") dates the figure instead.
func rateAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, " in ")
	n := 0
	for ok && n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == ',') {
		n++
	}
	year := n == 4 && (strings.HasPrefix(rest, "19") || strings.HasPrefix(rest, "20"))
	return n > 0 && !year
}
