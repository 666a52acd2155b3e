package tui

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The line count that lays out plain ASCII sentences agrees with wrap on
// random text: words of every length (some wider than a line), runs of
// spaces at the start, inside and at the end, at every width.
func TestLineCountMatchesWrap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(strings.Repeat(" ", rng.IntN(3)))
			b.WriteString(strings.Repeat(string(rune('a'+rng.IntN(26))), rng.IntN(14)))
		}
		text := b.String()
		width := 1 + rng.IntN(12)
		got, ok := asciiLineCount(text, width)
		if want := len(wrap(text, width)); !ok || got != want {
			t.Fatalf("%q at width %d: counted %d (ok %v), wrap makes %d", text, width, got, ok, want)
		}
	}
	for _, text := range []string{"tab\there", "line\nbreak", "café", "日本"} {
		if _, ok := asciiLineCount(text, 10); ok {
			t.Errorf("%q counted as plain ASCII", text)
		}
	}
}
