package spelling

import (
	"strings"
	"testing"
)

func TestUS(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"criticised", "criticized", true},
		{"Harbour", "Harbor", true},
		{"COLOUR", "COLOR", true},
		{"centre", "center", true},
		{"travelled", "traveled", true},
		{"defence", "defense", true},
		{"programme", "program", true},
		{"apologise", "apologize", true},
		{"judgement", "judgment", true},
		{"color", "color", false},     // already American
		{"house", "house", false},     // no variant
		{"HarBour", "HarBour", false}, // mixed case: a name
		{"prise", "prise", false},     // not "price"
		{"costae", "costae", false},   // a Latin plural, not a spelling
	} {
		got, ok := US(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("US(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestFilterKeepsEveryPair: the filter lets every British word of the
// table through (it may not hide a pair from US), and turns away most
// words that are in no pair, which is what it is for.
func TestFilterKeepsEveryPair(t *testing.T) {
	for i := range len(pairEnds) / 2 {
		if !maybeBritish(british(i)) {
			t.Errorf("the filter turns away %q, a British word of the table", british(i))
		}
	}
	words := []string{"the", "said", "house", "president", "tariffs", "china", "trade", "jobs",
		"meeting", "confrontational", "warehouse", "economy", "minister", "reported", "officials",
		"government", "american", "color", "center", "organization", "traveled", "program"}
	through := 0
	for _, w := range words {
		if maybeBritish(w) {
			through++
		}
	}
	if through > len(words)/4 {
		t.Errorf("the filter lets %d of %d words in no pair through, want at most a quarter", through, len(words))
	}
}

// TestUSCapitalisedWordAllocatesNothing checks that a capitalised word
// that is no British spelling, as most capitalised words of an article
// are, is turned away without a lower-case copy made, and that one that
// is still comes back in its case.
func TestUSCapitalisedWordAllocatesNothing(t *testing.T) {
	for _, w := range []string{"Ellsworth", "VANTRY", "Quenby's"} {
		if n := testing.AllocsPerRun(100, func() { US(w) }); n != 0 {
			t.Errorf("US(%q): %v allocations, want 0", w, n)
		}
	}
	for w, want := range map[string]string{"Harbour": "Harbor", "COLOUR": "COLOR", "Çolour": "Çolour"} {
		if got, _ := US(w); got != want {
			t.Errorf("US(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestPairTable reads the table back as its lines: each pair's offsets
// give the British word, a space, the American and the line's end, and
// the British words are sorted and distinct, as US's binary search needs.
func TestPairTable(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(pairText, "\n"), "\n")
	if len(lines) != len(pairEnds)/2 || len(pairEnds)%2 != 0 {
		t.Fatalf("%d lines and %d offsets", len(lines), len(pairEnds))
	}
	for i, l := range lines {
		uk, us, ok := strings.Cut(l, " ")
		if !ok || british(i) != uk || american(i) != us {
			t.Fatalf("pair %d reads %q %q, its line is %q", i, british(i), american(i), l)
		}
		if i > 0 && british(i-1) >= uk {
			t.Errorf("pair %d (%q) is not after %q", i, uk, british(i-1))
		}
	}
}
