package compare

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// TestDateContextStemsAreTheWordsStems: dateContext is exactly the words of
// dateContextWords and their stems; dateContextStems lists no stem twice
// and none that is not needed.
func TestDateContextStemsAreTheWordsStems(t *testing.T) {
	want := map[string]bool{}
	for _, w := range strings.Fields(dateContextWords) {
		want[w] = true
		want[textsim.Stem(w)] = true
	}
	if !maps.Equal(dateContext, want) {
		for w := range want {
			if !dateContext[w] {
				t.Errorf("%q (a word or its stem) is missing from dateContext", w)
			}
		}
		for w := range dateContext {
			if !want[w] {
				t.Errorf("%q in dateContext is neither a word of the list nor a stem of one", w)
			}
		}
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(dateContextWords) {
		words[w] = true
	}
	stems := strings.Fields(dateContextStems)
	for i, s := range stems {
		if words[s] || slices.Contains(stems[:i], s) {
			t.Errorf("dateContextStems lists %q, a word of the list or a stem listed before", s)
		}
	}
}
