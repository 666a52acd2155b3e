package compare

import (
	"slices"
	"testing"
)

// TestLookAlikeEventsFigureNoConflict: a sentence in no group is compared
// with its mutual best counterpart's group; when its article reports
// another event than the counterpart's (another flood on the same river,
// years on), its figure is that event's, not a disagreement. In one event
// the same pair still conflicts.
func TestLookAlikeEventsFigureNoConflict(t *testing.T) {
	texts := [3]string{
		"Flooding on the Tarn closed four bridges in Olsk, the county said.",
		"Two bridges were also shut by the high water, the mayor of Olsk added.",
		"Four bridges in Olsk were closed as the Tarn rose, county officials said.",
	}
	for _, c := range []struct {
		apart    bool
		conflict bool
	}{{false, true}, {true, false}} {
		r, ms := scopeReport(texts, 0.25)
		apart := func(ai, aj int) bool { return c.apart && (ai == 1) != (aj == 1) }
		var got []string
		for _, f := range linkQuantities(r, ms, newSentenceNames(nil), apart) {
			got = append(got, f.Status)
		}
		if has := slices.Contains(got, FactConflict); has != c.conflict {
			t.Errorf("article 1 of another event %v: statuses %q, want a conflict %v", c.apart, got, c.conflict)
		}
	}
}
