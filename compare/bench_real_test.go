package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// polnearTexts reads up to n of the PolNeAR article texts in
// ../shared/eval/polnear/text (news of the 2016 US election from many
// outlets and dates), in file-name order; it skips when they are absent.
func polnearTexts(tb testing.TB, n int) []*ingest.Document {
	tb.Helper()
	names, _ := filepath.Glob(filepath.Join(sharedDir, "eval", "polnear", "text", "*.txt"))
	if len(names) == 0 {
		tb.Skipf("PolNeAR texts not found under %s (they live in the shared folder beside the repository)", sharedDir)
	}
	if len(names) < n {
		tb.Skipf("want %d PolNeAR texts, found %d", n, len(names))
	}
	return parseFiles(tb, names[:n])
}

// parseFiles reads and parses the articles at paths, in order.
func parseFiles(tb testing.TB, paths []string) []*ingest.Document {
	tb.Helper()
	docs := make([]*ingest.Document, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := ingest.Parse(p, data)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkCompareReal runs the engine on real articles, 10 to 84 at a
// time. Real coverage leaves most sentences alone and most groups small,
// which the synthetic story does not, so this is where growth shows.
func BenchmarkCompareReal(b *testing.B) {
	for _, n := range []int{10, 20, 40, 84} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			docs := polnearTexts(b, n)
			b.ReportAllocs()
			for b.Loop() {
				Compare(docs, Options{})
			}
		})
	}
}

// BenchmarkCompareSeedPair runs the engine on the seed pair, two short
// news articles: the small comparison whose whole process the issue
// measures against dwdiff. Its allocations are fresh pages in a short run
// (no collection runs), each a page fault.
func BenchmarkCompareSeedPair(b *testing.B) {
	seeds, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	if len(seeds) < 2 {
		b.Skip("../shared not found beside the repository")
	}
	docs := parseFiles(b, seeds)
	b.ReportAllocs()
	for b.Loop() {
		Compare(docs, Options{})
	}
}
