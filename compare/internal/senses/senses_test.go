package senses

import (
	"strings"
	"testing"
)

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

// TestTableSortedByKey: the bisection needs the lines in order of key.
func TestTableSortedByKey(t *testing.T) {
	prev := ""
	for i := 0; i < len(table); {
		line, next := lineFrom(i)
		key, _, _ := strings.Cut(line, "\t")
		if key < prev {
			t.Fatalf("line %q after key %q", line, prev)
		}
		prev, i = key, next
	}
}

// TestLookUpAllocatesNothing: a comparison asks of every pair of loaded
// words; the look-up must cost no garbage.
func TestLookUpAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Related("sideswiped", "struck"); Synonyms("foiled", "thwarting") }); n > 0 {
		t.Errorf("%v allocations per look-up, want 0", n)
	}
}
