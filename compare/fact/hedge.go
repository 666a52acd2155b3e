package fact

// hedge is the sort of approximation a phrase signals.
type hedge uint8

const (
	hedgeNone     hedge = iota
	hedgeApprox         // about: either side
	hedgeNearly         // nearly: just below
	hedgeJustOver       // just over: just above
	hedgeMore           // more than: above, exclusive
	hedgeAtLeast        // at least: above, inclusive
	hedgeLess           // less than: below, exclusive
	hedgeUpTo           // up to: below, inclusive
)

// open reports whether the hedge excludes the low and the high end.
func (h hedge) open() (low, high bool) {
	switch h {
	case hedgeNearly, hedgeLess:
		return false, true
	case hedgeJustOver, hedgeMore:
		return true, false
	}
	return false, false
}

// hedgePhrases lists every hedge, longest phrases first within a first word.
var hedgePhrases = []struct {
	phrase string
	h      hedge
}{
	{"about", hedgeApprox}, {"around", hedgeApprox}, {"roughly", hedgeApprox},
	{"approximately", hedgeApprox}, {"some", hedgeApprox}, {"an estimated", hedgeApprox},
	{"estimated", hedgeApprox}, {"circa", hedgeApprox}, {"approx", hedgeApprox},
	{"nearly", hedgeNearly}, {"almost", hedgeNearly}, {"just under", hedgeNearly},
	{"just below", hedgeNearly}, {"just shy of", hedgeNearly}, {"close to", hedgeNearly},
	{"just before", hedgeNearly}, {"shortly before", hedgeNearly},
	{"just over", hedgeJustOver}, {"just above", hedgeJustOver},
	{"just after", hedgeJustOver}, {"shortly after", hedgeJustOver}, {"soon after", hedgeJustOver},
	{"slightly more than", hedgeJustOver}, {"a little more than", hedgeJustOver},
	{"more than", hedgeMore}, {"over", hedgeMore}, {"above", hedgeMore},
	{"upwards of", hedgeMore}, {"in excess of", hedgeMore}, {"greater than", hedgeMore},
	{"at least", hedgeAtLeast}, {"no fewer than", hedgeAtLeast}, {"no less than", hedgeAtLeast},
	{"a minimum of", hedgeAtLeast},
	{"less than", hedgeLess}, {"fewer than", hedgeLess}, {"under", hedgeLess}, {"below", hedgeLess},
	{"up to", hedgeUpTo}, {"as many as", hedgeUpTo}, {"as much as", hedgeUpTo},
	{"as high as", hedgeUpTo}, {"at most", hedgeUpTo}, {"no more than", hedgeUpTo},
	{"a maximum of", hedgeUpTo},
}

// hedgeByPhrase maps Mention.Hedge back to its sort; "" maps to hedgeNone.
var hedgeByPhrase = func() map[string]hedge {
	m := make(map[string]hedge, len(hedgePhrases))
	for _, p := range hedgePhrases {
		m[p.phrase] = p.h
	}
	return m
}()

// widen applies hedge h to figure v (v >= 0) whose unhedged interval is
// [lo, hi] and rounding unit u. near and far are the hedge margins: 10% and
// 50% of v for most figures.
//
// A hedge that bounds a figure from one side bounds a range by its end on
// that side: "as many as 35 to 40" is at most 40, "more than 35 to 40" at
// least 35. Taken at the midpoint, "as many as 35 to 40 firefighters" was
// at most 37.5 and met "about 40 firefighters" only roughly.
func widen(v, u, lo, hi float64, h hedge, near, far float64) (float64, float64) {
	far = max(u, far)
	bottom, top := v, v
	if hi-lo > u*(1+1e-9) { // a range: wider than its rounding unit
		bottom, top = lo+u/2, hi-u/2 // its ends as written
	}
	switch h {
	case hedgeApprox:
		return min(lo, v-near), max(hi, v+near)
	case hedgeNearly:
		return top - near, top
	case hedgeJustOver:
		return bottom, bottom + near
	case hedgeMore, hedgeAtLeast:
		return bottom, bottom + far
	case hedgeLess, hedgeUpTo:
		return max(0, top-far), top
	}
	return lo, hi
}

// openAt reports whether m's interval excludes its endpoint x. An unhedged
// figure is a rounding, which includes its low end and excludes its high
// end ("15" covers [14.5, 15.5)); dates include both ends.
func openAt(m Mention, h hedge, x float64) bool {
	lowOpen, highOpen := h.open()
	if h == hedgeNone && m.Kind != "date" && m.Low < m.High {
		highOpen = true
	}
	if m.Value < 0 { // "before": the interval was mirrored
		lowOpen, highOpen = highOpen, lowOpen
	}
	return (x == m.Low && lowOpen) || (x == m.High && highOpen)
}
