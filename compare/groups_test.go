package compare

import "testing"

// TestAppendNormalizedIsNormalizeText checks that the group id's hash reads
// a member's text as normalizeText gives it.
func TestAppendNormalizedIsNormalizeText(t *testing.T) {
	for _, s := range []string{"", "  ", "The Ferry  left\tPort Alder\u00a0at NOON. ", "İstanbul’s  ΣΑΣ", "one"} {
		if got, want := string(appendNormalized([]byte("x\x00"), s)), "x\x00"+normalizeText(s); got != want {
			t.Errorf("appendNormalized(%q) = %q, want %q", s, got, want)
		}
	}
}
