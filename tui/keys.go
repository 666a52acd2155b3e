package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the interface.
type KeyMap struct {
	Up, Down         key.Binding
	PageDown, PageUp key.Binding
	HalfDown, HalfUp key.Binding
	Top, Bottom      key.Binding
	Next, Prev       key.Binding
	Filter           key.Binding
	Member           key.Binding // the current group's version in the next article
	NextPane         key.Binding
	PrevPane         key.Binding
	ShiftRight       key.Binding
	ShiftLeft        key.Binding
	Pin              key.Binding
	PickArticle      key.Binding
	ToggleView       key.Binding
	WordDiff         key.Binding
	Inspect          key.Binding
	Reference        key.Binding
	Overview         key.Binding
	Search           key.Binding
	Back             key.Binding
	Close            key.Binding // leaves the help, the overview, the inspector or a menu
	Mouse            key.Binding
	Wheel            key.Binding // help only: the wheel comes as a mouse message, not a key
	Help             key.Binding
	Quit             key.Binding
	// Review: marks, notes, progress and the memo.
	Reviewed       key.Binding
	Flag           key.Binding
	Note           key.Binding
	NextUnreviewed key.Binding
	Memo           key.Binding
	// Corrections of the grouping.
	Split, Join key.Binding
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
		Up:          b([]string{"k", "up"}, "↑/k", "up"),
		Down:        b([]string{"j", "down"}, "↓/j", "down"),
		PageDown:    b([]string{"space", "ctrl+f", "pgdown"}, "space/ctrl+f", "page down"),
		PageUp:      b([]string{"b", "ctrl+b", "pgup"}, "b/ctrl+b", "page up"),
		HalfDown:    b([]string{"ctrl+d"}, "ctrl+d", "half page down"),
		HalfUp:      b([]string{"ctrl+u"}, "ctrl+u", "half page up"),
		Top:         b([]string{"g", "home"}, "g", "top"),
		Bottom:      b([]string{"G", "end"}, "G", "bottom"),
		Next:        b([]string{"n"}, "n", "next item"),
		Prev:        b([]string{"N"}, "N", "previous item"),
		Filter:      b([]string{"t"}, "t", "choose what n visits"),
		Member:      b([]string{"%"}, "%", "item's version in next article"),
		NextPane:    b([]string{"tab"}, "tab", "next pane"),
		PrevPane:    b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		ShiftRight:  b([]string{"]", ">"}, "]", "show next article"),
		ShiftLeft:   b([]string{"[", "<"}, "[", "show previous article"),
		Pin:         b([]string{"p"}, "p", "pin article in first pane"),
		PickArticle: b([]string{"P"}, "P", "choose this pane's article"),
		ToggleView:  b([]string{"v"}, "v", "aligned/article view"),
		WordDiff:    b([]string{"w"}, "w", "word diffs in every row"),
		Inspect:     b([]string{"enter"}, "enter", "inspect"),
		Reference:   b([]string{"r"}, "r", "change reference"),
		Overview:    b([]string{"o"}, "o", "overview"),
		Search:      b([]string{"/"}, "/", "search"),
		Back:        b([]string{"esc"}, "esc", "back"),
		Close:       b([]string{"q", "esc"}, "q/esc", "back"),
		Mouse:       b([]string{"M"}, "M", "mouse on/off: off selects text"),
		Wheel:       key.NewBinding(key.WithHelp("wheel", "scroll")),
		Help:        b([]string{"?"}, "?", "help & legend"),
		Quit:        b([]string{"q", "ctrl+c"}, "q", "quit"),
		// Not space, which pages as in less: x ticks an item off, like a
		// checkbox.
		Reviewed:       b([]string{"x"}, "x", "reviewed (not space: it pages, as in less)"),
		Flag:           b([]string{"f"}, "f", "flag"),
		Note:           b([]string{"a"}, "a", "note"),
		NextUnreviewed: b([]string{"u"}, "u", "next unreviewed"),
		Memo:           b([]string{"e"}, "e", "write memo"),
		Split:          b([]string{"S"}, "S", "not the same fact (split off)"),
		Join:           b([]string{"J"}, "J", "same fact as… (join)"),
		CancelLoad:     b([]string{"esc"}, "esc", "cancel"),
		Confirm:        b([]string{"enter"}, "enter", "search"),
		Cancel:         b([]string{"esc"}, "esc", "cancel"),
		ForceQuit:      b([]string{"ctrl+c"}, "ctrl+c", "quit"),
	}
}

// ShortHelp is the one-line help under the panes.
func (k KeyMap) ShortHelp() []key.Binding {
	rv := k.Reviewed
	rv.SetHelp("x", "reviewed")
	return []key.Binding{k.Next, rv, k.Flag, k.Note, k.Inspect, k.Overview, k.Help, k.Quit, k.ToggleView, k.Search}
}

// SearchingHelp is the one-line help under the panes while a search is
// active: n and N step through its matches, not the items, and esc
// clears it.
func (k KeyMap) SearchingHelp() []key.Binding {
	next, prev, back := k.Next, k.Prev, k.Back
	next.SetHelp("n", "next match")
	prev.SetHelp("N", "previous match")
	back.SetHelp("esc", "clear search")
	rv := k.Reviewed
	rv.SetHelp("x", "reviewed")
	return []key.Binding{next, prev, back, rv, k.Flag, k.Note, k.Inspect, k.Help, k.Quit, k.Overview}
}

// PromptHelp is the one-line help while the line at the bottom takes
// text (a search, a note, a path), when the other keys are letters:
// what enter does there, and esc's way back.
func (k KeyMap) PromptHelp(enter, esc string) []key.Binding {
	ok, back := k.Confirm, k.Cancel
	ok.SetHelp("enter", enter)
	back.SetHelp("esc", esc)
	return []key.Binding{ok, back}
}

// MenuHelp is the one-line help while a menu is open (t, P, J): its
// own keys, as the panes' do nothing there.
func (k KeyMap) MenuHelp() []key.Binding {
	pick := k.Inspect
	pick.SetHelp("enter", "choose")
	digit := key.NewBinding(key.WithKeys("1"), key.WithHelp("digit", "choose by number"))
	return []key.Binding{k.Down, k.Up, pick, digit, k.Close}
}

// LoadingHelp is the help under the spinner.
func (k KeyMap) LoadingHelp() []key.Binding { return []key.Binding{k.CancelLoad, k.Quit} }

// InspectorHelp is the one-line help under the inspector; searching names
// n and N for the matches they step through there too.
func (k KeyMap) InspectorHelp(searching bool) []key.Binding {
	rv := k.Reviewed
	rv.SetHelp("x", "reviewed")
	next, prev := k.Next, k.Prev
	if searching {
		next.SetHelp(next.Help().Key, "next match")
		prev.SetHelp(prev.Help().Key, "previous match")
	}
	return []key.Binding{k.Close, rv, k.Flag, k.Note, k.Reference, next, prev}
}

// OverviewHelp is the one-line help under the overview; onMark adds the
// keys that change the mark of the line under the cursor.
func (k KeyMap) OverviewHelp(onMark bool) []key.Binding {
	jump := k.Inspect
	jump.SetHelp("enter", "show in panes")
	if onMark { // shorter, so the way back still fits 80 columns
		jump.SetHelp("enter", "show")
		rv := k.Reviewed
		rv.SetHelp("x", "reviewed")
		return []key.Binding{k.Down, k.Up, jump, rv, k.Flag, k.Note, k.Close}
	}
	return []key.Binding{k.Down, k.Up, jump, k.Close}
}

// FullHelp is the help screen, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	anywhere := k.ForceQuit
	anywhere.SetHelp("ctrl+c", "quit from anywhere")
	return [][]key.Binding{
		{k.Up, k.Down, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.Wheel},
		{k.Next, k.Prev, k.Filter, k.Member, k.Search, k.Back},
		{k.NextPane, k.PrevPane, k.ShiftRight, k.ShiftLeft, k.Pin, k.PickArticle, k.ToggleView, k.WordDiff},
		{k.Inspect, k.Reference, k.Overview, k.Help, k.Mouse, k.Quit, anywhere},
		{k.Reviewed, k.Flag, k.Note, k.NextUnreviewed, k.Memo, k.Split, k.Join},
	}
}
