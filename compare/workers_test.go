package compare

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestWorkersChangeNothing checks that a comparison run on the caller alone
// (what a small one does, see serialBelow) and one spread over several
// goroutines, alignment's included, write the same report, byte for byte:
// on the demo, the seed pair and 20 PolNeAR texts.
func TestWorkersChangeNothing(t *testing.T) {
	sets := map[string][]*ingest.Document{}
	paths, _ := filepath.Glob(filepath.Join(demoDir, "*.txt"))
	for _, p := range paths {
		sets["demo"] = append(sets["demo"], readDoc(t, p))
	}
	seeds, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	for _, p := range seeds {
		sets["seed pair"] = append(sets["seed pair"], readDoc(t, p))
	}
	if !testing.Short() {
		if names, _ := filepath.Glob(filepath.Join(sharedDir, "eval", "polnear", "text", "*.txt")); len(names) > 0 {
			sets["20 PolNeAR texts"] = polnearTexts(t, 20)
		}
	}
	for name, docs := range sets {
		var want []byte
		for _, workers := range []int{1, 3} {
			var buf bytes.Buffer
			if err := Compare(docs, Options{workers: workers}).WriteJSON(&buf, false); err != nil {
				t.Fatal(err)
			}
			if want == nil {
				want = buf.Bytes()
			} else if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s: %d workers write another report than one", name, workers)
			}
		}
	}
}

// TestSmallComparisonRunsAlone checks where serialBelow falls: two
// one-sentence articles run on the caller alone; the seed pair, two short
// news articles, and forty news articles run on every processor.
func TestSmallComparisonRunsAlone(t *testing.T) {
	var pair []*ingest.Document
	for i, text := range []string{
		"Flood barriers on the Vantry estuary failed early on Thursday, sending water into 340 homes in Ellsworth Cross.",
		"About 340 homes in Ellsworth Cross flooded on Thursday after barriers on the Vantry estuary gave way.",
	} {
		d, err := ingest.Parse(fmt.Sprintf("sentence%d.txt", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		pair = append(pair, d)
	}
	if w := workersFor(pair); w != 1 {
		t.Errorf("two one-sentence articles run on %d goroutines, want 1", w)
	}
	seeds, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	if len(seeds) < 2 {
		t.Skip("../shared not found beside the repository")
	}
	var seedPair []*ingest.Document
	for _, p := range seeds {
		seedPair = append(seedPair, readDoc(t, p))
	}
	if w := workersFor(seedPair); w != runtime.GOMAXPROCS(0) {
		t.Errorf("the seed pair runs on %d goroutines, want GOMAXPROCS (%d)", w, runtime.GOMAXPROCS(0))
	}
	if names, _ := filepath.Glob(filepath.Join(sharedDir, "eval", "polnear", "text", "*.txt")); len(names) < 40 {
		t.Skip("PolNeAR texts not found")
	}
	if w := workersFor(polnearTexts(t, 40)); w != runtime.GOMAXPROCS(0) {
		t.Errorf("40 PolNeAR texts run on %d goroutines, want GOMAXPROCS (%d)", w, runtime.GOMAXPROCS(0))
	}
}
