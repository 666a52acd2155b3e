package memo

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/review"
)

// The Gazette prints the mayor's three remarks as one sentence (¶3),
// grouped with the Courier's first; the Courier and the Post print her
// last remark apart, so the Gazette carries that fact's words within its
// ¶3 (Group.Within) and has no member in it. The memo's coverage table
// says the Gazette leaves out nothing; the line under it must then count
// that fact among those all three report, and a flagged entry for the
// fact must show where the Gazette carries it, not leave it out.
func TestMemoCountsAFactCarriedWithin(t *testing.T) {
	var docs []*ingest.Document
	for _, f := range []struct{ name, text string }{
		{"gazette.txt", "Brandt pledges new north pier for Calloway harbour\n\n" +
			"Calloway mayor Odile Brandt promised on Tuesday to rebuild the storm-wrecked north pier before the winter gales return.\n\n" +
			`"I will not let this harbour lose another season to the sea. We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet," Brandt told reporters on the quay.` + "\n"},
		{"courier.txt", "Calloway to rebuild its storm-wrecked pier\n\n" +
			"Mayor Odile Brandt said on Tuesday that the town would rebuild the north pier, which the March storm destroyed.\n\n" +
			`"I will not let this harbour lose another season to the sea," Brandt said. "We will rebuild the north pier before winter, stone by stone."` + "\n\n" +
			"Engineers from the county council put the cost of the work at four million euros.\n\n" +
			`"And we will pay for it without a single new tax on the fishing fleet," she added.` + "\n"},
		{"post.txt", "Mayor vows pier rebuild, no new tax\n\n" +
			"The mayor of Calloway has vowed to rebuild the harbour's north pier within the year.\n\n" +
			`Brandt was blunt: "We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet."` + "\n"},
	} {
		d, err := ingest.Parse(f.name, []byte(f.text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = f.name
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	gi := slices.IndexFunc(rep.Groups, func(g compare.Group) bool {
		return slices.ContainsFunc(g.Within, func(m compare.Member) bool { return m.Article == 0 })
	})
	if gi < 0 {
		t.Fatal("no group the Gazette carries within another fact: the fixture no longer shows the case")
	}
	id := rep.Groups[gi].ID
	s := review.New(rep, nil)
	s.ToggleFlagged(id)
	var buf bytes.Buffer
	if err := Build(rep, s, "").Write(&buf, "markdown"); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	if !strings.Contains(md, "| gazette.txt | Brandt pledges new north pier for Calloway harbour | 1 | 2 | 0 | 0% | 0 of 4 |") {
		t.Fatalf("the coverage table no longer says the Gazette leaves out 0 of 4:\n%s", md)
	}
	if !strings.Contains(md, "4 facts are reported by two or more articles; 4 by all 3.") {
		t.Errorf("the line under the coverage table does not count the fact the Gazette carries within its ¶3 as reported by all 3:\n%s", md)
	}
	_, flagged, _ := strings.Cut(md, "`"+id+"`")
	flagged, _, _ = strings.Cut(flagged, "\n## ")
	if !strings.Contains(flagged, "**gazette.txt** (paragraph 3 · "+withinNote+"): \"I will not let this harbour") {
		t.Errorf("the flagged fact's entry does not show where the Gazette carries it:\n%s", flagged)
	}
}
