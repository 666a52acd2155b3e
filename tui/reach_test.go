package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// With more articles than panes, n visits every item of every article,
// bringing each article into a pane when its item comes up, and the item
// it lands on is on screen.
func TestNextVisitsEveryArticle(t *testing.T) {
	for _, c := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		m := newTestModel(t, compareFiles(t, demoPaths(t)...), c.w, c.h)
		if m.paneCount() >= len(m.ix.rep.Articles) {
			t.Fatalf("%dx%d shows every article", c.w, c.h)
		}
		seen := map[int]bool{}
		for range len(m.ix.items) + 1 {
			m = press(m, "n")
			if m.cur < 0 {
				break
			}
			seen[m.cur] = true
			if r := m.ix.items[m.cur].row; !m.rowShown(r) || !m.onScreen(r) {
				t.Fatalf("%dx%d: n landed on %s %d, not on screen", c.w, c.h, m.ix.items[m.cur].kind, m.ix.items[m.cur].ord)
			}
		}
		if len(seen) != len(m.ix.items) {
			t.Errorf("%dx%d: n visits %d of %d items", c.w, c.h, len(seen), len(m.ix.items))
		}
		t.Logf("%dx%d: n visits %d of %d items", c.w, c.h, len(seen), len(m.ix.items))
	}
}

// reachState is what the reachability keys change.
type reachState struct {
	visible string // the articles in the panes, by index
	pin     int
	note    string // part of the status message
	match   string // "match i of n", "" without a search
}

func reachOf(m Model) reachState {
	s := reachState{visible: fmt.Sprint(m.visible()), pin: m.pin, note: joinNotes(m.note, m.paged)}
	if m.query != "" && m.hit >= 0 {
		s.match = fmt.Sprintf("match %d of %d", m.hit+1, len(m.hits))
	}
	return s
}

// The fixture has three articles; at 80 columns two are shown.
func TestReachingHiddenArticles(t *testing.T) {
	rep := loadFixture(t)
	search := func(q string) []string { return append(append([]string{"/"}, strings.Split(q, "")...), "enter") }
	cases := []struct {
		name string
		keys []string
		want reachState
	}{
		{"start", nil, reachState{visible: "[0 1]", pin: -1}},
		{"] pages", []string{"]"}, reachState{visible: "[1 2]", pin: -1}},
		{"p pins the focused article", []string{"p"}, reachState{visible: "[0 1]", pin: 0, note: "pinned Harbor Herald; [ and ] page the others beside it"}},
		{"] pages beside the pin", []string{"p", "]"}, reachState{visible: "[0 2]", pin: 0}},
		{"] stops at the last", []string{"p", "]", "]"}, reachState{visible: "[0 2]", pin: 0, note: "showing the last articles: [ pages back"}},
		{"pin the second pane", []string{"]", "tab", "p"}, reachState{visible: "[2 0]", pin: 2, note: "pinned Coastline Daily Evening Edition Online; [ and ] page the others beside it"}},
		{"p again unpins", []string{"p", "p"}, reachState{visible: "[0 1]", pin: -1, note: "unpinned Harbor Herald"}},
		// "residents" is only in Coastline Daily, the third article.
		{"search reaches a hidden article", search("residents"), reachState{visible: "[1 2]", pin: -1, note: "showing Coastline Daily Evening Edition Online", match: "match 1 of 1"}},
		{"search keeps the pin", append([]string{"p"}, search("residents")...), reachState{visible: "[0 2]", pin: 0, note: "showing Coastline Daily Evening Edition Online", match: "match 1 of 1"}},
		{"n on the only match says so", append(search("residents"), "n"), reachState{visible: "[1 2]", pin: -1, note: "the only match", match: "match 1 of 1"}},
		// "great day" is in Harbor Herald, Meridian Wire and Coastline Daily.
		{"matches in every article", search("great day"), reachState{visible: "[0 1]", pin: -1, match: "match 1 of 3"}},
		{"n n reaches the third article", append(search("great day"), "n", "n"), reachState{visible: "[1 2]", pin: -1, note: "showing Coastline Daily Evening Edition Online", match: "match 3 of 3"}},
		{"N from the first wraps to the last", append(search("great day"), "N"), reachState{visible: "[1 2]", pin: -1, note: "search wrapped to the last match; showing Coastline Daily Evening Edition Online", match: "match 3 of 3"}},
		{"no match", search("zebra"), reachState{visible: "[0 1]", pin: -1}}, // the bar's "/zebra: no matches" says it
		{"P 3 puts the third article in the second pane", []string{"tab", "P", "3"}, reachState{visible: "[0 2]", pin: 0, note: "showing Coastline Daily Evening Edition Online"}},
		{"P j enter does the same", []string{"tab", "P", "j", "enter"}, reachState{visible: "[0 2]", pin: 0, note: "showing Coastline Daily Evening Edition Online"}},
		{"P 2 in the first pane pins it", []string{"P", "2"}, reachState{visible: "[1 0]", pin: 1, note: "pinned Meridian Wire"}},
		{"q closes the list", []string{"P", "q", "]"}, reachState{visible: "[1 2]", pin: -1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := press(newTestModel(t, rep, 80, 24), c.keys...)
			if got := reachOf(m); got != c.want {
				t.Errorf("after %q:\n got %+v\nwant %+v", c.keys, got, c.want)
			}
			if c.want.match != "" && !strings.Contains(ansi.Strip(m.View().Content), c.want.match) {
				t.Errorf("the status bar lacks %q", c.want.match)
			}
		})
	}
}

// n after G or scrolling starts from what is on screen, not from an item
// chosen before and scrolled away from.
func TestNextStartsFromTheScreen(t *testing.T) {
	rep := compareFiles(t, seedPaths(t)...)
	m := press(newTestModel(t, rep, 120, 40), "n") // the first item, at the top
	first := m.cur
	m = press(m, "G")
	lo, hi := m.screenRows()
	n := press(m, "n")
	if n.cur <= first || n.ix.items[n.cur].row < lo {
		t.Errorf("n after G went to item %d on row %d; the screen shows rows %d–%d", n.cur, n.ix.items[n.cur].row, lo, hi)
	}
	p := press(m, "N")
	if r := p.ix.items[p.cur].row; !p.onScreen(r) || r < lo || r > hi {
		t.Errorf("N after G went to row %d, not the last on screen (%d–%d)", r, lo, hi)
	}
	// The last item on screen, then nothing later: N's neighbour.
	if i := slices.IndexFunc(p.ix.items[p.cur+1:], func(it item) bool { return p.onScreen(it.row) }); i >= 0 {
		t.Errorf("N after G skipped item %d, also on screen", p.cur+1+i)
	}
	s := press(newTestModel(t, rep, 120, 40), "n", "ctrl+d", "ctrl+d")
	lo, _ = s.screenRows()
	if s = press(s, "n"); s.ix.items[s.cur].row < lo {
		t.Errorf("n after paging went back to row %d above the screen (top row %d)", s.ix.items[s.cur].row, lo)
	}
}

// The overview lists, per article, the facts it leaves out; enter on one
// shows that fact in the panes, bringing in an article that carries it.
func TestOmissionsListJumps(t *testing.T) {
	m := press(newTestModel(t, loadFixture(t), 80, 24), "o")
	i := slices.IndexFunc(m.ov.plain, func(l string) bool { return strings.Contains(l, "✗ Port signs Blue Line deal") })
	if i < 0 {
		t.Fatalf("no omission of the headline listed for Coastline Daily:\n%s", strings.Join(m.ov.plain, "\n"))
	}
	if !slices.ContainsFunc(m.ov.plain[:i], func(l string) bool {
		return strings.Contains(l, "Coastline Daily Evening Edition Online leaves out 1 of 5 facts")
	}) {
		t.Errorf("the omission is not under Coastline Daily's heading")
	}
	for m.ov.cursor < i {
		m = press(m, "j")
	}
	m = press(m, "enter")
	if m.mode != modePanes || m.cur < 0 || m.ix.items[m.cur].kind != kindShared || !m.onScreen(m.curRow) {
		t.Errorf("enter on the omission: mode %d, item %d, row %d on screen %v", m.mode, m.cur, m.curRow, m.onScreen(m.curRow))
	}
}
