package framing

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzMarkers checks that any input gives markers that point into it: in
// range, on rune boundaries (as decoding the input finds them, valid UTF-8
// or not), in order, not overlapping, and the same on a second call.
func FuzzMarkers(f *testing.F) {
	for _, s := range []string{
		"", "The mayor said the deal was fair.", "He didn’t say “no”.",
		"José\u0301 reportedly lashed out — nothing short of a disaster.",
		"No. 10 is said to be fed up", "\xffclaimed\xe2\x80", "n't n'", "so--called -'-",
		"MAYOR SLAMS CRITICS", "İstanbul’s ΣΑΣ may",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := Markers(s)
		boundary := map[int]bool{len(s): true}
		for i := 0; i < len(s); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		end := 0
		for _, m := range ms {
			if m.Start < end || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("Markers(%q): %+v out of order or range (previous end %d)", s, m, end)
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("Markers(%q): %+v not on rune boundaries", s, m)
			}
			if s[m.Start:m.End] != m.Text || m.Lemma == "" || m.Kind == "" {
				t.Fatalf("Markers(%q): %+v has the wrong text or no lemma", s, m)
			}
			end = m.End
		}
		if again := Markers(s); !slices.Equal(ms, again) {
			t.Fatalf("Markers(%q) not deterministic: %v then %v", s, ms, again)
		}
	})
}

// benchSentence has 25 words and one marker of each kind.
const benchSentence = "The embattled mayor reportedly insisted on Tuesday that the " +
	"extremely costly harbour project was not a disaster, despite what critics in the council chamber said."

func BenchmarkMarkers(b *testing.B) {
	loadIndex()
	b.ReportAllocs()
	for b.Loop() {
		Markers(benchSentence)
	}
}
