package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
)

// TestHedgeOfAClaimOrAHope: a hedge in the clause a noun of saying or
// believing opens ("his claim that the pier may not hold", "hope among
// traders that a deal could be made") is the claim's or the hope's, as
// after a verb of saying; so is one in a headline after a speaker and a
// colon ("Varga: ferry could stop"). BASIL's headline and lede hedges
// were half of them of this kind. The outlet's own hedges stay its own.
func TestHedgeOfAClaimOrAHope(t *testing.T) {
	r := Compare(docs(
		"Varga: Tarrow ferry could stop in winter"+
			"|Harbour officials pressed Mayor Ines Varga on her claim that the pier may not hold another winter."+
			"|The meeting spurred some hope among traders that a deal could be made by March."+
			"|The pier will likely be closed in January."+
			"|The ferry may have lost money for a decade.",
		"Tarrow pier talks go on"+
			"|Harbour officials met Mayor Ines Varga about the pier on Monday.",
	), Options{})
	want := map[string]bool{ // sentence prefix -> reported
		"Varga:":            true,
		"Harbour officials": true,
		"The meeting":       true,
		"The pier":          false,
		"The ferry":         false,
	}
	a := r.Articles[0]
	seen := 0
	for _, s := range a.Sentences {
		for _, mk := range s.Framing {
			if mk.Kind != string(framing.Hedge) || mk.Category != framing.CatHedge {
				continue
			}
			for prefix, w := range want {
				if len(s.Text) >= len(prefix) && s.Text[:len(prefix)] == prefix {
					seen++
					if got := reportedHedge(a, mk); got != w {
						t.Errorf("%q in %q: reported %v, want %v", mk.Text, s.Text, got, w)
					}
				}
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d hedges found, want %d", seen, len(want))
	}
}
