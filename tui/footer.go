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
	// The line at the bottom taking text, or a menu, takes the keys: the
	// panes' hints would name keys that type letters or do nothing.
	if p := m.promptHelp(); p != nil {
		return truncate(m.help.ShortHelpView(p), m.width)
	}
	keys := m.keys.ShortHelp()
	switch m.mode {
	case modeInspector:
		keys = m.keys.InspectorHelp(m.query != "")
	case modeOverview:
		c := m.ov.cursor
		keys = m.keys.OverviewHelp(c >= 0 && c < len(m.ov.marks) && m.ov.marks[c].ok())
	case modeHelp:
		keys = []key.Binding{m.keys.Close}
		if len(m.helpLines()) > m.helpHeight() {
			keys = []key.Binding{m.keys.Down, m.keys.Up, m.keys.PageDown, m.keys.Close}
		}
	}
	if m.query != "" && len(m.hits) > 0 && m.mode == modePanes {
		keys = m.keys.SearchingHelp()
	}
	return truncate(m.fitShortHelp(keys), m.width)
}

// promptHelp is the hint line while a prompt, the search box or a menu
// has the keys, or nil.
func (m Model) promptHelp() []key.Binding {
	k := m.keys
	switch {
	case m.searching && m.input.Value() == "" && m.query != "":
		return k.PromptHelp("search again", "cancel")
	case m.searching:
		return k.PromptHelp("search", "cancel")
	case m.rv.prompt == promptNote:
		return k.PromptHelp("save the note", "cancel")
	case m.rv.prompt == promptMemo:
		return k.PromptHelp("write the memo", "cancel")
	case m.rv.prompt == promptOverwrite:
		yes := key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "overwrite"))
		no := key.NewBinding(key.WithKeys("n"), key.WithHelp("any other key", "keep it"))
		return []key.Binding{yes, no}
	case m.rv.prompt == promptSaveAs:
		quit := k.ForceQuit
		quit.SetHelp("ctrl+c", "quit without them")
		return append(k.PromptHelp("save the marks there", "back to the review"), quit)
	case m.menu.open || m.artMenu.open || m.rv.pick.open:
		return k.MenuHelp()
	}
	return nil
}

// fitShortHelp is the hint line within the width (the panes', the
// inspector's, the overview's, the help's): where it does not fit, the
// help key's description shortens to "help", then the hints go, the last
// first, but help, quit and back always stay: a user who sees nothing else
// must find the rest of the keys and the way out. A hint is never cut.
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
		switch k.Help().Key {
		case m.keys.Help.Help().Key, m.keys.Quit.Help().Key, m.keys.Close.Help().Key:
			return true
		}
		return false
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
