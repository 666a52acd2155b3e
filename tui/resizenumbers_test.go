package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A resize does not renumber the items: "related 2/5" before it is
// "related 2/5" after it, in either view, though the panes shown, and so
// the order n visits them in, change with the width (the aligned view
// numbered them afresh for every layout, so the item an editor had noted
// as one number showed another after the terminal was resized).
func TestResizeKeepsItemNumbers(t *testing.T) {
	// The Post tells the ferry fact last, so three panes draw its group
	// after the council's and two panes without the Post do not.
	rep := ferryReport()
	sizes := [][2]int{{160, 45}, {80, 24}}
	for _, start := range [][2]int{sizes[0], sizes[1]} {
		for _, view := range []string{"aligned", "article"} {
			m := newTestModel(t, rep, start[0], start[1])
			for range 16 {
				m = press(m, "n")
				if m.cur < 0 {
					break
				}
				before := m.itemName(m.cur)
				r := m
				if view == "article" {
					r = press(r, "v")
				}
				for _, s := range [][2]int{sizes[1], sizes[0], {170, 50}, start} {
					r = send(r, tea.WindowSizeMsg{Width: s[0], Height: s[1]})
					if r.cur != m.cur {
						t.Fatalf("from %dx%d, %s view: the resize to %dx%d moved from item %d to %d", start[0], start[1], view, s[0], s[1], m.cur, r.cur)
					}
					if after := r.itemName(r.cur); after != before {
						t.Errorf("from %dx%d, %s view: the resize to %dx%d renumbers %s as %s", start[0], start[1], view, s[0], s[1], before, after)
					}
				}
				if view == "article" {
					if back := press(r, "v"); back.itemName(back.cur) != before {
						t.Errorf("from %dx%d: v after resizes renumbers %s as %s", start[0], start[1], before, back.itemName(back.cur))
					}
				}
			}
		}
	}
}

// After a resize, n goes on down the new panes and pages in the articles
// they leave out, and every item it reaches has the number it had before.
func TestResizeKeepsItemNumbersWhilePaging(t *testing.T) {
	rep := ferryReport()
	wide := newTestModel(t, rep, 160, 45)
	names := map[int]string{}
	for i := range wide.ix.items {
		names[i] = wide.itemName(i)
	}
	m := send(wide, tea.WindowSizeMsg{Width: 80, Height: 24})
	seen := map[int]bool{}
	for range 2 * len(names) {
		m = press(m, "n")
		if m.cur < 0 || seen[m.cur] {
			break
		}
		seen[m.cur] = true
		if got := m.itemName(m.cur); got != names[m.cur] {
			t.Errorf("n at 80x24 after a resize names %s %s", names[m.cur], got)
		}
	}
	if len(seen) != len(names) {
		t.Errorf("n visited %d of %d items after the resize", len(seen), len(names))
	}
}

// A resize to fewer panes keeps the article being read in a pane, focused,
// with the current item on screen: narrowing the terminal while reading
// the third article showed the first two and left the item off screen.
func TestResizeKeepsTheFocusedArticle(t *testing.T) {
	rep := ferryReport()
	m := newTestModel(t, rep, 160, 45)
	for range 12 { // to the Post's own sentence
		if m = press(m, "n"); m.cur >= 0 && m.ix.items[m.cur].article == 2 && m.ix.items[m.cur].kind == kindUnique {
			break
		}
	}
	if m.cur < 0 || m.ix.items[m.cur].article != 2 {
		t.Fatal("n never reached the Post's own sentence")
	}
	name := m.itemName(m.cur)
	r := send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if a := r.focusedArticle(); a != 2 {
		t.Errorf("after the resize the focused pane shows article %d, want the Post (2); visible %v", a, r.visible())
	}
	if r.cur != m.cur || !r.rowShown(r.ix.items[r.cur].row) {
		t.Errorf("after the resize the current item %d is not on screen (current %d)", m.cur, r.cur)
	}
	if got := r.itemName(r.cur); got != name {
		t.Errorf("after the resize the item is %s, was %s", got, name)
	}
}
