package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// seedDir holds real articles shared by the team, outside the repository.
const seedDir = "/work/shared/seeds"

func TestSeedArticles(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no seed articles in %s", seedDir)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(path, data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Format != FormatText {
				t.Errorf("format = %q, want text", doc.Format)
			}
			if len(doc.Paragraphs) < 3 {
				t.Errorf("only %d paragraphs", len(doc.Paragraphs))
			}
			for _, p := range doc.Paragraphs {
				if r := firstUnsafe(p.Text); r >= 0 {
					t.Errorf("%U in %q", r, p.Text)
				}
			}
		})
	}
}
