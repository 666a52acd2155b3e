package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
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
// so in the status bar, beside the item the key landed on (not in place of
// it, as a message would be: the editor must see what x and f will mark).
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
	m.paged = "showing " + m.ix.rep.Articles[a].Label
	return m
}

// page shows the next (dir 1) or previous (dir -1) article beside the
// others, ] and [; where there is none that way, or every article is
// shown, it says so rather than doing nothing.
func (m Model) page(dir int) Model {
	if m.paneCount() >= len(m.ix.rep.Articles) {
		m.note = "every article is shown; ] and [ page when there are more articles than panes"
		m.shownNote = m.note
		return m
	}
	was := m.first
	m.first += dir
	if m = m.relayout(); m.first == was {
		m.note = "showing the last articles: [ pages back"
		if dir < 0 {
			m.note = "showing the first articles: ] pages on"
		}
		m.shownNote = m.note
	}
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
		m.note = "every article is shown; nothing to page beside a pinned one"
		m.shownNote = m.note
		return m
	default:
		m.pin, m.first = a, 0
		m.note = fmt.Sprintf("pinned %s; [ and ] page the others beside it", m.ix.rep.Articles[a].Label)
	}
	m.focus = 0
	return m.relayout()
}

// shownStatus says which articles are shown: "1–2 of 5" ("3 of 5" for
// one), or with a pin "pinned Herald + 2–3 of 4".
func (m Model) shownStatus() string { return m.shownStatusForms()[0] }

// shownStatusForms is shownStatus in the forms the status bar may shorten
// it to: with a pin, the pinned article's whole name alone ("pinned
// Herald"), then a long name shortened to its leading words ("pinned
// breitbart_2016-09-12…", while no other name begins so), then "pinned
// (left)" (the first pane's header names it), then nothing; without,
// nothing.
func (m Model) shownStatusForms() statusPart {
	n, pg := m.pagedPanes(), len(m.pageable())
	s := fmt.Sprintf("%d–%d of %d", m.first+1, min(m.first+n, pg), pg)
	if min(m.first+n, pg) <= m.first+1 {
		s = fmt.Sprintf("%d of %d", m.first+1, pg)
	}
	if m.pin >= 0 {
		// Named, to the last, by leading words no other name begins with
		// (a head another name shares would not say which), else by its
		// pane, whose header names it.
		pinned := "pinned " + m.ix.rep.Articles[m.pin].Label
		unique, _ := m.namedForms(pinned)
		return slices.Concat(statusPart{pinned + " + " + s, pinned}, unique, statusPart{"pinned (left)", ""})
	}
	return statusPart{s, ""}
}

// articleMenu is the short list P opens: every article, to show in the
// focused pane.
type articleMenu struct {
	open bool
	cur  int
}

// showInPane puts article a in pane p: in the first pane it pins it; in
// another it keeps the first pane's article (pinning it) and pages the
// others so that a lands in p, as near as paging allows.
func (m Model) showInPane(a, p int) Model {
	if m.paneCount() >= len(m.ix.rep.Articles) {
		m.note = "every article is shown"
		m.shownNote = m.note
		return m
	}
	if p == 0 {
		m.pin, m.first = a, 0
		m = m.relayout()
		m.note = "pinned " + m.ix.rep.Articles[a].Label
		return m
	}
	if first := m.lay.panes[0].article; m.pin < 0 && first != a {
		m.pin = first
	}
	if m.pin == a {
		m.pin = -1
	}
	slot := p
	if m.pin >= 0 {
		slot--
	}
	m.first = slices.Index(m.pageable(), a) - slot
	m = m.relayout()
	m.focus = slices.Index(m.visible(), a)
	m.note = "showing " + m.ix.rep.Articles[a].Label
	m.shownNote = m.note
	return m
}

// handleArticleMenuKey chooses an article: j/k and enter, or a digit;
// q/esc closes the list.
func (m Model) handleArticleMenuKey(msg tea.KeyPressMsg) Model {
	n := len(m.ix.rep.Articles)
	am := &m.artMenu
	choose := -1
	switch {
	case key.Matches(msg, m.keys.Close, m.keys.PickArticle):
		am.open = false
	case key.Matches(msg, m.keys.Down, m.keys.Next):
		am.cur = (am.cur + 1) % n
	case key.Matches(msg, m.keys.Up, m.keys.Prev):
		am.cur = (am.cur + n - 1) % n
	case key.Matches(msg, m.keys.Inspect):
		choose = am.cur
	default:
		if t := msg.Text; len(t) == 1 && t[0] >= '1' && int(t[0]-'1') < min(n, 9) {
			choose = int(t[0] - '1')
		}
	}
	if choose < 0 {
		return m
	}
	am.open = false
	return m.showInPane(choose, m.focus)
}

// articleMenuLines draws the list for the bottom of the panes.
func (m Model) articleMenuLines() []string {
	st := &m.styles
	lines := []string{st.Rule.Render(strings.Repeat("─", m.width)),
		truncate(st.Heading.Render(" show in this pane:")+st.Subtle.Render("  j/k and enter, or a digit; q/esc closes"), m.width)}
	for a, art := range m.ix.rep.Articles {
		mark := "  "
		if m.shown(a) {
			mark = "• "
		}
		num := " "
		if a < 9 {
			num = fmt.Sprint(a + 1)
		}
		line := truncate(fmt.Sprintf(" %s%s  %s", mark, num, art.Label), m.width)
		if a == m.artMenu.cur {
			line = st.Selected.Render(line)
		}
		lines = append(lines, line)
	}
	return lines
}
