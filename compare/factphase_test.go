package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestBegunAndCompletedNoConflict: a length told as begun ("began a
// 30-day hunger strike") is what was vowed, one told as completed ("has
// completed a 12-day hunger strike") what was done; a date of work begun
// and one of work completed date two moments. Neither pair disagrees.
// Two lengths both begun still do.
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
	begun := "Quell fasts at Tessin ministry\n\nUnion leader Mara Quell began a 30-day hunger strike outside the Tessin labour ministry, her spokesman said."
	for _, c := range []struct {
		a, b     string
		conflict bool
	}{
		{begun, "Quell fasts at Tessin ministry\n\nUnion leader Mara Quell has completed a 12-day hunger strike outside the Tessin labour ministry, her spokesman said.", false},
		{begun, "Quell fasts at Tessin ministry\n\nUnion leader Mara Quell began a 12-day hunger strike outside the Tessin labour ministry, her spokesman said.", true},
		{"Dorran bridge opens\n\nWork on the Dorran bridge over the Pell began in 2019, the county said.",
			"Dorran bridge opens\n\nWork on the Dorran bridge over the Pell was completed in 2023, the county said.", false},
	} {
		if got := conflicts(c.a, c.b); got != c.conflict {
			t.Errorf("%q against %q: a conflict %v, want %v", c.a, c.b, got, c.conflict)
		}
	}
}
