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

// TestPlainWordsOfReport: the outlet's own plain words frame nothing: a
// law complied with, records disclosed, a policy defended (the vectors'
// neighbours of "flout", "misrepresent" and "champion"), criticism drawn
// (the noun of a report), a category's "hate groups", the degree "truly"
// and "vocal", which tells that one speaks up, not how well.
// The judging senses beside them stay.
func TestPlainWordsOfReport(t *testing.T) {
	marked := func(s string) []string {
		out := []string{}
		for _, m := range Markers(s) {
			if m.Kind == Loaded || m.Kind == Attribution {
				out = append(out, m.Text)
			}
		}
		return out
	}
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Quillby Freight complied with the order, and its rivals are complying with the rule.", nil},
		{"The council was disclosing the contracts to auditors.", nil},
		{"The Tarrow board found itself defending the levy.", nil},
		{"The levy drew criticism from traders in Eastmere.", nil},
		{"The Ostvik centre tracks hate groups and hate speech online.", nil},
		{"Farmers in Brellmoor were vocal about the levy.", nil},
		{"It was truly a wet spring in Harlow.", nil},
		// The judging senses stay.
		{"The mayor flouted the order and misrepresented the contracts.", []string{"flouted", "misrepresented"}},
		{"Traders hate the levy.", []string{"hate"}},
		{"The Tarrow board championed the levy.", []string{"championed"}},
	} {
		if got := marked(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: marked %q, want %q", c.sentence, got, c.want)
		}
	}
}
