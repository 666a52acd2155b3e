package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// match is one occurrence of the search in an article.
type match struct {
	row, article, sentence, off int
}

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
	m.input = cleanInput(m.input)
	return m, cmd
}

// findMatches lists every occurrence of query in every article, in the
// order n visits them: by row, then article, then offset.
func findMatches(ix *index, query string) []match {
	var hits []match
	if query == "" {
		return nil
	}
	folded := ix.foldedText()
	for a, art := range ix.rep.Articles {
		for s, sen := range art.Sentences {
			r := ix.rowOf(a, s)
			if r < 0 {
				continue
			}
			for _, off := range findFolded(sen.Text, folded[a][s], query) {
				hits = append(hits, match{row: r, article: a, sentence: s, off: off})
			}
		}
	}
	slices.SortFunc(hits, func(x, y match) int {
		return cmp.Or(cmp.Compare(x.row, y.row), cmp.Compare(x.article, y.article), cmp.Compare(x.sentence, y.sentence), cmp.Compare(x.off, y.off))
	})
	return hits
}

// runSearch highlights every match of query and moves to the first one at
// or below the top of the screen; n and N then step through the matches
// in every article.
func (m Model) runSearch(query string) Model {
	m.query, m.hits, m.hit = query, findMatches(m.ix, query), -1
	cur := m.curRow
	m.curRow, m.cur = -1, -1
	m = m.relayout()
	if query == "" {
		return m
	}
	if len(m.hits) == 0 {
		m.note = "no matches for " + query
		return m
	}
	start := m.screenStart(1, m.hitAt)
	if cur >= 0 && m.onScreen(cur) {
		start = m.hitAt(cur) - 1 // the current row itself counts as the next match
	}
	return m.visitHit(start+1, 1)
}

// hitAt is the index of the first match on row r or later.
func (m Model) hitAt(r int) int {
	i, _ := slices.BinarySearchFunc(m.hits, r, func(h match, r int) int { return cmp.Compare(h.row, r) })
	return i
}

// stepHit moves to the next (dir 1) or previous (dir -1) match, from the
// current one while it is on screen, else from the screen.
func (m Model) stepHit(dir int) Model {
	if len(m.hits) == 0 {
		m.note = "no matches for " + m.query
		return m
	}
	start := m.hit
	if start < 0 || (m.mode == modePanes && !m.onScreen(m.hits[start].row)) {
		start = m.screenStart(dir, m.hitAt)
	}
	return m.visitHit(start+dir, dir)
}

// visitHit makes match i current, wrapping around the ends with a message
// as less and vim do, and brings its article into a pane.
func (m Model) visitHit(i, dir int) Model {
	note := ""
	switch {
	case i >= len(m.hits):
		i, note = 0, "search wrapped to the first match"
	case i < 0:
		i, note = len(m.hits)-1, "search wrapped to the last match"
	}
	h := m.hits[i]
	m.note = ""
	m = m.show(h.article)
	m.hit = i
	m = m.moveTo(m.ix.firstItemOnRow(h.row), h.row)
	m.note = joinNotes(note, m.note)
	return m
}

// joinNotes joins the non-empty messages for the status bar.
func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

// matchStatus is the search's place: "/harbor: match 2 of 4".
func (m Model) matchStatus() string {
	if len(m.hits) == 0 {
		return fmt.Sprintf("/%s: no matches", m.query)
	}
	if m.hit < 0 {
		return fmt.Sprintf("/%s: %d matches", m.query, len(m.hits))
	}
	return fmt.Sprintf("/%s: match %d of %d", m.query, m.hit+1, len(m.hits))
}
