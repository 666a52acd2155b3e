package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// countFacts lists the count facts of a comparison whose noun is unit
// (see factsWhere).
func countFacts(r *Report, unit string) []string {
	return factsWhere(r, func(f Fact) bool { return f.Kind == "count" && f.Mentions[0].Unit == unit })
}

// TestCountAcrossScopes: one outlet tells how many did it in the
// sentence it shares with the other's sum, the other in a sentence of
// its own about how they were dressed. The two sentences are in
// different scopes, so the five burglars were a fact "only in" each
// outlet; they are one fact.
func TestCountAcrossScopes(t *testing.T) {
	a := "Watch shop raided\n\nFive masked burglars, two of them dressed as couriers, made off with watches worth $3 million from the Holloway shop in Dunmore on Tuesday. " +
		"The shop reopened on Thursday with new shutters."
	b := "Dunmore raid\n\nThieves made off with watches worth $3 million from the Holloway shop in Dunmore on Tuesday. " +
		"The shop reopened on Thursday with new shutters.\n\n" +
		"Police have released no names. The five burglars, two of whom were dressed as couriers, escaped in a grey van."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(countFacts(r, "burglar"), " | ")
	if want := "shared: a b"; got != want {
		t.Errorf("burglar facts %q; want %q", got, want)
	}
}

// A difference is no count of its noun: "five rounds sooner" told of a
// fight is no fight of "more than five rounds", wherever the two
// sentences sit.
func TestDifferenceIsNoCount(t *testing.T) {
	a := "Voss stops Rahman\n\nKarl Voss stopped Omar Rahman in the sixth round on Saturday in Dunmore to keep his heavyweight title. " +
		"The crowd of 9,000 booed the referee.\n\nRahman was plainly not fit to fight for more than five rounds against Voss, his own trainer said."
	b := "Voss keeps title\n\nKarl Voss kept his heavyweight title on Saturday in Dunmore, stopping Omar Rahman in the sixth round. " +
		"The crowd of 9,000 booed the referee.\n\nVoss finished the fight against Rahman five rounds sooner than in their first fight, when he won in the 11th."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(countFacts(r, "round"), " | ")
	if want := "unique: a | unique: b"; got != want {
		t.Errorf("round facts %q; want %q", got, want)
	}
}
