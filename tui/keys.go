package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the interface.
type KeyMap struct {
	Up, Down         key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
	Next, Prev       key.Binding
	Filter           key.Binding
	NextPane         key.Binding
	PrevPane         key.Binding
	ShiftRight       key.Binding
	ShiftLeft        key.Binding
	Pin              key.Binding
	ToggleView       key.Binding
	WordDiff         key.Binding
	Inspect          key.Binding
	Reference        key.Binding
	Overview         key.Binding
	Search           key.Binding
	Back             key.Binding
	Help             key.Binding
	Quit             key.Binding
	// Review: marks, notes, progress and the memo.
	Reviewed       key.Binding
	Flag           key.Binding
	Note           key.Binding
	NextUnreviewed key.Binding
	Memo           key.Binding
	// While the articles load.
	CancelLoad key.Binding
	// While typing a search, a note or a path, when q is a letter.
	Confirm, Cancel, ForceQuit key.Binding
}

// DefaultKeyMap returns the shipped bindings.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return KeyMap{
		Up:             b([]string{"k", "up"}, "↑/k", "up"),
		Down:           b([]string{"j", "down"}, "↓/j", "down"),
		PageDown:       b([]string{"ctrl+d", "pgdown"}, "ctrl+d/pgdn", "page down"),
		PageUp:         b([]string{"ctrl+u", "pgup"}, "ctrl+u/pgup", "page up"),
		Top:            b([]string{"g", "home"}, "g", "top"),
		Bottom:         b([]string{"G", "end"}, "G", "bottom"),
		Next:           b([]string{"n"}, "n", "next item"),
		Prev:           b([]string{"N"}, "N", "previous item"),
		Filter:         b([]string{"t"}, "t", "kinds n visits"),
		NextPane:       b([]string{"tab"}, "tab", "next pane"),
		PrevPane:       b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		ShiftRight:     b([]string{"]", ">"}, "]", "show next article"),
		ShiftLeft:      b([]string{"[", "<"}, "[", "show previous article"),
		Pin:            b([]string{"p"}, "p", "pin article in first pane"),
		ToggleView:     b([]string{"v"}, "v", "aligned/article view"),
		WordDiff:       b([]string{"w"}, "w", "word diffs in every row"),
		Inspect:        b([]string{"enter"}, "enter", "inspect"),
		Reference:      b([]string{"r"}, "r", "change reference"),
		Overview:       b([]string{"o"}, "o", "overview"),
		Search:         b([]string{"/"}, "/", "search"),
		Back:           b([]string{"esc"}, "esc", "back"),
		Help:           b([]string{"?"}, "?", "help & legend"),
		Quit:           b([]string{"q", "ctrl+c"}, "q", "quit"),
		Reviewed:       b([]string{"space"}, "space", "reviewed"),
		Flag:           b([]string{"f"}, "f", "flag"),
		Note:           b([]string{"a"}, "a", "note"),
		NextUnreviewed: b([]string{"u"}, "u", "next unreviewed"),
		Memo:           b([]string{"e"}, "e", "write memo"),
		CancelLoad:     b([]string{"esc"}, "esc", "cancel"),
		Confirm:        b([]string{"enter"}, "enter", "search"),
		Cancel:         b([]string{"esc"}, "esc", "cancel"),
		ForceQuit:      b([]string{"ctrl+c"}, "ctrl+c", "quit"),
	}
}

// ShortHelp is the one-line help under the panes.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Reviewed, k.Flag, k.Note, k.Inspect, k.Overview, k.Help, k.Quit, k.ToggleView, k.Search}
}

// LoadingHelp is the help under the spinner.
func (k KeyMap) LoadingHelp() []key.Binding { return []key.Binding{k.CancelLoad, k.Quit} }

// InspectorHelp is the one-line help under the inspector.
func (k KeyMap) InspectorHelp() []key.Binding {
	return []key.Binding{k.Back, k.Reviewed, k.Flag, k.Note, k.Reference, k.Next, k.Prev, k.Quit}
}

// OverviewHelp is the one-line help under the overview.
func (k KeyMap) OverviewHelp() []key.Binding {
	jump := k.Inspect
	jump.SetHelp("enter", "show in panes")
	return []key.Binding{k.Down, k.Up, jump, k.Back, k.Quit}
}

// FullHelp is the help screen, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Next, k.Prev, k.Filter, k.Search, k.Back},
		{k.NextPane, k.PrevPane, k.ShiftRight, k.ShiftLeft, k.Pin, k.ToggleView, k.WordDiff},
		{k.Inspect, k.Reference, k.Overview, k.Help, k.Quit},
		{k.Reviewed, k.Flag, k.Note, k.NextUnreviewed, k.Memo},
	}
}
