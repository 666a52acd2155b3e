package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// footerView is the short help.
func (m Model) footerView() string {
	keys := m.keys.ShortHelp()
	switch m.mode {
	case modeInspector:
		keys = m.keys.InspectorHelp()
	case modeOverview:
		c := m.ov.cursor
		keys = m.keys.OverviewHelp(c >= 0 && c < len(m.ov.marks) && m.ov.marks[c].ok())
	case modeHelp:
		keys = []key.Binding{m.keys.Close}
		if len(m.helpLines()) > m.helpHeight() {
			keys = []key.Binding{m.keys.Down, m.keys.Up, m.keys.PageDown, m.keys.Close}
		}
	}
	if m.mode == modePanes {
		return truncate(m.fitShortHelp(keys), m.width)
	}
	return truncate(m.help.ShortHelpView(keys), m.width)
}

// fitShortHelp is the panes' hint line within the width: where it does
// not fit, the help key's description shortens to "help", then the hints
// go, the last first, but help and quit always stay: a user who sees
// nothing else must find the rest of the keys and the way out.
func (m Model) fitShortHelp(keys []key.Binding) string {
	h := m.help
	h.SetWidth(0) // measured whole: at a width it drops the hints that overflow itself
	line := h.ShortHelpView(keys)
	if ansi.StringWidth(line) <= m.width {
		return line
	}
	keys = slices.Clone(keys)
	for i, k := range keys {
		if k.Help().Key == m.keys.Help.Help().Key && k.Help().Desc == m.keys.Help.Help().Desc {
			keys[i].SetHelp(k.Help().Key, "help")
		}
	}
	kept := func(k key.Binding) bool {
		return k.Help().Key == m.keys.Help.Help().Key || k.Help().Key == m.keys.Quit.Help().Key
	}
	for {
		line = h.ShortHelpView(keys)
		if ansi.StringWidth(line) <= m.width {
			return line
		}
		i := len(keys) - 1
		for i >= 0 && kept(keys[i]) {
			i--
		}
		if i < 0 {
			return line
		}
		keys = slices.Delete(keys, i, i+1)
	}
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
