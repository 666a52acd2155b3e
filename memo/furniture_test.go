package memo

import (
	"bytes"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// The memo's coverage says what page furniture was left out of the
// articles' text (the link lists and asides the text report and the
// overview count), naming only the articles that had any, in Markdown and
// in HTML; with nothing left out it says nothing of it.
func TestMemoSaysWhatFurnitureWasLeftOut(t *testing.T) {
	rep := fixture(t)
	rep.Articles[0].LeftOut = compare.LeftOut{LinkLists: 2, Asides: 1}
	rep.Articles[2].LeftOut = compare.LeftOut{LinkLists: 1}
	want := "Page furniture left out: " + rep.Articles[0].Label + " (2 link lists, 1 aside), " + rep.Articles[2].Label + " (1 link list)."
	for _, c := range []struct{ format, golden, coverage, next string }{
		{"markdown", "testdata/memo-furniture.md", "## Coverage", "\n## "},
		{"html", "testdata/memo-furniture.html", "<h2>Coverage</h2>", "<h2"},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, c.format, rep, nil, ""); err != nil {
			t.Fatal(err)
		}
		golden(t, c.golden, buf.Bytes())
		s := buf.String()
		_, cov, ok := strings.Cut(s, c.coverage)
		if !ok {
			t.Fatalf("%s memo has no coverage section", c.format)
		}
		cov, _, _ = strings.Cut(cov, c.next)
		if strings.Count(cov, want) != 1 || strings.Count(s, "Page furniture") != 1 {
			t.Errorf("%s memo's coverage does not say once %q:\n%s", c.format, want, cov)
		}
		if strings.Contains(cov, rep.Articles[1].Label+" (") {
			t.Errorf("%s memo names %s, which had nothing left out", c.format, rep.Articles[1].Label)
		}
	}
	for _, format := range []string{"markdown", "html"} {
		var buf bytes.Buffer
		if err := Write(&buf, format, fixture(t), nil, ""); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "furniture") {
			t.Errorf("%s memo of articles with nothing left out speaks of page furniture", format)
		}
	}
}
