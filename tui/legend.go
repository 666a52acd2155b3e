package tui

import (
	"strings"
)

// legendRows pairs each gutter mark and highlight with its meaning.
func (m Model) legendRows() [][2]string {
	st := &m.styles
	return [][2]string{
		{st.MarkShared.Render(markShared), "shared: the outlets report the same fact"},
		{st.MarkRelated.Render(markRelated), "related: overlapping, one adds or omits a fact"},
		{st.MarkUnique.Render(markUnique), "unique: only this outlet says it"},
		{st.MarkOther.Render(markOther), "caption or boilerplate, never aligned"},
		{st.MarkQuote.Render(markQuote), "quote shared with other outlets"},
		{st.MarkQuoteStrong.Render(markQuote), "bold: a unique or variant quote"},
		{st.MarkConflict.Render(markConflict), "a fact that conflicts with another outlet"},
		{st.FocusBar.Render(markFocus), "the current item; bold words: what differs"},
		{st.Text[tsSearch].Render("word"), "a search match"},
	}
}

// helpView writes the full key help and the legend in height lines.
func (m Model) helpView(b *strings.Builder, height int) {
	st := &m.styles
	var lines []string
	lines = append(lines, st.Heading.Render("Keys"), "")
	hm := m.help
	hm.ShowAll = true
	// Two columns at a time, so the help fits an 80-column terminal.
	groups := m.keys.FullHelp()
	for i := 0; i < len(groups); i += 2 {
		lines = append(lines, strings.Split(hm.FullHelpView(groups[i:min(i+2, len(groups))]), "\n")...)
	}
	lines = append(lines, "", st.Heading.Render("Legend"), "")
	for _, r := range m.legendRows() {
		lines = append(lines, " "+r[0]+"  "+r[1])
	}
	lines = append(lines, "", st.Subtle.Render("esc or ? to go back"))
	writeBlock(b, lines, 0, m.width, height)
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
