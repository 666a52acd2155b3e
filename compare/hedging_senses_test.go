package compare

import "testing"

// TestHedgingBySense: what one outlet hedges may be told flatly by another
// in a word of the same sense (WordNet's): "allegedly struck" against
// "was hit", "an allegedly intoxicated driver" against "a drunk driver".
// A word that is no sense of the hedged one is still no statement of it.
func TestHedgingBySense(t *testing.T) {
	courier := `Cyclist hurt on Quarry Lane

A delivery van allegedly struck a cyclist near the Tarrin depot on Friday evening.

The van's allegedly intoxicated driver was held at the Tarrin station overnight.

The councillor allegedly ignored the warnings about the depot's crossing.
`
	ledger := `Cyclist hurt on Quarry Lane

A cyclist was hit by a delivery van near the Tarrin depot on Friday evening.

The van's drunk driver was held at the Tarrin station overnight.

The councillor heeded the warnings about the depot's crossing.
`
	r := hedgingReport(t, "Courier", courier, "Ledger", ledger)
	for needle, want := range map[string]string{
		"delivery van":  "Courier: allegedly; Ledger: -",
		"overnight":     "Courier: allegedly; Ledger: -",
		"depot's cross": "", // "heeded" is no sense of "ignored"
	} {
		if got := hedgingOf(t, r, needle); got != want {
			t.Errorf("group of %q: hedging %q, want %q", needle, got, want)
		}
	}
}
