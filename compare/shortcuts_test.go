package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/storydiff/storydiff/compare/align"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/internal/evaldata"
)

// sameJudgement compares docs twice, with alignment's shortcuts and with
// its plain one-to-many pass (every try in full and in its first order,
// no score or merge remembered, merges analysed from their joined text),
// and reports any difference in the groups, quotes or facts.
func sameJudgement(t *testing.T, name string, docs []*ingest.Document) {
	t.Helper()
	fast := Compare(docs, Options{})
	plain := Compare(docs, Options{align: align.Options{Plain: true}})
	for _, part := range []struct {
		what       string
		fast, slow any
	}{
		{"groups", fast.Groups, plain.Groups},
		{"quotes", fast.Quotes, plain.Quotes},
		{"facts", fast.Facts, plain.Facts},
		{"sentences", fast.Articles, plain.Articles},
	} {
		if !reflect.DeepEqual(part.fast, part.slow) {
			t.Errorf("%s: the %s differ from the plain pass's", name, part.what)
		}
	}
	if len(fast.Groups) == 0 {
		t.Errorf("%s: no groups: nothing was judged", name)
	}
}

// TestShortcutsChangeNoJudgement checks that what makes the one-to-many
// pass fast (merges read from their sentences' analyses, scores and merges
// kept, tries whose inputs did not change skipped, cheap conditions
// tested first) changes no group, quote or fact: on the demo, and when
// ../shared is present on the seed pair, the 84 PolNeAR texts compared
// together, every ECB+ topic whole and every BASIL event.
func TestShortcutsChangeNoJudgement(t *testing.T) {
	var demo []*ingest.Document
	paths, _ := filepath.Glob(filepath.Join(demoDir, "*.txt"))
	for _, p := range paths {
		demo = append(demo, readDoc(t, p))
	}
	sameJudgement(t, "demo", demo)

	seeds, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	if len(seeds) < 2 {
		t.Skipf("../shared not found beside the repository: checked the demo only")
	}
	var pair []*ingest.Document
	for _, p := range seeds {
		pair = append(pair, readDoc(t, p))
	}
	sameJudgement(t, "seed pair", pair)
	if testing.Short() {
		t.Skip("-short: the demo and the seed pair only")
	}
	sameJudgement(t, "84 PolNeAR texts", polnearTexts(t, 84))
	for _, tp := range loadECB(t) {
		sameJudgement(t, "ECB+ "+filepath.Base(tp.Dir), tp.docs)
	}
	events, err := evaldata.Basil(evalDir)
	if err != nil {
		t.Fatalf("BASIL: %v", err)
	}
	for _, ev := range events {
		var docs []*ingest.Document
		for _, a := range ev.Articles {
			d, err := ingest.Parse(a.File, a.Raw)
			if err != nil {
				t.Fatalf("%s/%s: %v", ev.Name, a.File, err)
			}
			docs = append(docs, d)
		}
		sameJudgement(t, fmt.Sprint("BASIL ", ev.Name), docs)
	}
}

func readDoc(t *testing.T, path string) *ingest.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.Parse(path, data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}
