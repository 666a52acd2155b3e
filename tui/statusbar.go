package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// statusView is the status bar: the view, which articles are shown, the
// current item and its kind, the position, and the counts.
func (m Model) statusView() string {
	if m.searching {
		return truncate(m.input.View(), m.width)
	}
	if m.rv.prompt != promptNone {
		return truncate(m.rv.input.View(), m.width)
	}
	st := &m.styles
	view := " ALIGNED "
	if !m.aligned {
		view = " ARTICLE "
	}
	switch m.mode {
	case modeInspector:
		view = " INSPECT "
	case modeOverview:
		view = " OVERVIEW "
	case modeHelp:
		view = " HELP "
	}
	var parts []string
	switch m.mode {
	case modeInspector:
		if m.note != "" {
			parts = append(parts, m.note)
		}
		parts = append(parts, m.itemStatus(), m.reviewStatus(), "reference "+m.ix.rep.Articles[m.insp.ref].Label,
			fmt.Sprintf("line %d/%d", m.insp.scroll+1, len(m.insp.lines)))
	case modeOverview:
		parts = append(parts, m.reviewStatus(), fmt.Sprintf("line %d/%d", m.ov.scroll+1, len(m.ov.lines)))
	case modeHelp:
		parts = append(parts, fmt.Sprintf("line %d/%d", m.helpScroll+1, len(m.helpLines())))
	default:
		parts = append(parts, m.shownStatus())
		if m.query != "" {
			parts = append(parts, m.matchStatus())
		}
		if m.note != "" {
			parts = append(parts, m.note)
		} else {
			parts = append(parts, m.itemStatus())
		}
		parts = append(parts, m.reviewStatus())
		if m.filter != filterAll {
			parts = append(parts, "n: "+m.filter.String())
		}
		c := m.ix.counts
		parts = append(parts, m.position(), fmt.Sprintf("%s%d %s%d %s%d %s%d %s%d",
			markShared, c[kindShared], markRelated, c[kindRelated], markUnique, c[kindUnique],
			markQuote, c[kindQuote], markConflict, c[kindConflict]))
	}
	vw := ansi.StringWidth(view)
	if vw >= m.width {
		return st.StatusAccent.Render(truncate(view, m.width))
	}
	return st.StatusAccent.Render(view) + st.Status.Render(truncate(" "+saneLine(strings.Join(parts, " │ ")), m.width-vw))
}

// itemStatus names the current item: its kind and place among its kind.
func (m Model) itemStatus() string {
	cur := m.cur
	if m.mode == modeInspector {
		cur = m.insp.cur
	}
	if cur < 0 || cur >= len(m.ix.items) {
		if gi := m.ix.relatedOf(m.curRow); gi >= 0 {
			return "again, related → " + m.itemName(gi) + " (enter opens it; J makes it the member)"
		}
		if m.curRow >= 0 {
			return "a sentence"
		}
		if m.ix.offStory != "" {
			return m.ix.offStory
		}
		return "n: next item"
	}
	it := m.ix.items[cur]
	s := m.itemName(cur)
	if it.kind == kindQuote {
		s += " (" + quoteStatus(m.ix.rep.Quotes[it.quote]) + ")"
	}
	if it.group >= 0 {
		s += againHint(m.ix.rep, m.ix.rep.Groups[it.group])
	}
	return s
}

// itemName is item i's kind and place among its kind, as n visits them.
func (m Model) itemName(i int) string {
	it := m.ix.items[i]
	ord := it.ord
	if so := m.drawOrder(); so != nil && so.seq != nil {
		ord = so.ord[i] // as n visits them
	}
	return fmt.Sprintf("%s %d/%d", it.kind, ord, m.ix.counts[it.kind])
}

// againHint says where a group's related sentences are, the outlets that
// tell its fact a second time ("· +1 again in Wire ¶3"), or "".
func againHint(rep *compare.Report, g compare.Group) string {
	var where []string
	n := 0
	for _, mb := range g.Related {
		for _, s := range mb.Sentences {
			if mb.Article < 0 || mb.Article >= len(rep.Articles) || s < 0 || s >= len(rep.Articles[mb.Article].Sentences) {
				continue
			}
			n++
			if len(where) < 2 {
				where = append(where, rep.Articles[mb.Article].Label+" "+shortPlace(rep.Articles[mb.Article].Sentences[s]))
			}
		}
	}
	if n == 0 {
		return ""
	}
	if n > len(where) {
		where = append(where, "…")
	}
	return fmt.Sprintf(" · +%d again in %s", n, strings.Join(where, ", "))
}

// shortPlace is where a sentence sits, briefly: ¶3, or its role.
func shortPlace(s compare.Sentence) string {
	switch s.Role {
	case compare.RoleBody, "":
		return fmt.Sprintf("¶%d", s.Paragraph+1)
	}
	return string(s.Role)
}

// position is the line shown at the top and the length.
func (m Model) position() string {
	var top, total int
	if m.aligned {
		top, total = m.scroll[0], m.lay.total
	} else {
		top, total = m.scroll[m.focus], m.lay.panes[m.focus].height()
	}
	pct := 100
	if over := total - m.bodyHeight(); over > 0 {
		pct = top * 100 / over
	}
	return fmt.Sprintf("line %d/%d %d%%", min(top+1, total), total, pct)
}

// footerView is the short help.
func (m Model) footerView() string {
	keys := m.keys.ShortHelp()
	switch m.mode {
	case modeInspector:
		keys = m.keys.InspectorHelp()
	case modeOverview:
		keys = m.keys.OverviewHelp()
	case modeHelp:
		keys = []key.Binding{m.keys.Close}
		if len(m.helpLines()) > m.helpHeight() {
			keys = []key.Binding{m.keys.Down, m.keys.Up, m.keys.PageDown, m.keys.Close}
		}
	}
	return truncate(m.help.ShortHelpView(keys), m.width)
}

// tooSmallView replaces everything when the terminal is below the minimum.
func (m Model) tooSmallView() string {
	msg := fmt.Sprintf("terminal too small: %d×%d, need %d×%d", m.width, m.height, minWidth, minHeight)
	w, h := max(m.width, 1), max(m.height, 1)
	lines := strings.Split(ansi.Wrap(msg, w, ""), "\n")
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = truncate(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return m.styles.Error.Render(strings.Join(out, "\n"))
}
