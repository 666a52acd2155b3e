package fact

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzSeeds adds the seed articles and every table input to the corpus.
func fuzzSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		"rose 0.9 per cent to $94.74 at 2:37 p.m.", "about 1%", "US$5 HK$ €3 million £2bn ¥", "1,000.5.5",
		"less than three weeks after", "January 31, 2024 Feb. 30", "12:99 a.m. 25:00", "10-5%", "9999999999999999999",
		"1e308 trillion", "half a", "tens of", "a", "Jan.", "the last", "Office of the", "Mr. ", "'s", "U.S.",
		"AT&", "\xff\xfe $\xff1", "Ωmega 5\u00a0million", "President-elect", "-1", "٣ million", "$.5", "0,000",
		"$21MM", "$140-150MM", "21MM dollars", "$3.5mm", "a 5-million-dollar", "two-million-euro ($2.6-million)",
		"two-million", "fell below zero", "Section 12-3 of the game", "Kimani Vale, 16, was", "Ann Odell (48)",
		"Anthony Brisk III, 38,", "a 36-year-old Australian climber", "Vale, 0,", "Vale Vale, 119,",
	} {
		f.Add(s)
	}
}

// runeBounds marks the offsets where decoding text rune by rune stops; an
// invalid byte is a rune of its own.
func runeBounds(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		b[i] = true
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	b[len(text)] = true
	return b
}

// checkOffsets verifies what every mention promises about its position.
func checkOffsets(t *testing.T, text string, bounds []bool, m Mention) {
	t.Helper()
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		t.Fatalf("mention %+v out of range for %d bytes", m, len(text))
	}
	if !bounds[m.Start] || !bounds[m.End] {
		t.Fatalf("mention %q splits a rune at [%d, %d)", m.Text, m.Start, m.End)
	}
	if text[m.Start:m.End] != m.Text {
		t.Fatalf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
	}
}

func FuzzQuantities(f *testing.F) {
	fuzzSeeds(f)
	pub := time.Date(2017, 1, 9, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now() // a time bound per input: slower is a quadratic path
		defer func() {
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v on %d bytes", d, len(text))
			}
		}()
		bounds := runeBounds(text)
		for _, p := range []time.Time{pub, {}} {
			scanned, _ := Scan(text, p) // with ages read beside names
			for _, qs := range [][]Mention{Quantities(text, p), scanned} {
				checkQuantities(t, text, bounds, qs)
			}
		}
	})
}

// checkQuantities verifies what Quantities promises of each mention.
func checkQuantities(t *testing.T, text string, bounds []bool, qs []Mention) {
	t.Helper()
	end := 0
	for _, m := range qs {
		checkOffsets(t, text, bounds, m)
		if m.Start < end {
			t.Fatalf("mention %q overlaps the one before", m.Text)
		}
		end = m.End
		for _, x := range []float64{m.Value, m.Low, m.High} {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Fatalf("mention %q has a non-finite value: %+v", m.Text, m)
			}
		}
		if !(m.Low <= m.Value && m.Value <= m.High) {
			t.Fatalf("mention %q: not Low <= Value <= High: %+v", m.Text, m)
		}
		if !isQuantityKind(m.Kind) {
			t.Fatalf("mention %q has kind %q", m.Text, m.Kind)
		}
		if s, ok := CompareMentions(m, m); ok != (m.Unit != "relative") || ok && s != Shared {
			t.Fatalf("CompareMentions(m, m) = %q, %v for %+v", s, ok, m)
		}
	}
}

func FuzzNames(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now() // a time bound per input: slower is a quadratic path
		defer func() {
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v on %d bytes", d, len(text))
			}
		}()
		bounds := runeBounds(text)
		ms := Names(text)
		end := 0
		for _, m := range ms {
			checkOffsets(t, text, bounds, m)
			if m.Start < end {
				t.Fatalf("name %q overlaps the one before", m.Text)
			}
			end = m.End
			if !isNameKind(m.Kind) || m.Unit == "" {
				t.Fatalf("name %+v has kind %q, unit %q", m, m.Kind, m.Unit)
			}
			for _, a := range m.Aliases {
				if a == "" || a == m.Unit {
					t.Fatalf("name %+v has a useless alias %q", m, a)
				}
			}
			if !SameName(m, m) {
				t.Fatalf("SameName(m, m) = false for %+v", m)
			}
		}
		if len(ms) > 1 {
			SameName(ms[0], ms[len(ms)-1]) // must not panic
		}
	})
}
