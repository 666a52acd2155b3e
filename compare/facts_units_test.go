package compare

import (
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestCurrencyAndLengthConflicts: the same sum in another currency and a
// length of time restated in another unit are conflicts an editor sees,
// named by kind; a sum given in two currencies (a conversion) is none.
func TestCurrencyAndLengthConflicts(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       string // "kind status: text text", or "" for no conflict
	}{
		{"pounds and dollars", "Acme agreed to buy Zenith for £1.2bn on Monday, the companies said.",
			"Acme agreed to buy Zenith for $1.2bn on Monday, the companies said.", "money conflict: £1.2bn $1.2bn"},
		{"a conversion", "Acme agreed to buy Zenith for £1.2bn ($1.5bn) on Monday, the companies said.",
			"Acme agreed to buy Zenith for $1.5bn on Monday, the companies said.", ""},
		{"minutes and an hour", "After the 40-minute meeting, Jack Ma told reporters at Trump Tower that the jobs would come.",
			"After the hour-long meeting, Jack Ma told reporters at Trump Tower that the jobs would come.", "duration conflict: 40-minute hour-long"},
		{"minutes and hours", "After the 40-minute meeting, Jack Ma told reporters at Trump Tower that the jobs would come.",
			"After the two-hour meeting, Jack Ma told reporters at Trump Tower that the jobs would come.", "duration conflict: 40-minute two-hour"},
		{"one length in two units", "Lohan checked into the Betty Ford clinic for a 90-day stay, her lawyer said on Thursday.",
			"Lohan checked into the Betty Ford clinic for a three-month stay, her lawyer said on Thursday.", ""},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{
			parse(t, "a.txt", "Deal\n\n"+c.a),
			parse(t, "b.txt", "Deal\n\n"+c.b),
		}, Options{})
		var conflicts []string
		for _, f := range r.Facts {
			if f.Status == FactConflict {
				s := f.Kind + " " + f.Status + ":"
				for _, m := range f.Mentions {
					s += " " + m.Text
				}
				conflicts = append(conflicts, s)
			}
		}
		switch {
		case c.want == "" && len(conflicts) > 0:
			t.Errorf("%s: conflicts %q, want none", c.name, conflicts)
		case c.want != "" && !slices.Contains(conflicts, c.want):
			t.Errorf("%s: conflicts %q, want %q", c.name, conflicts, c.want)
		}
	}
}
