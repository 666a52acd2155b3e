package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// filterMenu is the small menu t opens: the kinds of item n visits, each
// with how many there are, instead of cycling through them blind.
type filterMenu struct {
	open   bool
	cur    int
	counts [numFilters]int // items of each filter, counted when it opens
}

// openMenu opens the filter menu on the current filter.
func (m Model) openMenu() Model {
	m.menu = filterMenu{open: true, cur: int(m.filter)}
	counted := map[[2]int]bool{} // a conflict on several rows counts once
	for _, it := range m.ix.items {
		for f := range numFilters {
			if !f.accepts(m.ix, it) {
				continue
			}
			if it.kind == kindConflict {
				k := [2]int{it.fact, int(f)}
				if counted[k] {
					continue
				}
				counted[k] = true
			}
			m.menu.counts[f]++
		}
	}
	return m
}

// handleMenuKey moves in the menu; enter or a digit chooses, q, esc and t
// close it as it was.
func (m Model) handleMenuKey(msg tea.KeyPressMsg) Model {
	k := m.keys
	switch {
	case key.Matches(msg, k.Close, k.Filter):
		m.menu.open = false
	case key.Matches(msg, k.Down, k.Next):
		m.menu.cur = (m.menu.cur + 1) % int(numFilters)
	case key.Matches(msg, k.Up, k.Prev):
		m.menu.cur = (m.menu.cur + int(numFilters) - 1) % int(numFilters)
	case key.Matches(msg, k.Inspect):
		m = m.chooseFilter(filter(m.menu.cur))
	default:
		if t := msg.Text; len(t) == 1 && t[0] >= '1' && t[0] < '1'+byte(numFilters) {
			m = m.chooseFilter(filter(t[0] - '1'))
		}
	}
	return m
}

func (m Model) chooseFilter(f filter) Model {
	m.filter, m.menu.open = f, false
	m.note = "n visits " + f.String()
	return m
}

// menuLines draws the menu, width cells wide, for the bottom of the panes,
// in at most height lines: on a short terminal the rule goes first, then
// the heading, then the choices furthest from the cursor, which stays in
// sight.
func (m Model) menuLines(height int) []string {
	st := &m.styles
	lines := []string{st.Rule.Render(strings.Repeat("─", m.width)),
		truncate(st.Heading.Render(" n and N visit:")+st.Subtle.Render("  j/k and enter, or a digit; q/esc closes"), m.width)}
	for f := range numFilters {
		bar := "  "
		if f == m.filter {
			bar = "✓ "
		}
		line := truncate(fmt.Sprintf(" %s%d  %s (%d)", bar, f+1, f, m.menu.counts[f]), m.width)
		if int(f) == m.menu.cur {
			line = st.Selected.Render(line)
		}
		lines = append(lines, line)
	}
	height = max(height, 1)
	for drop := 0; len(lines) > height && drop < 2; drop++ {
		lines = lines[1:]
	}
	if len(lines) > height {
		from := min(max(m.menu.cur-height/2, 0), len(lines)-height)
		lines = lines[from : from+height]
	}
	return lines
}
