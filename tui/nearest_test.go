package tui

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// setNearest makes sentence s of article b the nearest, at sim, in b to
// sentence from of article a.
func setNearest(rep *compare.Report, a, from, b, s int, sim float64) {
	ns := rep.Articles[a].Sentences[from].Nearest
	ns = slices.DeleteFunc(ns, func(n compare.Nearest) bool { return n.Article == b })
	rep.Articles[a].Sentences[from].Nearest = append(ns, compare.Nearest{Article: b, Sentence: s, Similarity: sim})
}

// inspectGroup opens the inspector on group gi.
func inspectGroup(t *testing.T, rep *compare.Report, gi int) Model {
	t.Helper()
	m := newTestModel(t, rep, 120, 100)
	m.cur = m.ix.groupItem(gi)
	m.curRow = m.ix.items[m.cur].row
	return m.openInspector()
}

// The inspector says "nothing aligned with this fact" of an article and shows its
// nearest sentence; when that scores above the group's own similarity
// (BASIL 2012-29ffd053: 0.38 against 0.19, review-r17 item 5), it says
// what the alignment made of the sentence and why the higher score did
// not join it, and enter goes to it.
func TestNearestAboveTheGroupSaysWhy(t *testing.T) {
	for _, tc := range []struct {
		name  string
		gi    int // the group inspected
		lacks int // the article not in it
		to    int // its nearest sentence, in the lacking article
		sim   float64
		what  string // what the line says of the nearest sentence
	}{
		// Coastline's headline is in no group.
		{name: "only its article has it", gi: 0, lacks: 2, to: 0, sim: 0.95,
			what: "aligned with nothing (only Coastline Daily Evening Edition Online has it)"},
		// Meridian's sentence 2 is its member of the deal's group (g2).
		{name: "in another group", gi: 4, lacks: 1, to: 2, sim: 0.61,
			what: "in another fact (shared, with Harbor Herald lede, Coastline Daily Evening Edition Online lede)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := loadFixture(t)
			g := rep.Groups[tc.gi]
			if slices.ContainsFunc(g.Members, func(m compare.Member) bool { return m.Article == tc.lacks }) || g.Similarity >= tc.sim {
				t.Fatalf("fixture: group %s has article %d or scores %.2f", g.ID, tc.lacks, g.Similarity)
			}
			first := g.Members[0]
			setNearest(rep, first.Article, first.Sentences[0], tc.lacks, tc.to, tc.sim)
			m := inspectGroup(t, rep, tc.gi)
			in := screen(m)
			label := rep.Articles[tc.lacks].Label
			_, part, ok := strings.Cut(in, label+" · nothing aligned with this fact")
			if !ok {
				t.Fatalf("the inspector does not say nothing of %s is aligned with the fact:\n%s", label, in)
			}
			part, _, _ = strings.Cut(part, "\n\n")
			flat := strings.Join(strings.Fields(part), " ")
			sim := strconv.FormatFloat(tc.sim, 'f', 2, 64)
			if !strings.Contains(flat, "similarity "+sim+"), "+tc.what) {
				t.Errorf("the nearest line does not say %q:\n%s", tc.what, part)
			}
			own := strconv.FormatFloat(g.Similarity, 'f', 2, 64)
			if !strings.Contains(flat, "above this fact's own "+own+", yet not joined") {
				t.Errorf("a nearest sentence at %s, above the group's %s, is shown without why it was not joined:\n%s", sim, own, part)
			}
			if !strings.Contains(flat, "enter: go there") {
				t.Errorf("the line does not say enter goes there:\n%s", part)
			}
			// enter opens the inspector on the nearest sentence's row.
			m = press(m, "enter")
			if m.mode != modeInspector || m.insp.row != m.ix.rowOf(tc.lacks, tc.to) {
				t.Errorf("enter: mode %v, row %d; want the inspector on row %d", m.mode, m.insp.row, m.ix.rowOf(tc.lacks, tc.to))
			}
		})
	}
}

// A nearest sentence that scores below the group's needs no excuse; the
// line still says where the sentence is.
func TestNearestBelowTheGroupIsPlain(t *testing.T) {
	rep := loadFixture(t)
	first := rep.Groups[4].Members[0]
	setNearest(rep, first.Article, first.Sentences[0], 1, 2, 0.1)
	in := screen(inspectGroup(t, rep, 4))
	if strings.Contains(in, "yet not joined") {
		t.Errorf("a nearest sentence below the group's similarity is explained away:\n%s", in)
	}
	if !strings.Contains(strings.Join(strings.Fields(in), " "), "similarity 0.10), in another fact") {
		t.Errorf("the nearest line does not say where the sentence is:\n%s", in)
	}
}
