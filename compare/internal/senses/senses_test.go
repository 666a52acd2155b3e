package senses

import "testing"

func TestRelated(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"bid", "offered", true},       // one synset
		{"drunk", "intoxicated", true}, // one synset
		{"struck", "hit", true},        // an irregular form
		{"sideswiped", "strike", true}, // a kind of it
		{"won", "lost", false},         // antonyms
		{"killed", "drunk", false},     // "kill" (drink down) is a rare sense
		{"heeded", "ignored", false},   // no sense in common
		{"offered", "rejected", false}, // close in the vectors, not in WordNet
		{"apologized", "apologized", true},
	} {
		if got := Related(c.a, c.b); got != c.want {
			t.Errorf("Related(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
