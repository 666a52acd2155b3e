package compare

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/quote"
)

// BenchmarkExtractQuotesDemo measures quote extraction alone (every
// quotation of every demo article, with its speaker and the sentences the
// engine gives it), to be read against BenchmarkCompareDemo: issue 13 asks
// that it stay under a tenth of a comparison.
func BenchmarkExtractQuotesDemo(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(demoDir, "*.txt"))
	var arts []Article
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		d, err := ingest.Parse(n, data)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, buildArticle(d))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			spans := make([]quote.Span, len(a.Sentences))
			for i, s := range a.Sentences {
				spans[i] = quote.Span{Start: s.Start, End: s.End}
			}
			quote.Extract(a.Text, spans)
		}
	}
}
