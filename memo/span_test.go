package memo

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// A member whose sentences run over two paragraphs is placed by both in
// the memo, where its version is listed and where its wording is set
// against the reference's: the report's prominence names the first paragraph
// only, and the version's text holds both.
func TestMemberAcrossParagraphsIsPlacedByItsSpan(t *testing.T) {
	rep := fixture(t)
	const coast = 2
	jobs, day := &rep.Groups[2], &rep.Groups[3]
	jobs.Members = slices.DeleteFunc(jobs.Members, func(m compare.Member) bool { return m.Article == coast })
	jobs.Diff = slices.DeleteFunc(jobs.Diff, func(d compare.Diff) bool { return d.To == coast })
	for i, m := range day.Members {
		if m.Article == coast {
			day.Members[i].Sentences = []int{3, 4}
		}
	}
	for i, p := range day.Prominence {
		if p.Article == coast {
			day.Prominence[i] = compare.Position{Article: coast, Place: "paragraph 3", Paragraph: 2}
		}
	}
	rep.Articles[coast].Sentences[3].Group = &day.ID
	e, ok := Build(rep, nil, "").entry(day.ID)
	if !ok {
		t.Fatalf("no entry for group %s", day.ID)
	}
	for _, v := range e.Versions {
		if v.Label == rep.Articles[coast].Label && v.Place != "paragraphs 3–4" {
			t.Errorf("Coastline's version is placed %q, want paragraphs 3–4", v.Place)
		}
	}
	for _, format := range []string{"markdown", "html"} {
		var buf bytes.Buffer
		if err := Write(&buf, format, rep, nil, ""); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "paragraphs 3–4") {
			t.Errorf("the %s memo's wording does not place Coastline's member by both its paragraphs:\n%s", format, buf.String())
		}
	}
}
