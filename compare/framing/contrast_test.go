package framing

import (
	"slices"
	"testing"
)

func texts(ms []Marker) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, string(m.Kind)+":"+m.Text)
	}
	return out
}

func TestContrast(t *testing.T) {
	cases := []struct {
		a, b         string
		onlyA, onlyB []string
	}{
		{"The mayor said the deal was fair.", "The mayor claimed the deal was fair.",
			[]string{"attribution:said"}, []string{"attribution:claimed"}},
		{"Officials reportedly approved the plan.", "Officials approved the plan.",
			[]string{"hedge:reportedly"}, []string{}},
		// Tense and case are not framing; the choice of word is.
		{"The mayor says the deal is fair.", "The mayor said the deal was fair.",
			[]string{}, []string{}},
		{"Prices soared, a very, very steep rise.", "Prices rose, a very steep rise.",
			[]string{"intensifier:soared", "intensifier:very"}, []string{}},
		{"The council did not approve it.", "The council didn't approve it.",
			[]string{}, []string{}},
		{"The launch was a disaster, critics said.", "The launch was a fiasco, critics said.",
			[]string{"loaded:disaster"}, []string{"loaded:fiasco"}},
		// VADER rates the forms of a word apart; they are one word
		// (review-r13 item 4), as are the forms of a verb the vectors
		// proposed.
		{"Gunmen attacked the convoy and destroyed two trucks.", "Gunmen attack the convoy and destroy two trucks.",
			[]string{}, []string{}},
		{"Mr. Braley apologized to the senator.", "Representative apologizes to the senator.",
			[]string{}, []string{}},
	}
	for _, c := range cases {
		onlyA, onlyB := Contrast(Markers(c.a), Markers(c.b))
		if got := texts(onlyA); !slices.Equal(got, c.onlyA) {
			t.Errorf("Contrast(%q, %q) onlyA = %q, want %q", c.a, c.b, got, c.onlyA)
		}
		if got := texts(onlyB); !slices.Equal(got, c.onlyB) {
			t.Errorf("Contrast(%q, %q) onlyB = %q, want %q", c.a, c.b, got, c.onlyB)
		}
	}
}

func TestContrastHandBuilt(t *testing.T) {
	a := []Marker{{Kind: Hedge, Text: "Reportedly"}}
	b := []Marker{{Kind: Hedge, Text: "reportedly", Lemma: "reportedly"}}
	if onlyA, onlyB := Contrast(a, b); len(onlyA)+len(onlyB) != 0 {
		t.Errorf("markers without a Lemma should match on their text: %v %v", onlyA, onlyB)
	}
	if onlyA, onlyB := Contrast(nil, nil); onlyA != nil || onlyB != nil {
		t.Errorf("Contrast(nil, nil) = %v, %v", onlyA, onlyB)
	}
}

// TestScareQuoteSpacing: two outlets that set the same words in scare
// quotes frame them alike however the words are spaced. A line wrapped
// by hand inside the quotation, a double space, or a space before its
// closing comma made the lemmas differ, and each outlet was listed as
// having a scare quote the other lacks.
func TestScareQuoteSpacing(t *testing.T) {
	plain := "The council on Tuesday backed the “harbour plan” for the old docks."
	for _, other := range []string{
		"The council on Tuesday backed the “harbour\nplan” for the old docks.",
		"The council on Tuesday backed the “harbour  plan” for the old docks.",
		"The council on Tuesday backed the “harbour plan ,” for the old docks.",
	} {
		onlyA, onlyB := Contrast(Markers(plain), Markers(other))
		if len(onlyA)+len(onlyB) > 0 {
			t.Errorf("%q against %q: only in the first %v, only in the second %v", plain, other, texts(onlyA), texts(onlyB))
		}
	}
}
