package fact

import "strings"

// A story of an attack counts its dead and its wounded, often of one noun:
// "shot three co-workers, killing two", "accused of killing two co-workers
// and critically injuring a third". Compared as one figure, "shot three
// co-workers" and "killed two co-workers" were a conflict of three against
// two. So a count keeps what befell those it counts (Mention.Fate), read
// from the verb before it or the participle after it.

// fateOf returns what befell those counted by the figure from token start
// to next: "killed" or "hurt", or "". The verb before the count governs
// ("killed two co-workers", "the shooting deaths of two women"), else a
// participle after it, perhaps after a form of "be" ("10 people killed",
// "12 people were injured").
func (p *qparser) fateOf(start, next int) string {
	if k := start - 1; k >= 0 && p.toks[k].kind == tokWord {
		w := strings.ToLower(p.word(k))
		if f := fates[w]; f != "" {
			return f
		}
		if w == "of" && k > 0 && p.toks[k-1].kind == tokWord && strings.EqualFold(p.word(k-1), "deaths") {
			return "killed" // "the shooting deaths of two co-workers"
		}
	}
	for k, seen := next, 0; k < len(p.toks) && seen < 3 && p.toks[k].kind == tokWord && p.toks[k].gap != gapLine; k, seen = k+1, seen+1 {
		w := strings.ToLower(p.word(k))
		if f := fates[w]; f != "" && !strings.HasSuffix(w, "ing") {
			return f
		}
		switch w {
		case "were", "was", "are", "is", "been", "have", "had", "has", "be", "reported", "later":
			continue
		}
		return ""
	}
	return ""
}

// fates map the verbs of killing and wounding, in their forms before a
// count and as participles after it, to what befell those counted.
var fates = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`kill kills killed killing murdered murdering slew slain dead died`) {
		m[w] = "killed"
	}
	for _, w := range strings.Fields(`shot shoot shoots shooting wounded wounding wounds injured injuring injures
		hurt hurting stabbed stabbing`) {
		m[w] = "hurt"
	}
	return m
}()
