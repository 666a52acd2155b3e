package quote

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// normalizeBySlice is Normalize as it read before it decoded runes as they
// come: over a slice of the text's runes.
func normalizeBySlice(s string) string {
	var b strings.Builder
	var prev rune
	runes := []rune(s)
	space := false
	for i, r := range runes {
		next := rune(0)
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		switch {
		case isWordRune(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’' || r == '-' || r == '‐' || r == '‑') && isWordRune(prev) && isWordRune(next):
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			b.WriteRune(r)
		default:
			space = true
		}
		prev = r
	}
	return b.String()
}

// TestNormalizeDecodesAsItGoes checks Normalize against the slice of runes
// it no longer makes, on quotations and on random bytes (broken UTF-8
// among them: each bad byte is one U+FFFD either way).
func TestNormalizeDecodesAsItGoes(t *testing.T) {
	cases := []string{
		"", "“We’re not going back,” she said.", "The toll rose to 1,204.5 — up 3-fold",
		"e-commerce’s ‑ rise", "a\xffb\xe2\x80", "Ça   va? ", "x’", "’x", "9,", ",9",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "Z", "9", ",", ".", "'", "’", "-", "‑", " ", "\xff", "\xe2", "é", "\u0301"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := Normalize(s), normalizeBySlice(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNormalizeAllocatesOnce checks that Normalize makes only the string
// it returns, no slice of the quotation's runes.
func TestNormalizeAllocatesOnce(t *testing.T) {
	q := "“We have been told for eleven years that the harbour wall would hold, and it did not,” the mayor of Port Alder said on Tuesday."
	if n := testing.AllocsPerRun(100, func() { Normalize(q) }); n != 1 {
		t.Errorf("Normalize: %v allocations, want 1", n)
	}
}
