package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleSearchKey edits the search box; enter runs the search, esc leaves
// it as it was.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.ForceQuit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Cancel):
		m.searching = false
		m.input.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Confirm):
		m.searching = false
		m.input.Blur()
		return m.runSearch(m.input.Value()), nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// runSearch highlights every match of query and moves to the first one at
// or below the top of the screen; n and N then step through the matches.
func (m Model) runSearch(query string) Model {
	m.query, m.hitRows = query, nil
	if query != "" {
		for a, art := range m.ix.rep.Articles {
			for s, sen := range art.Sentences {
				if len(findAll(sen.Text, query)) > 0 {
					if r := m.ix.rowOf(a, s); r >= 0 {
						m.hitRows = append(m.hitRows, r)
					}
				}
			}
		}
		slices.Sort(m.hitRows)
		m.hitRows = slices.Compact(m.hitRows)
	}
	cur := m.curRow
	m.curRow, m.cur = -1, -1
	m = m.relayout()
	if query == "" {
		return m
	}
	from := max(m.topRow(), 0) - 1
	if cur >= 0 {
		from = cur - 1 // the current row itself counts as the next match
	}
	m = m.stepHitFrom(from, 1)
	if len(m.hitRows) == 0 {
		m.note = "no matches for " + query
	}
	return m
}
