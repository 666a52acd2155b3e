package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// spanningFixture is the fixture with Coastline's member of the mayor's
// "great day" (group 3) running over two paragraphs, ¶3 and ¶4, as the
// engine joins two one-sentence paragraphs: its ¶3 sentence leaves the
// jobs group (2) for it. The report's prominence names ¶3, the first, as
// the engine's does.
func spanningFixture(t *testing.T) *compare.Report {
	t.Helper()
	rep := loadFixture(t)
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
	if s := rep.Articles[coast].Sentences; s[3].Paragraph == s[4].Paragraph {
		t.Fatal("fixture: Coastline's sentences 3 and 4 share a paragraph")
	}
	return rep
}

// A member whose sentences run over two paragraphs is placed by both, not
// by its first alone, where the inspector heads it and where another
// fact's nearest line names it: "paragraph 3" sent the reader to a
// paragraph that holds half of it.
func TestMemberAcrossParagraphsIsPlacedByItsSpan(t *testing.T) {
	rep := spanningFixture(t)
	coast := rep.Articles[2].Label
	in := strings.Join(strings.Fields(screen(inspectGroup(t, rep, 3))), " ")
	if !strings.Contains(in, coast+" · paragraphs 3–4") {
		t.Errorf("the inspector does not place %s's member by both its paragraphs:\n%s", coast, in)
	}
	// The traffic group (4) lacks Meridian; its nearest sentence there is
	// Meridian's member of group 3, which Coastline shares over ¶3–4.
	first := rep.Groups[4].Members[0]
	setNearest(rep, first.Article, first.Sentences[0], 1, 3, 0.1)
	in = strings.Join(strings.Fields(screen(inspectGroup(t, rep, 4))), " ")
	if want := "with Harbor Herald ¶3, " + coast + " ¶3–4)"; !strings.Contains(in, want) {
		t.Errorf("the nearest line does not say %q:\n%s", want, in)
	}
}

// shortSpan keeps the paragraph sign on the last place after a role: a
// member from the lede into the next paragraph is "lede–¶2", not
// "lede–2", a range that reads as nothing.
func TestShortSpanFromTheLede(t *testing.T) {
	art := compare.Article{Sentences: []compare.Sentence{
		{Role: compare.RoleHeadline}, {Role: compare.RoleLede, Paragraph: 1}, {Role: compare.RoleBody, Paragraph: 2},
		{Role: compare.RoleBody, Paragraph: 3},
	}}
	for _, c := range []struct {
		sents []int
		want  string
	}{
		{[]int{1, 2}, "lede–¶3"},
		{[]int{2, 3}, "¶3–4"},
		{[]int{3}, "¶4"},
		{[]int{3, 9}, "¶4"}, // a sentence the article lacks is not placed
	} {
		if got := shortSpan(art, c.sents); got != c.want {
			t.Errorf("sentences %v: %q, want %q", c.sents, got, c.want)
		}
	}
}
