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
		{"two temperatures", "Crews fought the warehouse fire in Brenton for six hours in temperatures of minus 12 degrees.",
			"Crews fought the warehouse fire in Brenton for six hours as outside temperatures were minus 25.", "temperature conflict: minus 12 degrees minus 25"},
		{"one temperature in two scales", "Crews fought the warehouse fire in Brenton for six hours at minus 12 degrees Celsius.",
			"Crews fought the warehouse fire in Brenton for six hours at 10 degrees Fahrenheit.", ""},
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

// TestNameSpelledTwoWays: a name an outlet prints without its accents is
// one name spelt differently (compatible); a surname one letter off under
// the same given name is flagged as a conflict, a possible misspelling;
// typography alone changes nothing, and an article naming both spellings
// is left alone (it may name two people).
func TestNameSpelledTwoWays(t *testing.T) {
	const us = "Opposition leader Sian Llewellyn-Jones said the decision was a scandalous betrayal."
	cases := []struct {
		name, a, b string
		want       string
	}{
		{"accents", us, "Opposition leader Siân Llewellyn-Jones said the decision was a scandalous betrayal.",
			"compatible: Sian Llewellyn-Jones Siân Llewellyn-Jones"},
		{"one letter", us, "Opposition leader Sian Llewelyn-Jones said the decision was a scandalous betrayal.",
			"conflict: Sian Llewellyn-Jones Sian Llewelyn-Jones"},
		{"typography", "Opposition leader Terry O'Neill said the decision was a scandalous betrayal.",
			"Opposition leader Terry O’Neill said the decision was a scandalous betrayal.",
			"shared: Terry O'Neill Terry O’Neill"},
		{"both in one article", us + " Sian Llewelyn-Jones, her aide, agreed.", us, ""},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{
			parse(t, "a.txt", "Bridge\n\n"+c.a),
			parse(t, "b.txt", "Bridge\n\n"+c.b),
		}, Options{})
		var flagged []string
		for _, f := range r.Facts {
			if !isName(f.Kind) || len(f.Mentions) < 2 {
				continue
			}
			units := map[string]bool{}
			s := f.Status + ":"
			for _, m := range f.Mentions {
				if !units[m.Text] {
					units[m.Text] = true
					s += " " + m.Text
				}
			}
			if len(units) > 1 {
				flagged = append(flagged, s)
			}
		}
		switch {
		case c.want == "" && len(flagged) > 0:
			t.Errorf("%s: names linked across spellings %q, want none", c.name, flagged)
		case c.want != "" && !slices.Contains(flagged, c.want):
			t.Errorf("%s: names %q, want %q", c.name, flagged, c.want)
		}
	}
}
