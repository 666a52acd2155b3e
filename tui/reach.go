package tui

import (
	"fmt"
	"slices"
	"strings"
)

// Which articles sit side by side: with more articles than panes, the
// editor pages through them ([ and ]), may pin one as the reference in the
// first pane (p) and page the others beside it, and every jump that lands
// in an article not shown brings it into a pane.

// pageable is the articles [ and ] page through: all but the pinned one.
func (m Model) pageable() []int {
	var out []int
	for a := range m.ix.rep.Articles {
		if a != m.pin {
			out = append(out, a)
		}
	}
	return out
}

// pagedPanes is how many panes show paged articles.
func (m Model) pagedPanes() int {
	if m.pin >= 0 {
		return m.paneCount() - 1
	}
	return m.paneCount()
}

// visible is the articles shown, one per pane: the pinned one first, then
// the page of the others.
func (m Model) visible() []int {
	var v []int
	if m.pin >= 0 {
		v = append(v, m.pin)
	}
	pg := m.pageable()
	for i := range m.pagedPanes() {
		if j := m.first + i; j >= 0 && j < len(pg) {
			v = append(v, pg[j])
		}
	}
	return v
}

// shown reports whether article a has a pane.
func (m Model) shown(a int) bool { return slices.Contains(m.visible(), a) }

// show brings article a into a pane, paging as little as it can, and says
// so in the status bar.
func (m Model) show(a int) Model {
	if a < 0 || a >= len(m.ix.rep.Articles) || m.shown(a) {
		return m
	}
	i := slices.Index(m.pageable(), a)
	if i < m.first {
		m.first = i
	} else {
		m.first = i - m.pagedPanes() + 1
	}
	m = m.relayout()
	m.note = "showing " + m.ix.rep.Articles[a].Label
	return m
}

// togglePin pins the focused pane's article in the first pane, or unpins it.
func (m Model) togglePin() Model {
	a := m.lay.panes[m.focus].article
	switch {
	case m.pin == a:
		m.pin = -1
		m.first = a // page from where it was
		m.note = "unpinned " + m.ix.rep.Articles[a].Label
	case m.paneCount() >= len(m.ix.rep.Articles):
		m.note = "every article is shown: nothing to page beside a pinned one"
		return m
	default:
		m.pin, m.first = a, 0
		m.note = fmt.Sprintf("pinned %s; [ and ] page the others beside it", m.ix.rep.Articles[a].Label)
	}
	m.focus = 0
	return m.relayout()
}

// shownStatus says which articles are shown: "1–2 of 5", or with a pin
// "pinned Herald + 2–3 of 4".
func (m Model) shownStatus() string {
	n, pg := m.pagedPanes(), len(m.pageable())
	s := fmt.Sprintf("%d–%d of %d", m.first+1, min(m.first+n, pg), pg)
	if m.pin >= 0 {
		s = "pinned " + strings.TrimRight(truncate(m.ix.rep.Articles[m.pin].Label, 18), " ") + " + " + s
	}
	return s
}
