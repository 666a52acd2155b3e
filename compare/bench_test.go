package compare

import (
	"path/filepath"
	"testing"

	"github.com/storydiff/storydiff/compare/synthetic"
)

func benchmarkCompare(b *testing.B, n, words int) {
	docs := synthetic.Story(n, words, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Compare(docs, Options{})
	}
}

func BenchmarkCompare2x1000(b *testing.B)   { benchmarkCompare(b, 2, 1000) }
func BenchmarkCompare10x2000(b *testing.B)  { benchmarkCompare(b, 10, 2000) }
func BenchmarkCompare50x1000(b *testing.B)  { benchmarkCompare(b, 50, 1000) }
func BenchmarkCompare100x1000(b *testing.B) { benchmarkCompare(b, 100, 1000) }
func BenchmarkCompare200x1000(b *testing.B) { benchmarkCompare(b, 200, 1000) }

// BenchmarkCompareDemo runs on the bundled demo: four articles dense in
// quotes, figures and framing, where those stages cost most.
func BenchmarkCompareDemo(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(demoDir, "*.txt"))
	docs := parseFiles(b, names)
	b.ReportAllocs()
	for b.Loop() {
		Compare(docs, Options{})
	}
}
