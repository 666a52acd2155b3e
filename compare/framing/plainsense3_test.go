package framing

import (
	"slices"
	"testing"
)

// TestRoutedIsARoute: "routed" with a way after it is "route" (sent by
// that way), though its form undoes to "rout", a defeat; the defeat keeps
// its marker.
func TestRoutedIsARoute(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Calls to the Brellmoor hotline were routed through a depot in Ostvik.", nil},
		{"Parcels routed to Harlow arrived late.", nil},
		{"The Otters routed the Hawks in the final.", []string{"routed"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestMajorRanksAmongItsKind: "major" before a body's, a place's or a
// league's noun ranks it by size, which is no emphasis; before an event's
// noun it intensifies.
func TestMajorRanksAmongItsKind(t *testing.T) {
	intensified := func(s string) []string {
		out := []string{}
		for _, m := range Markers(s) {
			if m.Kind == Intensifier {
				out = append(out, m.Text)
			}
		}
		return out
	}
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Brellmoor Mutual is a major political party in Ostvik.", nil},
		{"Three major Internet companies in Harlow signed the pledge.", nil},
		{"Eastmere is a major port city on the coast.", nil},
		{"The vote was a major blow to the Tarrow council.", []string{"major"}},
		{"A major fire broke out at the Quillby depot.", []string{"major"}},
	} {
		if got := intensified(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: intensifiers %q, want %q", c.sentence, got, c.want)
		}
	}
}
