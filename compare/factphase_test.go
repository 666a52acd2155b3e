package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestBegunAndCompletedNoConflict: a length told as begun ("to begin a
// 60-day stay") is what was ordered, one told as completed ("after
// completing a 20-day program") what was done; a date of work begun and
// one of work completed date two moments. Neither pair disagrees. Two
// lengths both begun still do.
func TestBegunAndCompletedNoConflict(t *testing.T) {
	conflicts := func(a, b string) bool {
		t.Helper()
		r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
		got := factsWhere(r, func(f Fact) bool { return f.Kind == "duration" || f.Kind == "date" })
		if len(got) == 0 {
			t.Fatalf("no length or date in %q and %q", a, b)
		}
		return slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, FactConflict) })
	}
	begun := "Arlan enters Larkspur clinic\n\nSinger Tove Arlan checked into the Larkspur clinic in Vell on Monday to begin a 60-day court-ordered stay, her lawyer said."
	for _, c := range []struct {
		a, b     string
		conflict bool
	}{
		{begun, "Arlan leaves clinic\n\nSinger Tove Arlan has checked out of the Larkspur clinic in Vell after completing a 20-day program, her lawyer said.", false},
		{begun, "Arlan enters Larkspur clinic\n\nSinger Tove Arlan checked into the Larkspur clinic in Vell on Monday to begin a 20-day court-ordered stay, her lawyer said.", true},
		{"Dorran bridge opens\n\nWork on the Dorran bridge over the Pell began in 2019, the county said.",
			"Dorran bridge opens\n\nWork on the Dorran bridge over the Pell was completed in 2023, the county said.", false},
	} {
		if got := conflicts(c.a, c.b); got != c.conflict {
			t.Errorf("%q against %q: a conflict %v, want %v", c.a, c.b, got, c.conflict)
		}
	}
}
