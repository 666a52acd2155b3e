package compare

import "testing"

// The framing line names only the kinds an article uses, always in the
// same order, so no kind shows a zero while another is left out
// (review-r10: "doubt verbs 0, hedges 0, loaded 4" with zero concessions
// and intensifiers omitted).
func TestFramingCounts(t *testing.T) {
	for _, c := range []struct {
		in   map[string]int
		want string
	}{
		{nil, "none"},
		{map[string]int{"attribution": 2, "attribution/neutral": 2}, "none"},
		{map[string]int{"attribution": 3, "attribution/doubt": 2, "attribution/neutral": 1, "hedge": 4, "loaded": 8, "loaded/positive": 6, "loaded/negative": 2},
			"loaded 8 (6+, 2−), doubt verbs 2, hedges 4"},
		{map[string]int{"attribution/emotive": 1, "negation": 2}, "emotive verbs 1, negations 2"},
		{map[string]int{"loaded": 1, "loaded/negative": 1, "intensifier": 3, "attribution/concession": 1, "attribution/assertion": 2},
			"loaded 1 (1−), concession verbs 1, assertion verbs 2, intensifiers 3"},
	} {
		if got := (Summary{Framing: c.in}).FramingCounts(); got != c.want {
			t.Errorf("FramingCounts(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
