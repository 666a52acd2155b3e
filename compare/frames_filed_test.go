package compare

import (
	"strings"
	"testing"
)

// TestItClaimsAfterALawsuit: "It also claims that" right after a sentence
// in which a lawsuit alleges is the suit's legal verb, neutral as "the
// suit claims" is; after a sentence of a party's, "it claims" keeps the
// doubt.
func TestItClaimsAfterALawsuit(t *testing.T) {
	a := `Growers sue Harlow Mills over prices

The growers' lawsuit alleges that Harlow Mills fixed the price of barley for six years.

It also claims that the mill's buyers shared their bids.

Harlow Mills rejects the charge.

It claims that its buyers never met.
`
	b := `Harlow Mills faces growers' suit

Barley growers in Tarrin have sued Harlow Mills, saying it fixed prices.
`
	r := hedgingReport(t, "Courier", a, "Ledger", b)
	tones := map[string]string{}
	for _, s := range r.Articles[0].Sentences {
		for _, m := range s.Framing {
			if m.Lemma == "claim" {
				tones[s.Text[:strings.Index(s.Text, " that")]] = m.Tone
			}
		}
	}
	for subject, want := range map[string]string{"It also claims": "neutral", "It claims": "doubt"} {
		if got := tones[subject]; got != want {
			t.Errorf("%q: tone %q, want %q (all: %v)", subject, got, want, tones)
		}
	}
}
