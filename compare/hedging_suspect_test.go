package compare

import "testing"

// TestHedgingSuspicion: a suspicion hedges what is suspected. "Arson was
// suspected" after the fire is told is no contrast with an outlet that
// tells the fire and says nothing of arson (it states no arson); against
// one that calls it an arson fire, "investigators suspect arson" is.
func TestHedgingSuspicion(t *testing.T) {
	courier := `Fire guts Holloway Grange barn

The Holloway Grange barn outside Tarrin was burned to the ground on Friday night, and arson was suspected.

Volunteers from three villages fought the flames until dawn.

Investigators suspect arson in the blaze at the old Tarrin creamery on Sunday.
`
	ledger := `Holloway Grange barn lost to fire

The Holloway Grange barn outside Tarrin was burned to the ground on Friday night.

Volunteers from three villages fought the flames until dawn, the fire service said.

An arson blaze gutted the old Tarrin creamery on Sunday.
`
	r := hedgingReport(t, "Courier", courier, "Ledger", ledger)
	for needle, want := range map[string]string{
		"burned to the ground": "",                            // the Ledger states no arson
		"creamery":             "Courier: suspect; Ledger: -", // the Ledger states the arson
	} {
		if got := hedgingOf(t, r, needle); got != want {
			t.Errorf("group of %q: hedging %q, want %q", needle, got, want)
		}
	}
}
