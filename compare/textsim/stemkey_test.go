package textsim

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

// Every word of the stem table, and every ending Snowball knows, begins
// with its stem's key.
func TestStemKeyBeginsEveryWord(t *testing.T) {
	var words []string
	for s := range stemEnds {
		words = append(words, mph.Key(stemText, stemEnds[:], s))
	}
	words = append(words, "dying", "lying", "tying", "skies", "tidy", "hopping", "hoping", "relational",
		"generously", "communication", "ponies", "cries", "agreed", "idly", "gently", "early", "singly")
	checked := 0
	for _, w := range words {
		key := StemKey(Stem(w))
		if key == "" {
			continue
		}
		checked++
		if !strings.HasPrefix(w, key) {
			t.Errorf("%q stems to %q, whose key %q it does not begin with", w, Stem(w), key)
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d words checked", checked)
	}
}
