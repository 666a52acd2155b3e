package fact

import "strings"

// A figure glued to "m" is millions or metres: "600m users", "£88m", but
// "fell about 600m", "a 300m drop". With no currency, gluedMetres reads
// the words around it: a verb of falling or climbing before the figure
// (past a hedge: "fell about 600m"), or a word of height, depth or
// distance after it ("600m down", "300m high"), make it metres. Read as
// millions, "fell about 600m" was a count of 600 million "down". A
// falling verb in a sentence that speaks of money ("sales fell 600m",
// "profits dropped about 40m") leaves the figure a sum.

// gluedMetres reports whether the "m" at token k, glued to the figure
// that starts at token start, is metres.
func (p *qparser) gluedMetres(start, k int) bool {
	if k >= len(p.toks) || p.toks[k].gap != gapNone || p.word(k) != "m" {
		return false
	}
	if k+1 < len(p.toks) && p.toks[k+1].kind == tokWord && p.toks[k+1].gap != gapLine {
		if metreAfter[strings.ToLower(p.word(k+1))] {
			return true
		}
		if !p.toks[k+1].is(lxStop) {
			return false // "climbed 600m users": a count of millions
		}
	}
	for j, n := start-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		t := &p.toks[j]
		if t.kind != tokWord || t.gap == gapLine && j < start-1 {
			return false
		}
		w := strings.ToLower(p.word(j))
		if metreVerbs[w] {
			money, _ := p.sentenceSignals(start, k, true)
			return !money
		}
		if !metreHedges[w] {
			return false
		}
	}
	return false
}

// metreVerbs are the verbs that move a body up or down a height.
var metreVerbs = map[string]bool{}

func init() {
	for _, stem := range []string{"fall", "fell", "plunge", "plummet", "tumble", "drop", "slip", "slide",
		"climb", "descend", "ascend", "dive", "sink", "plunged", "plummeted", "tumbled",
		"dropped", "slipped", "slid", "climbed", "descended", "ascended", "dived", "dove", "sank", "fallen"} {
		metreVerbs[stem] = true
		if !strings.HasSuffix(stem, "ed") && !strings.HasSuffix(stem, "en") {
			metreVerbs[stem+"s"] = true
			if strings.HasSuffix(stem, "e") {
				metreVerbs[stem[:len(stem)-1]+"ing"] = true
			} else {
				metreVerbs[stem+"ing"] = true
			}
		}
	}
	metreVerbs["dropping"], metreVerbs["slipping"] = true, true
}

// metreHedges may stand between the verb and the figure: "fell about
// 600m", "plunged more than 300m".
var metreHedges = map[string]bool{"about": true, "around": true, "some": true, "nearly": true, "almost": true,
	"roughly": true, "approximately": true, "more": true, "less": true, "than": true, "over": true,
	"under": true, "down": true, "a": true, "further": true, "another": true}

// metreAfter are the words after a figure that say it measures a height,
// depth or distance.
var metreAfter = map[string]bool{"down": true, "high": true, "deep": true, "tall": true, "long": true,
	"wide": true, "below": true, "above": true, "away": true, "drop": true, "fall": true, "descent": true,
	"climb": true, "cliff": true, "ravine": true, "gorge": true, "crevasse": true, "underground": true, "uphill": true, "downhill": true, "upstream": true, "downstream": true,
	"north": true, "south": true, "east": true, "west": true, "offshore": true, "inland": true}
