package framing

import (
	"slices"
	"testing"
)

// TestMarkersFiledIsBoth checks that MarkersFiled, which scans a sentence
// once for both, answers as MarkersWith and Filed do apart, on sentences
// with and without a court paper's verb and with a scare quote.
func TestMarkersFiledIsBoth(t *testing.T) {
	for _, s := range []string{
		"The growers' lawsuit alleges that Harlow Mills fixed the price of barley for six years.",
		"It also claims that the mill's owners lashed out at the inspectors.",
		"The complaint, filed on Monday, says the council ignored repeated warnings.",
		"Mayor Okonjo reportedly slammed the so-called \"reform\" as a disaster.",
		"The ferry left Port Alder at noon.",
		"",
	} {
		for _, tu := range []Tuning{Default(), {}} {
			ms, filed := MarkersFiled(s, tu)
			if want := MarkersWith(s, tu); !slices.Equal(ms, want) {
				t.Errorf("MarkersFiled(%q): markers %+v, MarkersWith gives %+v", s, ms, want)
			}
			if want := Filed(s); filed != want {
				t.Errorf("MarkersFiled(%q): filed %v, Filed gives %v", s, filed, want)
			}
		}
	}
	if _, filed := MarkersFiled("The growers' lawsuit alleges that Harlow Mills fixed the price of barley.", Default()); !filed {
		t.Error("a lawsuit that alleges is not filed")
	}
}
