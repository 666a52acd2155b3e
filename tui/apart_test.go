package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// paneText is pane p's lines from the top of its text, plain, trimmed.
func paneText(m Model, p int) []string {
	var out []string
	for i := range m.lay.total {
		out = append(out, strings.TrimSpace(ansi.Strip(m.lay.panes[p].line(i))))
	}
	return out
}

// lineAfter is the line after the last line of pane p's text that holds
// words, or "".
func lineAfter(lines []string, words string) string {
	for i, l := range lines {
		if strings.Contains(l, words) && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	return ""
}

// The fixture's Harbor Herald and Meridian Wire tell the jobs and the deal
// in opposite orders, so the aligned view lines up the deal and leaves the
// jobs group's members apart, each beside another sentence. Under each
// member a line says where the other is, in the direction it lies; a
// member lined up with its group (the deal) has none.
func TestApartMembersSayWhereTheOthersAre(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	herald, wire := paneText(m, 0), paneText(m, 1)
	if got := lineAfter(herald, "said."); got != "↑ Meridian Wire lede" { // "It will add 400 jobs, the mayor said."
		t.Errorf("under Harbor Herald's jobs sentence: %q, want the way to Meridian Wire's", got)
	}
	if got := lineAfter(wire, "follow."); got != "↓ Harbor Herald lede" { // "Officials claimed 450 jobs would follow."
		t.Errorf("under Meridian Wire's jobs sentence: %q, want the way to Harbor Herald's", got)
	}
	for _, l := range append(herald, wire...) {
		if strings.HasPrefix(l, "↓") || strings.HasPrefix(l, "↑") {
			continue
		}
		if strings.ContainsAny(l, "↑↓") {
			t.Errorf("an apart line is not on a line of its own: %q", l)
		}
	}
	if got := lineAfter(herald, "deal with Blue Line on Monday."); strings.ContainsAny(got, "↑↓") || strings.Contains(got, "not shown") {
		t.Errorf("the deal, lined up across the panes, has an apart line: %q", got)
	}
	// Harbor Herald's traffic sentence is alone in the panes: its group's
	// other member is in Coastline Daily, not shown. It says so, and so is
	// not taken for a sentence its outlet tells again.
	if got := lineAfter(herald, "Harbor Road."); !strings.HasPrefix(got, "Coastline") || !strings.HasSuffix(got, "lede (not shown)") {
		t.Errorf("under Harbor Herald's traffic sentence: %q, want where Coastline Daily has it", got)
	}
	// Three panes: the line names both others, and the third pane's member
	// points back at both.
	wide := newTestModel(t, loadFixture(t), 120, 40)
	if got := lineAfter(paneText(wide, 1), "follow."); got != "↓ Harbor… lede · ↓ Coastline… ¶3" {
		t.Errorf("at 120 columns under Meridian Wire's jobs sentence: %q", got)
	}
}

// When the current group's other member is off screen, the status bar
// says where, and % goes to it (focusing its pane) and back.
func TestPercentGoesToTheOtherMember(t *testing.T) {
	rep := loadFixture(t)
	m := newTestModel(t, rep, 80, 12)
	jobs := m.ix.groupItem(2)
	m = m.moveTo(jobs, m.ix.items[jobs].row)
	herald, wire := m.lay.memberTop(m.ix, 0, m.curRow), m.lay.memberTop(m.ix, 1, m.curRow)
	wireEnd := wire + m.lay.panes[1].sentH[m.ix.rows[m.curRow].cells[1][0]]
	for m.scroll[0] < wireEnd { // Harbor Herald's member on screen, Meridian Wire's above it
		m = press(m, "j")
	}
	if !(wire < m.scroll[0] && herald >= m.scroll[0]) {
		t.Fatalf("set-up: Meridian Wire's member at line %d, Harbor Herald's at %d, screen from %d", wire, herald, m.scroll[0])
	}
	if bar := ansi.Strip(m.statusView()); !strings.Contains(bar, "related 1/2 · ↑ lede") && !strings.Contains(bar, "lede above") {
		t.Errorf("the status bar does not say where the member off screen is: %q", bar)
	}
	to := press(m, "%")
	if to.focus != 1 || to.cur != jobs || wire < to.scroll[0] || wire >= to.scroll[0]+to.bodyHeight() {
		t.Errorf("%% went to pane %d, item %d, screen from %d; want pane 1, item %d, line %d on screen", to.focus, to.cur, to.scroll[0], jobs, wire)
	}
	// Coastline Daily, not shown, has one too: % pages it in, then comes
	// back round to Harbor Herald.
	third := press(to, "%")
	if a := third.lay.panes[third.focus].article; a != 2 || third.cur != jobs || !third.onScreen(third.curRow) {
		t.Errorf("%% again went to article %d (item %d); want Coastline Daily's member", a, third.cur)
	}
	back := press(third, "%")
	if a := back.lay.panes[back.focus].article; a != 0 {
		t.Errorf("%% a third time went to article %d, want Harbor Herald", a)
	}
	if u := press(m, "n", "%"); u.note == "" || !strings.Contains(u.note, "only") {
		if it := u.ix.items[u.cur]; it.group < 0 && u.ix.rows[it.row].group < 0 {
			t.Errorf("%% on an item only one article has: %q", u.note)
		}
	}
}

// An n or a search step that brings another article into a pane says so
// beside the item it lands on, not in its place: the editor sees which
// item x and f will mark.
func TestPagingStepsKeepTheItem(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	paged := 0
	for range len(m.ix.items) {
		m = press(m, "n")
		if m.paged == "" {
			continue
		}
		paged++
		if bar := ansi.Strip(m.statusView()); !strings.Contains(bar, m.itemName(m.cur)) || !strings.Contains(bar, "showing ") {
			t.Errorf("n brought %q in; the bar lacks the item %q or says nothing: %q", m.paged, m.itemName(m.cur), bar)
		}
	}
	if paged == 0 {
		t.Fatal("n never brought an article into a pane")
	}
	s := press(typeText(press(newTestModel(t, loadFixture(t), 80, 24), "/"), "great day"), "enter", "n", "n")
	if bar := ansi.Strip(s.statusView()); s.paged == "" || !strings.Contains(bar, "match 3 of 3") || !strings.Contains(bar, s.itemName(s.cur)) {
		t.Errorf("the search step that brings Coastline Daily in: %q", bar)
	}
}

// A search with one match, above the screen, goes to it without saying
// it wrapped; n on it says it is the only one.
func TestOneMatchIsNoWrap(t *testing.T) {
	m := press(newTestModel(t, loadFixture(t), 80, 12), "G")
	m = press(typeText(press(m, "/"), "port signs"), "enter")
	if len(m.hits) != 1 || m.hit != 0 {
		t.Fatalf("set-up: %d matches, at %d", len(m.hits), m.hit)
	}
	if strings.Contains(m.note, "wrapped") {
		t.Errorf("the first search says %q", m.note)
	}
	if n := press(m, "n"); n.note != onlyMatch {
		t.Errorf("n on the only match says %q", n.note)
	}
}

// Reopening a session left on an item of an article that had to be paged
// in says where the editor is ("back where you left off: …"), not only
// which article it showed, and without brackets in brackets ("(quote 1/2
// (shared))").
func TestResumeAfterPagingSaysWhere(t *testing.T) {
	rep := loadFixture(t)
	first := newReviewModel(t, rep, Review{})
	if first.paneCount() >= len(rep.Articles) {
		t.Fatal("set-up: every article is shown")
	}
	for range len(first.ix.items) {
		first = press(first, "n")
		if first.cur >= 0 && !first.shown(0) {
			break // on an item of the articles paged in
		}
	}
	if first.shown(0) {
		t.Fatal("set-up: n never paged the first article out")
	}
	first = press(first, "x")
	again, _ := reopen(t, first, rep)
	want := "back where you left off: " + again.itemStatus()
	if again.cur != first.cur || !strings.Contains(ansi.Strip(again.statusView()), want) {
		t.Errorf("resumed at item %d (left at %d); the bar: %q, want %q", again.cur, first.cur, ansi.Strip(again.statusView()), want)
	}
}

// Members that each open the same block between anchors start on one line
// in every pane: lined up, they need no apart line, though no anchor chain
// holds their row (the rows' order may follow an article not shown). Those
// in different blocks, or alone in the panes, need one.
func TestApartRowsSkipsMembersSideBySide(t *testing.T) {
	cells := func(a, b []int) [][]int { return [][]int{a, b, {0}} }
	ix := &index{rows: []row{
		{group: 0, cells: cells([]int{0}, []int{0})},          // both open block 0
		{group: 1, cells: cells([]int{1}, []int{2})},          // the anchor
		{group: 2, cells: cells([]int{2}, []int{1})},          // block 1 in one pane, block 0 in the other
		{group: 3, cells: cells([]int{3}, nil)},               // alone in the panes: the third article has the other member
		{group: -1, cells: cells(nil, []int{3}), related: -1}, // a unique sentence
	}}
	l := &layout{panes: []pane{{article: 0}, {article: 1}}}
	blocks := [][][]int{{{0}, {0, 1}}, {{2, 3}, {3}}}
	got := l.apartRows(ix, map[int]bool{1: true}, blocks)
	want := map[int]bool{2: true, 3: true}
	if len(got) != len(want) || !got[2] || !got[3] {
		t.Errorf("apart rows %v, want %v", got, want)
	}
}

// A member alone in the panes names at most two articles not shown; more
// are counted, so a story told by many outlets draws no column of names.
func TestApartLineCountsManyHiddenArticles(t *testing.T) {
	rep := &compare.Report{Version: compare.ReportVersion}
	g := compare.Group{ID: "g1", Kind: compare.KindShared}
	for a := range 5 {
		s := compare.Sentence{Text: "The port signed the lease on Monday.", Role: compare.RoleBody}
		other := compare.Sentence{Text: "Something only this outlet says.", Role: compare.RoleBody, Paragraph: 1}
		rep.Articles = append(rep.Articles, compare.Article{Label: string(rune('A'+a)) + " Post", Sentences: []compare.Sentence{s, other}})
		if a != 1 {
			g.Members = append(g.Members, compare.Member{Article: a, Sentences: []int{0}})
		}
	}
	rep.Groups = []compare.Group{g}
	ix := newIndex(rep)
	st := DefaultStyles(true)
	l := buildLayout(ix, layoutSpec{aligned: true, visible: []int{0, 1}, widths: []int{40, 39}}, &st)
	if got := l.panes[0].apart[0]; len(got) != 1 || got[0] != "3 articles not shown" {
		t.Errorf("under A Post's member, alone in the panes: %q", got)
	}
	rep.Groups[0].Members = rep.Groups[0].Members[:3] // A, C and D: two not shown
	ix = newIndex(rep)
	l = buildLayout(ix, layoutSpec{aligned: true, visible: []int{0, 1}, widths: []int{40, 39}}, &st)
	if got := strings.Join(l.panes[0].apart[0], " | "); !strings.Contains(got, "C Post ¶1 (not shown)") || !strings.Contains(got, "D Post ¶1 (not shown)") {
		t.Errorf("under A Post's member, with two others not shown: %q", got)
	}
}

// An apart line speaks of the member above it: while a line of the
// member's text is on screen it is drawn under it, and once the text has
// scrolled off the top it is not drawn alone there, where it would read as
// a line about the sentence below (review-r19: "hpo.txt ¶8 (not shown)"
// alone at the top of Fox's pane after G).
func TestApartLineLeavesWithItsSentence(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 12)
	pn := &m.lay.panes[0]
	s := -1
	for i := range pn.sentTop {
		if len(pn.apart[i]) > 0 && strings.Contains(m.ix.rep.Articles[pn.article].Sentences[i].Text, "400 jobs") {
			s = i
		}
	}
	if s < 0 {
		t.Fatal("set-up: Harbor Herald's jobs sentence has no apart line")
	}
	note := pn.sentTop[s] + pn.sentH[s] - len(pn.apart[s]) // the apart line's line in the pane
	top := func(m Model) string {                          // pane 0's first line on screen
		body := strings.Split(ansi.Strip(m.View().Content), "\n")[headerHeight]
		return strings.TrimSpace(strings.SplitN(body, "│", 2)[0])
	}
	second := func(m Model) string {
		body := strings.Split(ansi.Strip(m.View().Content), "\n")[headerHeight+1]
		return strings.TrimSpace(strings.SplitN(body, "│", 2)[0])
	}
	for range note - 1 {
		m = press(m, "j")
	}
	if m.scroll[0] != note-1 {
		t.Fatalf("set-up: j scrolled to line %d, want %d", m.scroll[0], note-1)
	}
	if got := second(m); got != "↑ Meridian Wire lede" {
		t.Errorf("with the member's last line at the top, the line under it is %q, want its apart line", got)
	}
	m = press(m, "j")
	if got := top(m); got != "" {
		t.Errorf("with the member scrolled off, the top of Harbor Herald's pane is %q, want it blank", got)
	}
	checkGolden(t, "apart-scrolled-80x12", ansi.Strip(m.View().Content))
	// With the jobs group current, neither member's text is on screen: the
	// status bar does not speak as if Harbor Herald's were, pointing to
	// Meridian Wire's "above" it.
	jobs := m.ix.groupItem(2)
	cur := m
	cur.cur, cur.curRow = jobs, m.ix.items[jobs].row
	if f := cur.apartStatus(); f != nil {
		t.Errorf("the status bar names members off screen as if one were on it: %q", f[0])
	}
	if got := top(press(m, "k")); got == "" {
		t.Errorf("k back: the member's last line is not at the top")
	}
}

// Reopening a session left with other articles paged in shows those
// articles again: the item at the top of the screen is in them too, and
// paging back to its first article (with "showing …") put the editor
// somewhere else than where they left. With no current item the note said
// "back where you left off: n: next item".
func TestResumeKeepsThePagedArticles(t *testing.T) {
	rep := loadFixture(t)
	first := newReviewModel(t, rep, Review{})
	if first.paneCount() >= len(rep.Articles) {
		t.Fatal("set-up: every article is shown")
	}
	first = press(first, "]", "j")
	again, f := reopen(t, first, rep)
	if f.Place == nil || f.Place.First == "" {
		t.Fatalf("set-up: no place saved: %+v", f.Place)
	}
	if got, want := fmt.Sprint(again.visible()), fmt.Sprint(first.visible()); got != want {
		t.Errorf("resumed showing articles %s, left showing %s (note %q)", got, want, joinNotes(again.note, again.paged))
	}
	// With no item chosen the note says no more than that.
	if note := joinNotes(again.note, again.paged); note != "back where you left off" {
		t.Errorf("resumed with the note %q, want %q", note, "back where you left off")
	}
}
