package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// legendRows pairs each gutter mark and highlight with its meaning.
func (m Model) legendRows() [][2]string {
	st := &m.styles
	return [][2]string{
		{st.MarkShared.Render(markShared), "shared: the outlets report the same fact"},
		{st.MarkRelated.Render(markRelated), "related: overlapping, one adds or omits a fact"},
		{st.MarkShared.Render(markShared) + " " + st.MarkRelated.Render(markRelated), "again, related: the outlet tells its group's fact a second time"},
		{st.renderText(tsDim, "↳"), "under a member: where its outlet tells the fact again (¶3, lede)"},
		{st.renderText(tsDim, "↓ ↑"), "under a member: its group's others, drawn apart from it (%: go)"},
		{st.MarkUnique.Render(markUnique), "unique: only this outlet says it"},
		{st.MarkOther.Render(markOther), "caption or boilerplate, never aligned"},
		{st.MarkQuote.Render(markQuote), "a quote other outlets share"},
		{st.MarkQuoteStrong.Render(markOddQuote), "a quote only this outlet has, or words it renders differently"},
		{st.MarkConflict.Render(markConflict), "a fact that conflicts with another outlet"},
		{st.Text[tsFrameLoaded].Render(markFraming), "the outlets frame this fact differently (t: visit these)"},
		{st.Text[tsFrameHedge].Render(markHedging), "the outlets hedge this fact differently (t: visit these)"},
		{st.MarkConflict.Render(markConflict) + st.Text[tsFrameLoaded].Render(markFraming) + st.Text[tsFrameHedge].Render(markHedging) +
			st.MarkQuoteStrong.Render(markOddQuote) + st.MarkQuote.Render(markQuote),
			"one mark a sentence: ! first, then ≠, ?, ❝, “ (quotes stay coloured)"},
		{st.FocusBar.Render(markFocus), "the current item"},
		{st.Text[tsDiffDel].Render("words"), "word diff (w): in a fact's first version, words another lacks"},
		{st.Text[tsDiffIns].Render("words"), "in the other versions, words the first lacks; bold without colour"},
		{st.MarkReviewed.Render(markReviewed), "reviewed (x; space pages, as in less)"},
		{st.MarkFlagged.Render(markFlagged), "flagged (f)"},
		{st.MarkNote.Render(markNote), "has a note (a); enter shows it"},
		{st.MarkCorrected.Render(markSplit), "you said: not the same fact as its group (S)"},
		{st.MarkCorrected.Render(markJoined), "you said: the same fact as another article's (J)"},
		{st.Text[tsFrameLoaded].Render("slammed"), "a framing word, coloured by kind (the current item: said too)"},
		{st.Text[tsFrameAttributionDistinct].Render("claimed"), "reversed: a word that frames the fact differently (≠ in enter)"},
		{st.Text[tsQuoteAt].Render("“words”"), "the current item's quote, when n lands on a quote"},
		{st.Text[tsSearch].Render("word"), "a search match"},
		{st.Text[tsSearchAt].Render("word"), "the current search match (n, N), beside the focus bar"},
	}
}

// helpLines are the full key help and the legend.
func (m Model) helpLines() []string {
	st := &m.styles
	var lines []string
	lines = append(lines, st.Heading.Render("Keys"), "")
	lines = append(lines, m.keyColumns(m.keys.FullHelp())...)
	lines = append(lines, "", st.Heading.Render("Legend"), "")
	rows := m.legendRows()
	markW := 0
	for _, r := range rows {
		markW = max(markW, lipgloss.Width(r[0]))
	}
	for _, r := range rows {
		lines = append(lines, " "+r[0]+strings.Repeat(" ", markW-lipgloss.Width(r[0])+2)+r[1])
	}
	// The status bar's short forms, which the legend's marks do not say.
	lines = append(lines, "", st.Heading.Render("Status bar"), "")
	bar := [][2]string{
		{st.MarkReviewed.Render(markReviewed) + "12/40 " + st.MarkFlagged.Render(markFlagged) + "3", "progress when narrow: 12 of 40 items reviewed, 3 flagged"},
		{"═5 ≈12 ◆80 “23 !2", "the items of each kind, by their gutter marks"},
	}
	barW := 0
	for _, r := range bar {
		barW = max(barW, lipgloss.Width(r[0]))
	}
	for _, r := range bar {
		lines = append(lines, " "+r[0]+strings.Repeat(" ", barW-lipgloss.Width(r[0])+2)+r[1])
	}
	lines = append(lines, " A narrow bar shortens or drops parts, the counts first; it never cuts a word.")
	return append(lines, "", st.Subtle.Render("q, esc or ? to go back"))
}

// keyColumns lays the help's key groups out two at a time, so the help
// fits an 80-column terminal, with one set of widths for every pair: the
// keys and descriptions of the left groups line up down the whole screen,
// and so do the right groups'. A lone last group sets no width for the
// right column. Entries with no keys (the wheel) are said all the same.
func (m Model) keyColumns(groups [][]key.Binding) []string {
	st := m.help.Styles
	said := func(g []key.Binding) []key.Binding {
		var out []key.Binding
		for _, b := range g {
			if b.Enabled() || len(b.Keys()) == 0 {
				out = append(out, b)
			}
		}
		return out
	}
	var keyW, descW [2]int
	for i, g := range groups {
		side := i % 2
		for _, b := range said(g) {
			keyW[side] = max(keyW[side], lipgloss.Width(b.Help().Key))
			if side == 1 || i+1 < len(groups) {
				descW[side] = max(descW[side], lipgloss.Width(b.Help().Desc))
			}
		}
	}
	cell := func(b key.Binding, side int, last bool) string {
		k, d := b.Help().Key, b.Help().Desc
		s := st.FullKey.Render(k+strings.Repeat(" ", keyW[side]-lipgloss.Width(k)+1)) + st.FullDesc.Render(d)
		if !last {
			s += strings.Repeat(" ", max(descW[side]-lipgloss.Width(d), 0))
		}
		return s
	}
	var lines []string
	for i := 0; i < len(groups); i += 2 {
		left := said(groups[i])
		var right []key.Binding
		if i+1 < len(groups) {
			right = said(groups[i+1])
		}
		for r := range max(len(left), len(right)) {
			l := ""
			if r < len(left) {
				l = cell(left[r], 0, len(right) <= r)
			}
			if r < len(right) {
				if r >= len(left) {
					l = strings.Repeat(" ", keyW[0]+1+descW[0])
				}
				l += keyColumnGap + cell(right[r], 1, true)
			}
			lines = append(lines, l)
		}
	}
	return lines
}

// keyColumnGap is the space between the help's two key columns.
const keyColumnGap = "   "

// helpHeight is the lines the help screen has for its text.
func (m Model) helpHeight() int { return m.bodyHeight() + headerHeight }

// helpView writes the help from its scroll position in height lines.
func (m Model) helpView(b *strings.Builder, height int) {
	writeBlock(b, m.helpLines(), m.helpScroll, m.width, height)
}

// handleHelpKey scrolls the help, which is taller than a small terminal,
// and closes it.
func (m Model) handleHelpKey(msg tea.KeyPressMsg) Model {
	k := m.keys
	page := max(m.helpHeight()-2, 1)
	switch {
	case key.Matches(msg, k.Close, k.Help):
		m.mode = modePanes
	case key.Matches(msg, k.Down):
		m = m.scrollHelp(1)
	case key.Matches(msg, k.Up):
		m = m.scrollHelp(-1)
	case key.Matches(msg, k.PageDown):
		m = m.scrollHelp(page)
	case key.Matches(msg, k.PageUp):
		m = m.scrollHelp(-page)
	case key.Matches(msg, k.Top):
		m = m.scrollHelp(-1 << 30)
	case key.Matches(msg, k.Bottom):
		m = m.scrollHelp(1 << 30)
	}
	return m
}

func (m Model) scrollHelp(d int) Model {
	m.helpScroll = max(min(m.helpScroll+d, len(m.helpLines())-m.helpHeight()), 0)
	return m
}

// writeBlock writes lines[from:] as exactly height lines of width cells.
func writeBlock(b *strings.Builder, lines []string, from, width, height int) {
	for i := range height {
		l := ""
		if j := from + i; j >= 0 && j < len(lines) {
			l = lines[j]
		}
		b.WriteString(truncate(l, width))
		b.WriteByte('\n')
	}
}
