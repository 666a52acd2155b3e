package framing

import (
	"slices"
	"strings"
	"testing"
)

// inflect, which builds its forms in one allocation, gives the forms the
// plain concatenations give, in the same order, for every lemma of ours.
func TestInflectIsThePlainForms(t *testing.T) {
	plain := func(lemma string) []string {
		forms := []string{lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
		n := len(lemma)
		if n < 2 {
			return forms
		}
		last := lemma[n-1]
		switch {
		case last == 'y':
			forms = append(forms, lemma[:n-1]+"ies", lemma[:n-1]+"ied")
		case last == 'e':
			forms = append(forms, lemma+"d", lemma[:n-1]+"ing")
		case !strings.ContainsRune("aeiouwxy", rune(last)) && last >= 'a' && last <= 'z':
			forms = append(forms, lemma+string(last)+"ed", lemma+string(last)+"ing")
		}
		return forms
	}
	lemmas := []string{"", "a", "y", "slam", "deny", "hail", "blame", "tax", "a-very-long-hyphenated-compound-lemma-longer-than-the-stack-buffer-of-inflect-by-far"}
	for _, e := range buildNewsLexicon() {
		lemmas = append(lemmas, e.lemma)
	}
	for _, l := range lemmas {
		got := inflect(l, nil)
		if want := plain(l); !slices.Equal(got, want) || len(got) > maxInflections {
			t.Errorf("inflect(%q) = %q, want %q", l, got, want)
		}
	}
}
