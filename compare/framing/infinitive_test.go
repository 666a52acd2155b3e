package framing

import "testing"

// TestVerbMostlyANounInAnInfinitive: "blast" is mostly the noun (an
// explosion), so its bare form is no verb of saying; after "to" it is the
// verb, and "took to Facebook to blast her sister" characterises the
// speaker as "blasted her sister" does (review-r19 item 5, where an
// outlet's "criticized" was marked and another's "to blast" was not).
func TestVerbMostlyANounInAnInfinitive(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Ada Vell took to her blog to blast her older brother over the harbour vote.", true},
		{"Ada Vell blasted her older brother over the harbour vote.", true},
		{"The blast shattered windows along the harbour.", false},
		{"A blast at the depot injured four workers.", false},
		{"Investigators said the blast came from a gas main.", false},
	} {
		got := false
		for _, m := range Markers(c.sentence) {
			if m.Lemma == "blast" && m.Kind == Attribution && m.Tone == ToneEmotive {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: emotive \"blast\" marked %v, want %v", c.sentence, got, c.want)
		}
	}
}
