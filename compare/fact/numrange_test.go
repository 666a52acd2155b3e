package fact

import "testing"

// TestOrRangeIsOneFigure: "three or four raiders" is one count the writer
// is unsure of, covering both, not a bare three and a count of four; so
// it agrees with another outlet's "four raiders" roughly, not exactly.
func TestOrRangeIsOneFigure(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"Three or four raiders burst into the bakery.", want{"Three or four raiders", "count", "raider", 3.5, 2.5, 4.5, ""}},
		{"two or three people were hurt", want{"two or three people", "count", "person", 2.5, 1.5, 3.5, ""}},
		{"two to three people were hurt", want{"two to three people", "count", "person", 2.5, 1.5, 3.5, ""}},
		{"one or two jurors voted against", want{"one or two jurors", "count", "juror", 1.5, 0.5, 2.5, ""}},
		{"10 or 12 lorries", want{"10 or 12 lorries", "count", "lorry", 11, 9.5, 12.5, ""}},
		{"he owned it for six or seven years", want{"six or seven years", "count", "year", 6.5, 5.5, 7.5, ""}},
		// Not a choice of near figures: two figures, as before.
		{"Chapter 7 or 11 filings", want{"11 filings", "count", "filing", 11, 10.5, 11.5, ""}},
		{"rose from two to three stores", want{"three stores", "count", "store", 3, 2.5, 3.5, ""}},
		{"at 6 or 7 p.m.", want{"7 p.m.", "time", "clock", 68400, 66600, 70200, ""}},
	})
	st, ok := CompareMentions(first(t, "Three or four raiders fled"), first(t, "four raiders fled"))
	if st != Compatible || !ok {
		t.Errorf("three or four raiders against four raiders: %q %v; want compatible", st, ok)
	}
}
