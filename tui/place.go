package tui

import (
	"cmp"
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// place is where the editor is: the current item and the item at the top
// of the screen, by review id.
func (m Model) place() review.Place {
	var p review.Place
	if m.cur >= 0 && m.cur < len(m.rv.ids) {
		p.Item = m.rv.ids[m.cur]
	}
	arts := m.ix.rep.Articles
	if m.pin >= 0 {
		p.Pin = arts[m.pin].Label
	}
	if pg := m.pageable(); m.first < len(pg) {
		p.First = arts[pg[m.first]].Label
	}
	if top := m.topRow(); top >= 0 {
		i, _ := slices.BinarySearchFunc(m.ix.items, top, func(it item, r int) int { return cmp.Compare(it.row, r) })
		if i < len(m.rv.ids) {
			p.Top = m.rv.ids[i]
			if m.aligned {
				p.Offset = m.scroll[0] - m.lay.rowTop[m.ix.items[i].row]
			}
		}
	}
	return p
}

// notePlace records where the editor is after a key or the wheel, so
// reopening the session returns there; the autosave keeps it.
func (m Model) notePlace(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if m.rv.quitting || m.rv.quit {
		return m, cmd // quit recorded the place itself
	}
	if m, moved := m.recordPlace(); moved {
		return m, tea.Batch(cmd, m.scheduleSave())
	}
	return m, cmd
}

// recordPlace keeps where the editor is in the session, and reports
// whether it moved (and so needs saving).
func (m Model) recordPlace() (Model, bool) {
	if m.ix == nil || m.lay == nil || m.rv.sess == nil || m.rv.opts.ReadOnly != "" || m.mode != modePanes || m.rv.resume != (review.Place{}) {
		return m, false
	}
	if m.rv.sess.SetPlace(m.place()) {
		m.rv.dirty = true
		return m, true
	}
	return m, false
}

// restorePlace returns to where the session left off, once the panes are
// laid out, and says so.
func (m Model) restorePlace() Model {
	p := m.rv.resume
	m.rv.resume = review.Place{}
	find := func(id string) int {
		if id == "" {
			return -1
		}
		return slices.Index(m.rv.ids, id)
	}
	t, c := find(p.Top), find(p.Item)
	if t < 0 && c < 0 {
		return m
	}
	label := func(l string) int {
		return slices.IndexFunc(m.ix.rep.Articles, func(a compare.Article) bool { return l != "" && a.Label == l })
	}
	if m.paneCount() < len(m.ix.rep.Articles) {
		m.pin = label(p.Pin)
		m.first = max(slices.Index(m.pageable(), label(p.First)), 0)
		m = m.relayout()
	}
	if t >= 0 {
		it := m.ix.items[t]
		if !m.rowShown(it.row) {
			// Only when the articles left in the panes lack the row: a
			// group's item names its first member's article, which
			// paging to would undo the editor's ] and [.
			m = m.show(it.article)
		}
		if m.aligned && m.lay.rowTop[it.row] >= 0 {
			m.scroll[0] = m.lay.rowTop[it.row] + p.Offset
			m = m.clampScroll()
		}
	}
	if c >= 0 {
		it := m.ix.items[c]
		if !m.rowShown(it.row) {
			m = m.show(it.article)
		}
		m.cur, m.curRow = c, it.row
		m.lay = m.lay.withFocus(m.ix, it.row, c, &m.styles)
	}
	// A colon, not brackets: the item's status has its own ("quote 1/58
	// (shared)").
	back := "back where you left off"
	if m.cur >= 0 {
		back += ": " + m.itemStatus()
	}
	m.note = joinNotes(m.note, back)
	return m
}
