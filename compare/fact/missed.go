package fact

import "strings"

// A count of what someone missed ("missed four games", "sat out two
// meetings") counts the part of a series they were absent from, and a
// count of what they took part in ("played in 10 games", "attended six
// meetings") the rest: linked as one fact, the two made a conflict of a
// part and its complement.

// missedCount reports whether the count starting at token start is told
// of what was missed: a verb of missing (missWords) or "out" after a verb
// of sitting ("sat out") stands before it, at most a few words back
// ("missed the next four games", "missing all four games"), with only
// articles, possessives and selecting words between.
func (p *qparser) missedCount(start int) bool {
	for k, seen := start-1, 0; k >= 0 && seen < 4; k, seen = k-1, seen+1 {
		t := &p.toks[k]
		if t.kind != tokWord || p.toks[k+1].gap == gapLine {
			return false
		}
		w := strings.ToLower(p.word(k))
		if missWords[w] {
			// "the missing 12 climbers": an adjective, those still lost
			return w != "missing" || k == 0 || p.toks[k-1].kind != tokWord || !determiners[strings.ToLower(p.word(k-1))]
		}
		if w == "out" && k > 0 && p.toks[k-1].kind == tokWord && sitWords[strings.ToLower(p.word(k-1))] {
			return true
		}
		if !determiners[w] && !selectors[w] && !possessives[w] && w != "all" && w != "another" && w != "both" {
			return false // "missed the bus and waited 20 minutes", "missing for three days"
		}
	}
	return false
}

// determiners may stand between a verb of missing and its count.
var determiners = map[string]bool{"the": true, "a": true, "an": true}

// missWords are the verbs of missing a count may follow.
var missWords = map[string]bool{"miss": true, "missed": true, "misses": true, "missing": true,
	"skip": true, "skipped": true, "skips": true, "skipping": true}

// sitWords before "out" make a verb of missing: "sat out four games".
var sitWords = map[string]bool{"sit": true, "sat": true, "sits": true, "sitting": true}
