package tui

import (
	"cmp"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// filter is the kinds of item n and N visit.
type filter int

const (
	filterAll filter = iota
	filterGroups
	filterUnique
	filterQuotes
	filterOddQuotes // unique and variant quotes
	filterConflicts
	filterFraming // groups whose outlets frame the fact differently
	filterHedging // groups whose outlets hedge the fact differently
	numFilters
)

func (f filter) String() string {
	return [...]string{"all items", "groups", "unique sentences", "quotes", "unique & variant quotes", "conflicts", "groups framed differently", "groups hedged differently"}[f]
}

func (f filter) accepts(ix *index, it item) bool {
	switch f {
	case filterGroups:
		return it.kind == kindShared || it.kind == kindRelated
	case filterUnique:
		return it.kind == kindUnique
	case filterQuotes:
		return it.kind == kindQuote
	case filterOddQuotes:
		return it.kind == kindQuote && quoteStatus(ix.rep.Quotes[it.quote]) != "shared"
	case filterConflicts:
		return it.kind == kindConflict
	case filterFraming:
		return (it.kind == kindShared || it.kind == kindRelated) && it.group >= 0 && ix.rep.Groups[it.group].DivergentFraming
	case filterHedging:
		return (it.kind == kindShared || it.kind == kindRelated) && it.group >= 0 && len(ix.rep.Groups[it.group].HedgingDiffers) > 0
	}
	return true
}

// handleKey routes a key press to the screen in front.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.searching {
		return m.handleSearchKey(msg)
	}
	if m.rv.prompt != promptNone {
		return m.handlePromptKey(msg)
	}
	if m.ix == nil {
		return m.handleLoadingKey(msg)
	}
	// ctrl+c quits from anywhere; q closes the help, the overview, the
	// inspector and the menus, as in tig and less's help, and quits in the
	// panes. Either saves unsaved marks first; q warns first of marks
	// that no session will keep.
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quit()
	}
	if key.Matches(msg, m.keys.Quit) && (m.tooSmall() || m.mode == modePanes && !m.menu.open && !m.rv.pick.open && !m.artMenu.open) {
		if m.marksWouldBeLost() {
			m.rv.warned = true
			m.note = quitUnkept
			if m.rv.opts.ReadOnly != "" {
				m.note = quitUnkeptRO
			}
			return m, nil
		}
		return m.quit()
	}
	if m.tooSmall() {
		return m, nil
	}
	m.note, m.paged = "", ""
	if m.menu.open {
		return m.handleMenuKey(msg), nil
	}
	if m.rv.pick.open {
		return m.handlePickKey(msg)
	}
	if m.artMenu.open {
		return m.handleArticleMenuKey(msg), nil
	}
	if m.mode == modePanes || m.mode == modeInspector {
		if next, cmd, ok := m.handleReviewKey(msg); ok {
			return next, cmd
		}
	}
	if m.mode == modeOverview {
		if next, cmd, ok := m.handleOverviewMark(msg); ok {
			return next, cmd
		}
	}
	switch m.mode {
	case modeInspector:
		return m.handleInspectorKey(msg), nil
	case modeOverview:
		return m.handleOverviewKey(msg), nil
	case modeHelp:
		return m.handleHelpKey(msg), nil
	}
	return m.handlePanesKey(msg)
}

// handlePanesKey is navigation in the panes: a pure function of the model
// and the key, apart from the search box it may focus.
func (m Model) handlePanesKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	body := m.bodyHeight()
	switch {
	case key.Matches(msg, m.keys.Down):
		return m.scrollBy(1), nil
	case key.Matches(msg, m.keys.Up):
		return m.scrollBy(-1), nil
	case key.Matches(msg, m.keys.PageDown):
		return m.scrollBy(max(body-2, 1)), nil
	case key.Matches(msg, m.keys.PageUp):
		return m.scrollBy(-max(body-2, 1)), nil
	case key.Matches(msg, m.keys.HalfDown):
		return m.scrollBy(max(body/2, 1)), nil
	case key.Matches(msg, m.keys.HalfUp):
		return m.scrollBy(-max(body/2, 1)), nil
	case key.Matches(msg, m.keys.Mouse):
		m.mouseOff = !m.mouseOff
		m.note = map[bool]string{true: "mouse off: drag to select text; M turns the wheel back on", false: "mouse wheel scrolls; M turns it off to select text"}[m.mouseOff]
		return m, nil
	case key.Matches(msg, m.keys.Top):
		return m.scrollBy(-1 << 30), nil
	case key.Matches(msg, m.keys.Bottom):
		return m.scrollBy(1 << 30), nil
	case key.Matches(msg, m.keys.Next):
		return m.step(1), nil
	case key.Matches(msg, m.keys.Prev):
		return m.step(-1), nil
	case key.Matches(msg, m.keys.Filter):
		return m.openMenu(), nil
	case key.Matches(msg, m.keys.Member):
		return m.toMember(), nil
	case key.Matches(msg, m.keys.NextPane):
		m.focus = (m.focus + 1) % len(m.lay.panes)
		return m, nil
	case key.Matches(msg, m.keys.PrevPane):
		m.focus = (m.focus + len(m.lay.panes) - 1) % len(m.lay.panes)
		return m, nil
	case key.Matches(msg, m.keys.ShiftRight):
		return m.page(1), nil
	case key.Matches(msg, m.keys.ShiftLeft):
		return m.page(-1), nil
	case key.Matches(msg, m.keys.Split):
		return m.split()
	case key.Matches(msg, m.keys.Join):
		return m.join()
	case key.Matches(msg, m.keys.PickArticle):
		m.artMenu = articleMenu{open: true, cur: m.lay.panes[m.focus].article}
		return m, nil
	case key.Matches(msg, m.keys.Pin):
		return m.togglePin(), nil
	case key.Matches(msg, m.keys.ToggleView):
		return m.toggleView(), nil
	case key.Matches(msg, m.keys.WordDiff):
		m.wordDiff, m.wordDiffSet = !m.wordDiff, true
		m.note = map[bool]string{true: "word diffs in every row", false: "word diffs on the current item only"}[m.wordDiff]
		return m.relayout(), nil
	case key.Matches(msg, m.keys.Inspect):
		return m.openInspector(), nil
	case key.Matches(msg, m.keys.Overview):
		m.mode = modeOverview
		m.ov = newOverview(m.ix, m.width, m.bodyHeight()+headerHeight, &m.styles, m.overviewReview())
		return m, nil
	case key.Matches(msg, m.keys.Search):
		// The box opens empty, as less's and vim's do: what the editor
		// types is a new search, not words added to the last one. The
		// last search stands dim in it, and enter on the empty box runs
		// it again.
		m.searching = true
		m.input.SetValue("")
		m.input.Placeholder = cmp.Or(m.query, "search")
		return m, m.input.Focus()
	case key.Matches(msg, m.keys.Back):
		if m.query != "" {
			m.query, m.hits, m.hit = "", nil, -1
			m.note = "search cleared"
			return m.relayout(), nil
		}
		m.cur, m.curRow = -1, -1
		m.lay = m.lay.withFocus(m.ix, -1, -1, &m.styles)
		return m, nil
	case key.Matches(msg, m.keys.Help):
		m.mode, m.helpScroll = modeHelp, 0
		return m, nil
	}
	return m, nil
}

func (m Model) handleWheel(msg tea.MouseWheelMsg) Model {
	if m.ix == nil || m.tooSmall() {
		return m
	}
	d := 0
	switch msg.Button {
	case tea.MouseWheelDown:
		d = wheelLines
	case tea.MouseWheelUp:
		d = -wheelLines
	}
	switch m.mode {
	case modeInspector:
		m.insp.scrollBy(d)
	case modeOverview:
		m.ov.moveBy(d)
	case modeHelp:
		m = m.scrollHelp(d)
	case modePanes:
		m = m.scrollBy(d)
	}
	return m
}

// toggleView switches between the aligned and the article view without
// renumbering the items. Items are numbered as n visits them in the
// aligned view; the article view shows those numbers (its n goes in the
// articles' order, so there they need not rise as n goes), and back in
// the same panes the aligned view takes up the order it left, articles
// paged in by n and all. After a change of panes or width in between,
// n's order is the new panes' and the numbers stay (keepNumbers).
func (m Model) toggleView() Model {
	top, atStart := m.topRow(), m.atStart()
	if m.aligned {
		m.kept = keptOrder{}
		if so := m.drawOrder(); so != nil && so.seq != nil {
			m.kept = keptOrder{so: so, spec: m.lay.spec}
		}
	}
	m.aligned = !m.aligned
	m = m.relayout()
	if m.aligned {
		if m.kept.so != nil && m.lay.sameShape(m.kept.spec) {
			m.lay.screen = m.kept.so
		} else {
			m = m.keepNumbers(m.kept.so) // resized meanwhile
		}
		m.kept = keptOrder{}
	}
	switch {
	case atStart && m.curRow < 0:
		// From the top of one view to the top of the other: each
		// article from its first line, not its counterpart of the
		// first row placed a quarter down.
		m.scroll = [maxPanes]int{}
		m = m.clampScroll()
	case m.curRow < 0 && top >= 0:
		m = m.reveal(top, true)
	}
	return m
}

// keptOrder is the aligned view's order and numbering of the items, kept
// while the article view is shown (see toggleView), with the layout spec
// it was worked out for.
type keptOrder struct {
	so   *screenSeq
	spec layoutSpec
}
