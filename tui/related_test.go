package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// A related sentence (a second sentence of an article that reports a
// group's fact again) is drawn as its group is (═ here: the summary counts
// it shared), is no unique item, and the group's inspector lists it.
func TestRelatedSentenceShowsWithItsGroup(t *testing.T) {
	rep := loadFixture(t)
	deal := &rep.Groups[1] // the $1.2 billion deal
	id := deal.ID
	deal.Related = []compare.Member{{Article: 1, Sentences: []int{4}}}
	rep.Articles[1].Sentences[4].Group = &id
	m := newTestModel(t, rep, 100, 40)
	for _, it := range m.ix.items {
		if it.kind == kindUnique && it.article == 1 && it.sentence == 4 {
			t.Errorf("the related sentence is a unique item")
		}
	}
	st := DefaultStyles(true)
	if deal.Kind != compare.KindShared {
		t.Fatalf("the deal is %s, not shared", deal.Kind)
	}
	if lk := m.ix.look(1, 4, &st, "", nil); ansi.Strip(lk.kind) != markShared {
		t.Errorf("related sentence of a shared group drawn %q, want %q", ansi.Strip(lk.kind), markShared)
	}
	m = press(m, "n", "n", "n", "n", "n", "enter") // the deal
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Meridian Wire · again, related · paragraph 3") || !strings.Contains(v, "The contract runs for ten years") {
		t.Errorf("the deal's inspector does not list the related sentence:\n%s", v)
	}
}

// relatedModel is the fixture with a related sentence of the deal, the
// cursor on it (found by search), in a review session.
func relatedModel(t *testing.T) (Model, *compare.Report) {
	t.Helper()
	rep := loadFixture(t)
	deal := &rep.Groups[1]
	id := deal.ID
	deal.Related = []compare.Member{{Article: 1, Sentences: []int{4}}}
	rep.Articles[1].Sentences[4].Group = &id
	m := newReviewModel(t, rep, Review{})
	m = press(m, "/")
	m = typeText(m, "ten years")
	m = press(m, "enter")
	if m.curRow != m.ix.rowOf(1, 4) {
		t.Fatalf("search did not land on the related sentence: row %d, want %d", m.curRow, m.ix.rowOf(1, 4))
	}
	return m, rep
}

// On a related sentence, enter opens its group's inspector, not "only X
// says this"; x and f there and in the panes mark the group, and the
// sentence's gutter carries the group's marks. The group's status names
// where its fact is told again.
func TestRelatedSentenceOpensItsGroup(t *testing.T) {
	m, rep := relatedModel(t)
	if s := m.itemStatus(); !strings.Contains(s, "again, related") || !strings.Contains(s, "shared") {
		t.Errorf("status on the related sentence: %q", s)
	}
	m = press(m, "enter")
	v := screen(m)
	if strings.Contains(v, "only Meridian Wire says this") || !strings.Contains(v, "The contract runs for ten years") {
		t.Fatalf("the inspector on a related sentence:\n%s", v)
	}
	if m.insp.cur != m.ix.groupItem(1) || !strings.Contains(m.statusView(), "shared") {
		t.Errorf("the inspector is not the deal's: item %d, status %q", m.insp.cur, ansi.Strip(m.statusView()))
	}
	if m.currentID() != rep.Groups[1].ID {
		t.Fatalf("the inspector's item is %q, want the deal %q", m.currentID(), rep.Groups[1].ID)
	}
	m = press(m, "f")
	if !m.rv.sess.Mark(rep.Groups[1].ID).Flagged {
		t.Fatalf("f in the inspector did not flag the group: %q", m.note)
	}
	m = press(m, "q", "x")
	if !m.rv.sess.Mark(rep.Groups[1].ID).Reviewed {
		t.Errorf("x on the related sentence in the panes did not mark its group: %q", m.note)
	}
	if g := ansi.Strip(m.rv.glyphs[sentRef{1, 4}]); !strings.Contains(g, markFlagged) {
		t.Errorf("the related sentence's gutter is %q, want the group's %s", g, markFlagged)
	}
	m = press(m, "esc") // n steps through items again, not matches
	if i := m.ix.groupItem(1); i >= 0 {
		m = m.moveTo(i, m.ix.items[i].row)
	}
	if s := m.itemStatus(); !strings.Contains(s, "+1 again in Meridian Wire ¶3") {
		t.Errorf("the deal's status does not point at its related sentence: %q", s)
	}
}

// J on a related sentence makes it its article's member of the group (the
// old member becomes related); J again undoes it. S on a related sentence
// takes it alone out of the group.
func TestCorrectRelatedSentence(t *testing.T) {
	m, rep := relatedModel(t)
	old := rep.Groups[1].Members[1]
	if old.Article != 1 {
		t.Fatalf("the deal's second member is article %d", old.Article)
	}
	j := press(m, "J")
	if cs := j.rv.sess.Corrections(); len(cs) != 1 || cs[0].Kind != review.Join {
		t.Fatalf("J on a related sentence: %q, corrections %+v", j.note, cs)
	}
	g := j.ix.rep.Groups[1]
	if r := j.ix.rowOf(1, 4); j.ix.rows[r].group != 1 || len(g.Related) != 1 || g.Related[0].Sentences[0] != old.Sentences[0] {
		t.Errorf("after J the deal is %+v, related %+v", g.Members, g.Related)
	}
	if !strings.Contains(screen(j), markJoined) {
		t.Errorf("the promoted sentence is not marked %s", markJoined)
	}
	j = press(j, "J")
	if len(j.rv.sess.Corrections()) != 0 || j.ix.rep.Groups[1].Related[0].Sentences[0] != 4 {
		t.Errorf("J again does not undo: %+v", j.rv.sess.Corrections())
	}
	s := press(m, "S")
	if cs := s.rv.sess.Corrections(); len(cs) != 1 || cs[0].Kind != review.Split {
		t.Fatalf("S on a related sentence: %q, corrections %+v", s.note, cs)
	}
	if g := s.ix.rep.Groups[1]; len(g.Related) != 0 || len(g.Members) != len(rep.Groups[1].Members) || s.ix.rows[s.ix.rowOf(1, 4)].related >= 0 {
		t.Errorf("after S on the related sentence the deal is %+v, related %+v", g.Members, g.Related)
	}
	s = press(s, "S")
	if len(s.rv.sess.Corrections()) != 0 {
		t.Errorf("S again does not undo")
	}
}
