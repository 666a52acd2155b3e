package tui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// state is the part of the model navigation changes, for comparing.
type state struct {
	mode    mode
	aligned bool
	focus   int
	first   int
	scroll  int    // the aligned view's scroll, or the focused pane's
	item    string // kind and ordinal of the current item, "" when none
	filter  filter
}

func stateOf(m Model) state {
	s := state{mode: m.mode, aligned: m.aligned, focus: m.focus, first: m.first, scroll: m.scrollOf(m.focus), filter: m.filter}
	if m.cur >= 0 {
		it := m.ix.items[m.cur]
		s.item = fmt.Sprintf("%s %d", it.kind, it.ord)
	}
	return s
}

// Navigation is a pure function of (model, key) → model: each case starts
// from the same fresh model and checks the state its keys lead to.
func TestNavigation(t *testing.T) {
	rep := loadFixture(t)
	base := state{mode: modePanes, aligned: true}
	with := func(f func(*state)) state { s := base; f(&s); return s }
	cases := []struct {
		name string
		h    int // terminal height (width 80: two panes, Harbor Herald and Meridian Wire)
		keys []string
		want state
	}{
		{"j scrolls a line", 12, []string{"j"}, with(func(s *state) { s.scroll = 1 })},
		{"down arrow scrolls a line", 12, []string{"down", "down"}, with(func(s *state) { s.scroll = 2 })},
		{"k at the top stays", 12, []string{"k", "up"}, base},
		{"ctrl+d pages half a screen", 12, []string{"ctrl+d"}, with(func(s *state) { s.scroll = 3 })},
		{"pgdown twice", 12, []string{"pgdown", "pgdown"}, with(func(s *state) { s.scroll = 10 })},
		{"ctrl+u goes back half a screen", 12, []string{"pgdown", "pgdown", "ctrl+u"}, with(func(s *state) { s.scroll = 7 })},
		{"G goes to the bottom", 12, []string{"G"}, with(func(s *state) { s.scroll = 23 - 7 })}, // 23 lines, three of them apart lines (the jobs group's; the traffic group's, its other member not shown)
		{"g goes to the top", 12, []string{"G", "g"}, base},
		{"n visits the first item on screen", 24, []string{"n"}, with(func(s *state) { s.item = "shared 1" })},
		// Coastline Daily, the third article, is not shown at 80 columns:
		// n visits the items as the view draws them, and Coastline's
		// headline where the view would draw it with every article in a
		// pane, beside the Wire's related lede, and brings it into a pane.
		{"n n visits the item drawn next", 24, []string{"n", "n"}, with(func(s *state) { s.item = "related 1" })},
		{"n n n n shows the hidden article's headline", 24, []string{"n", "n", "n", "n"}, with(func(s *state) { s.item = "unique 1"; s.first = 1 })},
		{"n n n n n goes on from there", 24, []string{"n", "n", "n", "n", "n"}, with(func(s *state) { s.item = "shared 2"; s.first = 1 })},
		{"N goes back", 24, []string{"n", "n", "n", "n", "N"}, with(func(s *state) { s.item = "conflict 1"; s.first = 1 })},
		{"p pins, so n pages only the others", 24, []string{"p", "n", "n", "n", "n", "n"}, with(func(s *state) { s.item = "shared 2"; s.first = 1 })},
		// In the panes n paged to, n goes on as they draw the items: the
		// traffic group (related 2) is drawn under the Wire's shared 2.
		{"n scrolls to an item off screen", 12, []string{"n", "n", "n", "n", "n", "n"}, with(func(s *state) { s.item = "related 2"; s.first = 1; s.scroll = 9 })},
		{"t 5 n: only unique or variant quotes", 24, []string{"t", "5", "n"}, with(func(s *state) { s.item = "quote 1"; s.filter = filterOddQuotes })},
		{"t j j j j enter: the same from the menu", 24, []string{"t", "j", "j", "j", "j", "enter", "n"}, with(func(s *state) { s.item = "quote 1"; s.filter = filterOddQuotes })},
		{"conflicts only", 24, []string{"t", "6", "n", "n"}, with(func(s *state) { s.item = "conflict 1"; s.filter = filterConflicts })},
		{"t then esc keeps the filter", 24, []string{"t", "6", "t", "k", "esc"}, with(func(s *state) { s.filter = filterConflicts })},
		{"q closes the menu, not the program", 24, []string{"t", "q", "j"}, with(func(s *state) { s.scroll = 1 })},
		{"t 1 goes back to all", 24, []string{"t", "6", "t", "1"}, base},
		{"space pages as in less", 12, []string{"space"}, with(func(s *state) { s.scroll = 5 })},
		{"ctrl+f pages", 12, []string{"ctrl+f"}, with(func(s *state) { s.scroll = 5 })},
		{"b pages back", 12, []string{"space", "space", "b"}, with(func(s *state) { s.scroll = 5 })},
		{"ctrl+b pages back", 12, []string{"space", "ctrl+b"}, base},
		{"q closes the help", 24, []string{"?", "q"}, base},
		{"q closes the overview", 24, []string{"o", "q"}, base},
		{"q closes the inspector", 24, []string{"n", "enter", "q"}, with(func(s *state) { s.item = "shared 1" })},
		{"t 7 chooses the groups framed differently", 24, []string{"t", "7"}, with(func(s *state) { s.filter = filterFraming })},
		{"tab focuses the next pane", 24, []string{"tab"}, with(func(s *state) { s.focus = 1 })},
		{"tab wraps", 24, []string{"tab", "tab"}, base},
		{"shift+tab wraps back", 24, []string{"shift+tab"}, with(func(s *state) { s.focus = 1 })},
		{"] shows the next article", 24, []string{"]"}, with(func(s *state) { s.first = 1 })},
		{"] stops at the last article", 24, []string{"]", "]", "]"}, with(func(s *state) { s.first = 1 })},
		{"[ comes back", 24, []string{"]", "["}, base},
		{"v switches to the article view", 24, []string{"v"}, with(func(s *state) { s.aligned = false })},
		{"v v switches back", 24, []string{"v", "v"}, base},
		{"enter opens the inspector", 24, []string{"n", "enter"}, with(func(s *state) { s.mode = modeInspector; s.item = "shared 1" })},
		{"enter without an item takes the first on screen", 24, []string{"enter"}, with(func(s *state) { s.mode = modeInspector; s.item = "shared 1" })},
		{"esc leaves the inspector", 24, []string{"n", "enter", "esc"}, with(func(s *state) { s.item = "shared 1" })},
		{"n in the inspector moves on, as in the panes", 24, []string{"n", "enter", "n"}, with(func(s *state) { s.mode = modeInspector; s.item = "related 1" })},
		{"esc forgets the current item", 24, []string{"n", "esc"}, base},
		{"o opens the overview", 24, []string{"o"}, with(func(s *state) { s.mode = modeOverview })},
		{"enter in the overview jumps to the fact", 24, []string{"o", "j", "enter"}, with(func(s *state) { s.item = "related 1" })},
		{"? opens help, esc closes it", 24, []string{"?", "esc"}, base},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := press(newTestModel(t, rep, 80, c.h), c.keys...)
			if got := stateOf(m); got != c.want {
				t.Errorf("after %v:\n got %+v\nwant %+v", c.keys, got, c.want)
			}
		})
	}
}

func TestSearchHighlightsAndSteps(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	m = press(m, "/")
	m = typeText(m, "harbor")
	m = press(m, "enter")
	if m.query != "harbor" || len(m.hits) == 0 {
		t.Fatalf("query %q, %d matches", m.query, len(m.hits))
	}
	if v := m.View().Content; !strings.Contains(v, m.styles.Text[tsSearch].Render("harbor")) {
		t.Errorf("no highlighted hit in the screen")
	}
	if m.hit != 0 || !strings.Contains(m.View().Content, fmt.Sprintf("match 1 of %d", len(m.hits))) {
		t.Errorf("the search does not start at match 1 of %d: at %d", len(m.hits), m.hit)
	}
	first := m.curRow
	m = press(m, "n")
	if m.hit != 1 || m.curRow < first || !strings.Contains(m.View().Content, fmt.Sprintf("match 2 of %d", len(m.hits))) {
		t.Errorf("n after a search: match %d on row %d (was row %d)", m.hit+1, m.curRow, first)
	}
	m = press(m, "esc")
	if m.query != "" || strings.Contains(m.View().Content, m.styles.Text[tsSearch].Render("harbor")) {
		t.Errorf("esc does not clear the search")
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 12)
	m = send(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.scroll[0] != wheelLines {
		t.Errorf("wheel down: scroll %d, want %d", m.scroll[0], wheelLines)
	}
	m = send(m, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if m.scroll[0] != 0 {
		t.Errorf("wheel up: scroll %d, want 0", m.scroll[0])
	}
}

// The inspector shows every article's version, with the word diff against
// the reference, and r changes the reference.
func TestInspectorReference(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 100, 40)
	m = press(m, "n", "n", "enter") // the related group about jobs
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{"reference: Harbor Herald", "{+Officials claimed 450+}", "450 jobs", "conflict fact f1"} {
		if !strings.Contains(v, want) {
			t.Errorf("inspector lacks %q:\n%s", want, v)
		}
	}
	m = press(m, "r")
	v = ansi.Strip(m.View().Content)
	if !strings.Contains(v, "reference: Meridian Wire") || !strings.Contains(v, "[-Officials claimed 450-]") {
		t.Errorf("after r the reference is not Meridian Wire:\n%s", v)
	}
}

// With every article in a pane, n visits the items as the aligned view
// draws them, top to bottom, and N retraces them: where outlets order two
// facts differently, one group is drawn above where the rows' order would
// put it, and n must not skip it and come back to it later.
func TestNextFollowsTheScreenTopToBottom(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 120, 40) // all three articles
	var tops []int
	var seen []int
	for range len(m.ix.items) + 1 {
		m = press(m, "n")
		if slices.Contains(seen, m.cur) {
			break
		}
		seen = append(seen, m.cur)
		tops = append(tops, m.lay.rowTop[m.curRow])
	}
	if len(seen) != len(m.ix.items) {
		t.Errorf("n visited %d of %d items", len(seen), len(m.ix.items))
	}
	if !slices.IsSorted(tops) {
		t.Errorf("n visits lines %v, not top to bottom", tops)
	}
	for i := len(seen) - 2; i >= 0; i-- {
		m = press(m, "N")
		if m.cur != seen[i] {
			t.Fatalf("N from item %d went to item %d, want %d", seen[i+1], m.cur, seen[i])
		}
	}
}

// The status bar numbers the items in the order n visits them: "unique
// 3/26" is the third unique sentence n reached, not the third in the rows'
// order, which differs where outlets order facts differently.
func TestItemNumbersFollowN(t *testing.T) {
	reports := map[string]*compare.Report{"fixture": loadFixture(t), "demo": compareFiles(t, demoPaths(t)...)}
	if paths, err := filepath.Glob("../../shared/seeds/*.txt"); err == nil && len(paths) >= 2 {
		reports["seeds"] = compareFiles(t, paths...)
	}
	crossed := false
	for name, rep := range reports {
		m := newTestModel(t, rep, 160, 45)
		if len(m.lay.panes) < len(rep.Articles) {
			continue
		}
		next := map[string]int{}
		seen := map[int]bool{}
		for range len(m.ix.items) {
			m = press(m, "n")
			if seen[m.cur] {
				break
			}
			seen[m.cur] = true
			it := m.ix.items[m.cur]
			if it.kind == kindConflict {
				continue // a conflict shown on several rows keeps one number
			}
			kind := it.kind.String()
			next[kind]++
			want := fmt.Sprintf("%s %d/%d", kind, next[kind], m.ix.counts[it.kind])
			if v := ansi.Strip(m.View().Content); !strings.Contains(v, want) {
				t.Fatalf("%s: at the %d. %s n reached, the screen lacks %q:\n%s", name, next[kind], kind, want, v)
			}
			if it.ord != next[kind] {
				crossed = true
			}
		}
	}
	if !crossed {
		t.Error("in no report here did the rows' order and n's differ: the test cannot tell them apart")
	}
}

// n with a filter of a kind the articles have none of says there are
// none, not "no more groups hedged differently", which reads as though n
// had visited some.
func TestFilterWithNothingToVisitSaysNone(t *testing.T) {
	m := newTestModel(t, crossedReport(), 120, 30)
	m = press(m, "t", "8", "n")
	if m.note != "no groups hedged differently in these articles" {
		t.Errorf("n with the hedging filter and no such group: note %q", m.note)
	}
	if d := press(newTestModel(t, crossedReport(), 120, 30), "t", "2", "G", "n"); strings.Contains(d.note, "in these articles") {
		t.Errorf("n past the last group says there are none: %q", d.note)
	}
}
