package tui

import "slices"

// scrollBy moves the view d lines: every pane in the aligned view, the
// focused pane in the article view.
func (m Model) scrollBy(d int) Model {
	if m.aligned {
		m.scroll[0] += d
	} else {
		m.scroll[m.focus] += d
	}
	return m.clampScroll()
}

func (m Model) clampScroll() Model {
	if m.lay == nil {
		return m
	}
	body := m.bodyHeight()
	for p := range m.scroll {
		h := m.lay.total
		if p >= len(m.lay.panes) {
			h = 0
		} else if !m.aligned {
			h = m.lay.panes[p].height()
		}
		m.scroll[p] = max(min(m.scroll[p], h-body), 0)
	}
	return m
}

// reveal scrolls so row r is on screen: in the aligned view its row, in the
// article view each pane's counterpart. With force, or when it is off screen,
// it lands a quarter of the way down. When the current search match is on
// row r, its sentence is what is brought on screen (see hitLines).
func (m Model) reveal(r int, force bool) Model {
	body := m.bodyHeight()
	hp, hitTop, hitH := m.hitLines(r)
	place := func(s, top, h int) int {
		if force || top < s || top+h > s+body {
			if h > body-body/4 {
				return top
			}
			return top - body/4
		}
		return s
	}
	if m.aligned {
		switch {
		case hp >= 0:
			m.scroll[0] = place(m.scroll[0], hitTop, hitH)
		case r >= 0 && r < len(m.lay.rowTop) && m.lay.rowTop[r] >= 0:
			m.scroll[0] = place(m.scroll[0], m.lay.rowTop[r], m.lay.rowH[r])
		}
		return m.clampScroll()
	}
	for p, pn := range m.lay.panes {
		if p == hp {
			m.scroll[p] = place(m.scroll[p], hitTop, hitH)
		} else if s := m.ix.counterpart(r, pn.article); s >= 0 && pn.sentTop[s] >= 0 {
			m.scroll[p] = place(m.scroll[p], pn.sentTop[s], pn.sentH[s])
		}
	}
	return m.clampScroll()
}

// atStart reports whether every pane shows its first line.
func (m Model) atStart() bool {
	for _, s := range m.scroll {
		if s != 0 {
			return false
		}
	}
	return true
}

// rowShown reports whether any shown article has a sentence in row r.
func (m Model) rowShown(r int) bool {
	for _, pn := range m.lay.panes {
		if len(m.ix.rows[r].cells[pn.article]) > 0 {
			return true
		}
	}
	return false
}

// topRow is the row at the top of the screen (of the focused pane in the
// article view), or -1.
func (m Model) topRow() int {
	if m.lay == nil {
		return -1
	}
	if m.aligned {
		for r, top := range m.lay.rowTop {
			if top >= 0 && top+m.lay.rowH[r] > m.scroll[0] {
				return r
			}
		}
		return -1
	}
	pn := m.lay.panes[m.focus]
	for s, top := range pn.sentTop {
		if top >= 0 && top+pn.sentH[s] > m.scroll[m.focus] {
			return m.ix.rowOf(pn.article, s)
		}
	}
	return -1
}

// step moves to the next (dir 1) or previous (dir -1) item the filter
// accepts, in every article: one in an article not shown is brought into
// a pane. While a search with matches is active it steps through the
// matches instead (one with none leaves n its items, as the hint line
// says). It starts from the current item while that is on screen, else
// from what is on screen (after G, a page or the wheel), as less does.
func (m Model) step(dir int) Model {
	if m.query != "" && len(m.hits) > 0 {
		return m.stepHit(dir)
	}
	items := m.ix.items
	if seq := m.screenOrder(); seq != nil {
		return m.stepInOrder(dir, seq)
	}
	start := m.cur
	if start < 0 || (m.mode == modePanes && !m.onScreen(items[start].row)) {
		start = m.screenStart(dir, func(r int) int {
			i, _ := slices.BinarySearchFunc(items, r, func(it item, r int) int { return it.row - r })
			return i
		})
	}
	for i := start + dir; i >= 0 && i < len(items); i += dir {
		if it := items[i]; m.filter.accepts(m.ix, it) {
			if !m.rowShown(it.row) {
				m = m.show(it.article)
			}
			return m.moveTo(i, it.row)
		}
	}
	return m.nothingFurther(dir)
}

// nothingFurther says that no item the filter accepts lies further in
// direction dir.
func (m Model) nothingFurther(dir int) Model {
	what := m.filter.String()
	if m.filter == filterAll {
		what = "items"
	}
	m.note = "no more " + what
	if dir < 0 {
		m.note = "no earlier " + what
	}
	// "no more" of a kind these articles have none of reads as though n
	// had visited some: say there are none.
	if !slices.ContainsFunc(m.ix.items, func(it item) bool { return m.filter.accepts(m.ix, it) }) {
		m.note = "no " + what + " in these articles"
	}
	return m
}

// screenStart is where stepping from the screen starts: just before the
// first entry at or after the top row on screen (dir 1), or just after the
// last one at or before the bottom row (dir -1). At the top of the view
// every row before the screen's counts as on it, rows of articles not
// shown included; at the bottom, every row after. at(r) is the index of
// the first entry on row r or later.
func (m Model) screenStart(dir int, at func(r int) int) int {
	lo, hi := m.screenRows()
	if lo < 0 {
		lo, hi = 0, 0
	}
	s := m.scrollOf(m.focus)
	if s == 0 {
		lo = 0
	}
	if h := m.lay.total; !m.aligned {
		h = m.lay.panes[m.focus].height()
		if s >= h-m.bodyHeight() {
			hi = len(m.ix.rows) - 1
		}
	} else if s >= h-m.bodyHeight() {
		hi = len(m.ix.rows) - 1
	}
	if dir > 0 {
		return at(lo) - 1
	}
	return at(hi + 1)
}

// screenRows is the first and last row (in the rows' order) with a line
// on screen, or -1, -1.
func (m *Model) screenRows() (lo, hi int) {
	lo, hi = -1, -1
	for r := range m.ix.rows {
		if m.onScreen(r) {
			if lo < 0 {
				lo = r
			}
			hi = r
		}
	}
	return lo, hi
}

// onScreen reports whether row r has a line on screen.
// It takes a pointer: screenRows calls it for every row, and the model is
// too big to copy a hundred thousand times.
func (m *Model) onScreen(r int) bool {
	if m.lay == nil || r < 0 || r >= len(m.ix.rows) {
		return false
	}
	body := max(m.height-headerHeight-2, 1) // bodyHeight, without copying m
	if m.aligned {
		top := m.lay.rowTop[r]
		return top >= 0 && top < m.scroll[0]+body && top+m.lay.rowH[r] > m.scroll[0]
	}
	for p, pn := range m.lay.panes {
		for _, s := range m.ix.rows[r].cells[pn.article] {
			if top := pn.sentTop[s]; top >= 0 && top < m.scroll[p]+body && top+pn.sentH[s] > m.scroll[p] {
				return true
			}
		}
	}
	return false
}

// moveTo makes item i (or, when i is -1, row r) current and brings it on
// screen.
func (m Model) moveTo(i, r int) Model {
	m.cur, m.curRow = i, r
	m.lay = m.lay.withFocus(m.ix, r, i, &m.styles)
	return m.reveal(r, false)
}

// shownCurrent is the current item and row while the panes show the row,
// else -1, -1: once G, a page or the wheel has taken it off screen, the
// status bar names nothing there, and x, f, a and enter act on nothing
// the editor cannot see (enter, as with no item, opens the first on
// screen). The inspector and the overview keep theirs.
func (m Model) shownCurrent() (cur, row int) {
	if m.mode == modePanes && m.curRow >= 0 && !m.onScreen(m.curRow) {
		return -1, -1
	}
	return m.cur, m.curRow
}
