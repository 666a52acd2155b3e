package tui

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/review"
)

// S splits the focused pane's sentence off its group, marks it, keeps the
// correction in the session, and S on it again undoes it.
func TestSplitOffAGroup(t *testing.T) {
	rep := loadFixture(t)
	m := press(newReviewModel(t, rep, Review{}), "n", "n", "n", "n", "n", "tab") // the deal, shared by all three; the second pane focused
	it := m.ix.items[m.cur]
	if it.group < 0 || len(m.ix.rows[it.row].cells) < 2 {
		t.Fatalf("not on a group: %s", it.kind)
	}
	a := m.lay.panes[m.focus].article
	s := m.ix.rows[it.row].cells[a][0]
	groups := len(m.ix.rep.Groups[it.group].Members)
	m = press(m, "S")
	if cs := m.rv.sess.Corrections(); len(cs) != 1 || cs[0].Kind != review.Split {
		t.Fatalf("corrections after S: %+v", cs)
	}
	r := m.ix.rowOf(a, s)
	if m.ix.rows[r].group >= 0 || m.ix.corrected[sentRef{a, s}] != review.Split {
		t.Errorf("the sentence is still grouped, or not marked")
	}
	if m.ix.items[m.cur].kind != kindUnique || !strings.Contains(screen(m), markSplit) || !strings.Contains(screen(m), "split off") {
		t.Errorf("after S the current item is a %s; screen:\n%s", m.ix.items[m.cur].kind, screen(m))
	}
	for _, g := range m.ix.rep.Groups {
		if g.ID == rep.Groups[it.group].ID && len(g.Members) != groups-1 {
			t.Errorf("the group keeps %d members, want %d", len(g.Members), groups-1)
		}
	}
	if x := press(m, "x"); !strings.Contains(x.note, "no marks on an item your correction made") {
		t.Errorf("x on the split-off sentence says %q", x.note)
	}
	m = press(m, "S")
	if len(m.rv.sess.Corrections()) != 0 || m.ix.rows[m.ix.rowOf(a, s)].group < 0 || strings.Contains(screen(m), markSplit) {
		t.Errorf("S again does not undo the split")
	}
}

// J on a sentence only one article has lists the nearest sentences of the
// others; choosing one joins them into a group, marked; J again undoes it.
func TestJoinToAChosenSentence(t *testing.T) {
	rep := compareFiles(t, demoPaths(t)...)
	m := newReviewModel(t, rep, Review{})
	for range len(m.ix.items) {
		m = press(m, "n")
		if it := m.ix.items[m.cur]; it.kind == kindUnique && len(rep.Articles[it.article].Sentences[it.sentence].Nearest) > 0 {
			break
		}
	}
	it := m.ix.items[m.cur]
	from := sentRef{it.article, it.sentence}
	if it.kind != kindUnique {
		t.Fatal("the demo has no unique sentence with a near one")
	}
	m = press(m, "J")
	if !m.rv.pick.open || !strings.Contains(screen(m), "the same fact as…") {
		t.Fatalf("J opens no list:\n%s", screen(m))
	}
	to := m.rv.pick.cands[0]
	m = press(m, "1")
	r := m.ix.rowOf(from.article, from.sentence)
	if m.rv.pick.open || m.ix.rows[r].group < 0 || len(m.ix.rows[r].cells[to.article]) == 0 || m.ix.corrected[from] != review.Join {
		t.Fatalf("after choosing: row %d, group %d, corrections %+v", r, m.ix.rows[r].group, m.rv.sess.Corrections())
	}
	if !strings.Contains(screen(m), markJoined) {
		t.Errorf("the joined sentence is not marked:\n%s", screen(m))
	}
	m = press(m, "J")
	if len(m.rv.sess.Corrections()) != 0 || m.ix.rows[m.ix.rowOf(from.article, from.sentence)].group >= 0 {
		t.Errorf("J again does not undo the join")
	}
	// q closes the list without quitting.
	m = press(m, "J", "q")
	if m.rv.pick.open || len(m.rv.sess.Corrections()) != 0 {
		t.Errorf("q does not close the list")
	}
}
