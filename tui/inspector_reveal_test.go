package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Opened on a conflict or a quote, the inspector shows the item's own
// block, which comes after the group's versions: on a big group at 80x24
// a conflict's figures were 37 lines down, off the screen (review-r20).
func TestInspectorOpensOnItsBlock(t *testing.T) {
	rep := compareFiles(t, demoPaths(t)...)
	m := newTestModel(t, rep, 80, 24)
	seen := map[itemKind]bool{}
	for i, it := range m.ix.items {
		var head string
		switch {
		case it.fact >= 0:
			head = " fact " + rep.Facts[it.fact].ID + " ("
		case it.quote >= 0:
			head = " quote " + rep.Quotes[it.quote].ID
		default:
			continue
		}
		mm := m
		mm = goTo(mm, i)
		mm = mm.openInspector()
		if v := ansi.Strip(mm.View().Content); !strings.Contains(v, head) {
			t.Errorf("%s %d: the inspector does not show %q on opening:\n%s", it.kind, it.ord, head, v)
		}
		seen[it.kind] = true
	}
	if !seen[kindConflict] || !seen[kindQuote] {
		t.Fatalf("the demo has no conflict or no quote item (%v): the test checks nothing", seen)
	}
}

// goTo makes item i current as n does: its article brought into a pane,
// its row on screen.
func goTo(m Model, i int) Model {
	it := m.ix.items[i]
	if !m.rowShown(it.row) {
		m = m.show(it.article)
	}
	return m.moveTo(i, it.row)
}
