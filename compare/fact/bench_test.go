package fact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// article1000 returns the first 1,000 words of the seed articles, as
// written (paragraphs and all), starting over when they run out. It skips
// the benchmark when the seeds are absent.
func article1000(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	var all strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(data)
		all.WriteString("\n\n")
	}
	text := all.String()
	if len(strings.Fields(text)) == 0 {
		b.Skip("no seed articles in " + seedDir)
	}
	for len(strings.Fields(text)) < 1000 {
		text += text
	}
	words, inWord := 0, false
	for i, r := range text {
		if isSpace := strings.ContainsRune(" \t\r\n", r); isSpace && inWord {
			if words++; words == 1000 {
				return text[:i]
			}
			inWord = false
		} else if !isSpace {
			inWord = true
		}
	}
	return text
}

// BenchmarkFacts measures Quantities and Names together on a 1,000-word
// article; the target is 0.3 ms per op.
func BenchmarkFacts(b *testing.B) {
	text := article1000(b)
	pub := time.Date(2017, 1, 9, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Quantities(text, pub)
		Names(text)
	}
}

func BenchmarkQuantities(b *testing.B) {
	text := article1000(b)
	pub := time.Date(2017, 1, 9, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		Quantities(text, pub)
	}
}

func BenchmarkNames(b *testing.B) {
	text := article1000(b)
	b.ReportAllocs()
	for b.Loop() {
		Names(text)
	}
}
