package fact

import "strings"

// A count told per something is a rate, not a total: "averaging 3.8
// yards per run", "5.2 yards a carry", "two goals a game", "ten points
// each". Linked with another outlet's "52 catches for 440 yards", the
// rate made one fact of a total and an average and a conflict of them.

// rateOf returns what the count from token start to its noun, ending
// before token next, is told per (Mention.Rate): the noun after "per",
// "a", "an" or "every" right after the count's noun ("per run", "a
// carry"; not "a year ago" or "a year earlier", which date it), "each"
// there, or "average" when an averaging word stands right before the
// figure or its hedge ("averaged 5.2 yards", "an average of 3.8 yards");
// else "".
func (p *qparser) rateOf(start, next int) string {
	if next+1 < len(p.toks) && p.toks[next].kind == tokWord && p.toks[next].gap != gapLine {
		w := strings.ToLower(p.word(next))
		switch w {
		case "each", "apiece":
			return "each"
		case "per", "a", "an", "every":
			t := &p.toks[next+1]
			if t.kind == tokWord && t.gap != gapLine && !t.cap && !t.is(lxStop) && !plural(p.word(next+1)) &&
				!p.datedAfter(next+2) {
				return singular(strings.ToLower(p.word(next + 1)))
			}
		}
	}
	k := start - 1
	if k >= 1 && p.toks[k].kind == tokWord && strings.EqualFold(p.word(k), "of") {
		k-- // "an average of 3.8 yards"
	}
	if k >= 0 && p.toks[k].kind == tokWord && p.toks[start].gap != gapLine && averaging[strings.ToLower(p.word(k))] {
		return "average"
	}
	return ""
}

// datedAfter reports whether the word at token k makes the words before it
// a date ("a year ago", "a week earlier"), not a rate.
func (p *qparser) datedAfter(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tokWord {
		return false
	}
	switch strings.ToLower(p.word(k)) {
	case "ago", "earlier", "later", "before", "after", "since", "prior":
		return true
	}
	return false
}

// averaging words make the figure right after them an average.
var averaging = map[string]bool{"average": true, "averaged": true, "averages": true, "averaging": true,
	"avg": true, "mean": true}
