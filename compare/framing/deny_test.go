package framing

import "testing"

// TestDenyWithholdsOrAnswers: "deny" reports speech before what was said
// (a clause, a charge, a gerund with its object, "whether", or beside
// another verb of saying) and withholds a thing before a plain object or
// a recipient ("deny service to", "permits previously denied to them"):
// there it is no verb of attribution.
func TestDenyWithholdsOrAnswers(t *testing.T) {
	for _, c := range []struct {
		sentence string
		says     bool
	}{
		{"Councillor Brenna Tolliver denied on Friday that she had moved the ferry contract.", true},
		{"Tolliver emphatically denied the allegations at the harbour meeting.", true},
		{"Tolliver has denied any wrongdoing in the tender.", true},
		{"Tolliver denied knowledge of the payments.", true},
		{"A deckhand has denied arson after the fire at the Ostvik boathouse.", true},
		{"Tolliver Denies Moving Ferry Contract", true},
		{"A spokesman said he could not confirm, deny or comment on the tender.", true},
		{"The clerk would neither confirm nor deny whether the files were kept.", true},
		{"The rule would let the harbour board deny mooring permits to the fishing crews of Ostvik.", false},
		{"The bill lets landlords deny leases over unpaid council tax.", false},
		{"Denying fishing licences to coastal trawlers is fair, the minister said.", false},
		{"The crews regained access to moorings previously denied to them under the old bylaw.", false},
		{"The board can deny a skipper a berth for a season.", false},
	} {
		got := false
		for _, m := range Markers(c.sentence) {
			if m.Kind == Attribution && m.Lemma == "deny" {
				got = true
			}
		}
		if got != c.says {
			t.Errorf("%q: \"deny\" as a verb of saying %v, want %v", c.sentence, got, c.says)
		}
	}
}
