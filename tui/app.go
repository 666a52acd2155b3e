// Package tui is storydiff's terminal interface: the articles side by side,
// aligned by the facts they report, with an inspector for one item and an
// overview of the whole comparison. It draws a compare.Report and never
// recomputes what the report holds.
package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/storydiff/storydiff/review"
)

// Minimum terminal size; below it the interface says so instead of drawing.
const (
	minWidth  = 40
	minHeight = 10
	maxPanes  = 4
	// minPaneWidth decides how many panes fit: two to four.
	minPaneWidth = 38
	wheelLines   = 3
)

// mode is what fills the screen below the pane headers.
type mode int

const (
	modePanes mode = iota
	modeInspector
	modeOverview
	modeHelp
)

// Model is the root model: the only tea.Model the program runs. It holds
// the focus and view state and routes messages to the component in front.
type Model struct {
	keys    KeyMap
	styles  Styles
	help    help.Model
	spinner spinner.Model
	input   textinput.Model
	loading loading
	err     error

	ix  *index
	lay *layout

	width, height int
	isDark        bool
	mode          mode
	aligned       bool
	wordDiff      bool // every group's word diff in the panes
	wordDiffSet   bool // the editor chose, so the colour profile does not
	first         int  // the first article shown, among those paged (all but the pinned one)
	pin           int  // the article pinned in the first pane, -1 when none
	focus         int  // the focused pane
	cur           int  // the current item, -1 when none
	curRow        int  // the current row, -1 when none
	filter        filter
	query         string  // the committed search
	hits          []match // every match of the search in every article, in the rows' order
	hit           int     // the current match, -1 when none
	searching     bool
	menu          filterMenu    // t: what n visits
	mouseOff      bool          // M: the terminal keeps the mouse, to select text
	artMenu       articleMenu   // P: which article this pane shows
	note          string        // a one-off message for the status bar
	paged         string        // "showing X": the article the last key brought into a pane, said beside the item
	shownNote     string        // the note, when it says which articles are shown: a resize that changes them drops it
	helpScroll    int           // the help screen's first line
	scroll        [maxPanes]int // the aligned view scrolls all panes by scroll[0]
	kept          keptOrder     // in the article view, the aligned view's numbering (toggleView)

	insp inspector
	ov   overview
	rv   reviewState
}

// New returns the root model; load runs on a goroutine once the program
// starts.
func New(load LoadFunc, opts ...Option) Model {
	m := Model{
		keys:     DefaultKeyMap(),
		help:     help.New(),
		spinner:  spinner.New(spinner.WithSpinner(spinner.Dot)),
		input:    textinput.New(),
		loading:  newLoading(load),
		isDark:   true,
		aligned:  true,
		wordDiff: true,
		pin:      -1,
		hit:      -1,
		cur:      -1,
		curRow:   -1,
	}
	m.input.Prompt = "/"
	m.input.Placeholder = "search"
	m.setStyles(true)
	for _, o := range opts {
		o(&m)
	}
	return m
}

// Init starts the comparison and asks the terminal for its background.
func (m Model) Init() tea.Cmd {
	l := m.loading
	return guardCmd(tea.Batch(loadCmd(l.ctx, l.ch, l.fn, m.rv.opts.Open), m.spinner.Tick, tea.RequestBackgroundColor))
}

// Err is the error that stopped loading, if any.
func (m Model) Err() error { return m.err }

// Update handles one message. A panic inside one of the commands it
// returns comes back as a panicMsg and is raised again here (guard.go).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p, ok := msg.(panicMsg); ok {
		p.raise()
	}
	next, cmd := m.update(msg)
	return next, guardCmd(cmd)
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.handleResize(msg), nil
	case tea.ColorProfileMsg:
		// Word diffs in every row are on by default where colour tells
		// them apart from the rest; without colour they are bold, which
		// headlines and quotes use too, so they wait for w.
		if !m.wordDiffSet {
			m.wordDiff = msg.Profile > colorprofile.Ascii
			return m.relayout(), nil
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.setStyles(msg.IsDark())
		if m.rv.sess != nil {
			m.rv.glyphs = m.reviewGlyphs()
		}
		return m.relayout(), nil
	case progressMsg:
		return m.handleProgress(msg)
	case reportMsg:
		return m.handleReport(msg)
	case spinner.TickMsg:
		if m.ix != nil {
			return m, nil
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	case tea.KeyPressMsg:
		next, cmd := m.handleKey(msg)
		return next.(Model).notePlace(cmd)
	case tea.MouseWheelMsg:
		return m.handleWheel(msg).notePlace(nil)
	case autosaveMsg:
		return m.handleAutosave()
	case savedMsg:
		return m.handleSaved(msg)
	case copiedMsg:
		return m.handleCopied(msg)
	case memoMsg:
		return m.handleMemo(msg)
	}
	if m.rv.prompt != promptNone {
		var cmd tea.Cmd
		m.rv.input, cmd = m.rv.input.Update(msg)
		m.rv.input = cleanInput(m.rv.input)
		return m, cmd
	}
	if m.searching {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		m.input = cleanInput(m.input)
		return m, cmd
	}
	return m, nil
}

func (m Model) handleReport(msg reportMsg) (tea.Model, tea.Cmd) {
	m.loading.cancel() // nothing more to wait for
	if (msg.err != nil && msg.sess == nil) || msg.rep == nil {
		m.err = msg.err
		return m, tea.Quit
	}
	m.ix = newIndex(msg.rep)
	m = m.attachSession(msg.sess)
	m.note = joinNotes(m.ix.offStory, m.note)
	if msg.err != nil { // opened, but its first save failed: try again later
		m.rv.saveErr, m.rv.dirty = msg.err, true
	}
	m = m.relayout()
	return m, nil
}

func (m Model) handleResize(msg tea.WindowSizeMsg) Model {
	m.width, m.height = msg.Width, msg.Height
	m.help.SetWidth(msg.Width)
	m.input.SetWidth(max(msg.Width-4, 1))
	m.rv.input.SetWidth(max(msg.Width-10, 1))
	was, focused := m.drawOrder(), m.focusedArticle()
	var shown []int
	if m.ix != nil { // loaded
		shown = m.visible()
	}
	m = m.relayout()
	m = m.keepReading(focused)
	m = m.keepNumbers(was)
	m = m.dropUntrueShown(shown)
	switch m.mode {
	case modeInspector:
		m.insp = m.insp.resize(m.ix, m.width, m.bodyHeight(), &m.styles)
	case modeOverview:
		m.ov = m.ov.resize(m.ix, m.width, m.bodyHeight(), &m.styles)
	case modeHelp:
		m = m.scrollHelp(0)
	}
	return m
}

// dropUntrueShown drops, after a resize that changed which articles have
// panes, what the status bar said about the ones shown before: "showing X"
// beside the item (X was paged in; now it may be shown anyway, or not at
// all) and a note such as "every article is shown".
func (m Model) dropUntrueShown(was []int) Model {
	if m.ix == nil || slices.Equal(was, m.visible()) {
		return m
	}
	m.paged = ""
	if m.shownNote != "" && m.note == m.shownNote {
		m.note = ""
	}
	m.shownNote = ""
	return m
}

// keepReading keeps, after a resize to fewer panes, what the editor was
// reading in a pane: the current item's row (its article brought in when
// no pane shown draws it), else the article that was focused, focused.
func (m Model) keepReading(focused int) Model {
	if m.lay == nil || m.tooSmall() {
		return m
	}
	a := focused
	if m.cur >= 0 && m.cur < len(m.ix.items) && m.curRow >= 0 {
		if m.rowShown(m.curRow) {
			return m
		}
		a = m.ix.items[m.cur].article
	}
	if a < 0 || m.shown(a) {
		return m
	}
	m = m.show(a)
	m.paged = ""
	if p := m.paneOf(a); p >= 0 {
		m.focus = p
	}
	if m.curRow >= 0 {
		m = m.reveal(m.curRow, false)
	}
	return m
}

// focusedArticle is the article in the focused pane, or -1.
func (m Model) focusedArticle() int {
	if m.lay == nil || m.focus < 0 || m.focus >= len(m.lay.panes) {
		return -1
	}
	return m.lay.panes[m.focus].article
}

func (m *Model) setStyles(isDark bool) {
	m.isDark = isDark
	m.styles = DefaultStyles(isDark)
	m.help.Styles = m.styles.Help
	m.spinner.Style = m.styles.Spinner
	m.input.SetStyles(textinput.DefaultStyles(isDark))
}

// tooSmall reports whether the terminal is below the minimum size.
func (m Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

// bodyHeight is the lines between the pane headers and the status bar.
func (m Model) bodyHeight() int { return max(m.height-headerHeight-2, 1) }

// paneCount is how many articles fit side by side.
func (m Model) paneCount() int {
	if m.ix == nil {
		return 0
	}
	n := max(min(m.width/minPaneWidth, maxPanes), 2)
	return min(n, len(m.ix.rep.Articles))
}

// relayout redraws the panes for the current size, view, articles shown
// and search. Everything slow about drawing happens here, not in View.
func (m Model) relayout() Model {
	if m.ix == nil || m.tooSmall() {
		return m
	}
	n := m.paneCount()
	m.first = max(min(m.first, len(m.pageable())-m.pagedPanes()), 0)
	m.focus = max(min(m.focus, n-1), 0)
	widths := make([]int, n)
	room := m.width - (n - 1) // one column between panes
	for i := range widths {
		widths[i] = room / n
		if i < room%n {
			widths[i]++
		}
	}
	spec := layoutSpec{aligned: m.aligned, visible: m.visible(), widths: widths, query: m.query, marks: m.rv.glyphs, diffs: m.wordDiff}
	if m.lay != nil && m.lay.sameShape(spec) {
		m.lay = m.lay.restyled(m.ix, spec, &m.styles) // a search, a mark: nothing to re-wrap
	} else {
		m.lay = buildLayout(m.ix, spec, &m.styles)
		if m.aligned && len(m.lay.panes) < len(m.ix.rep.Articles) {
			m.fullOrder() // once per report: every article laid out, which View must not do
		}
		m = m.orderHits() // their drawn order may have changed (it places hidden ones by fullOrder)
	}
	m.lay = m.lay.withFocus(m.ix, m.curRow, m.cur, &m.styles)
	m = m.withHit()
	if m.curRow >= 0 {
		m = m.reveal(m.curRow, false)
	}
	m = m.clampScroll()
	if m.rv.resume != (review.Place{}) {
		m = m.restorePlace()
	}
	return m
}

// View draws the screen.
func (m Model) View() tea.View {
	var content string
	switch {
	case m.tooSmall():
		content = m.tooSmallView()
	case m.ix == nil:
		content = m.loadingView()
	default:
		content = m.screenView()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	if m.mouseOff {
		v.MouseMode = tea.MouseModeNone
	}
	v.WindowTitle = "storydiff"
	return v
}

func (m Model) screenView() string {
	var b strings.Builder
	b.Grow(m.width * m.height * 2)
	body := m.bodyHeight()
	switch m.mode {
	case modeInspector:
		m.insp.view(&b, m.width, body+headerHeight)
	case modeOverview:
		m.ov.view(&b, m.width, body+headerHeight, &m.styles)
	case modeHelp:
		m.helpView(&b, body+headerHeight)
	default:
		m.panesView(&b, body)
	}
	b.WriteString(m.statusView())
	b.WriteByte('\n')
	b.WriteString(m.footerView())
	return b.String()
}

// panesView writes the pane headers and the visible lines of every pane.
func (m Model) panesView(b *strings.Builder, body int) {
	sep := m.styles.Separator.Render("│")
	for h := range headerHeight {
		for p := range m.lay.panes {
			if p > 0 {
				b.WriteString(sep)
			}
			f := 0
			if p == m.focus {
				f = 1
			}
			b.WriteString(m.lay.panes[p].header[f][h])
		}
		b.WriteByte('\n')
	}
	var menu []string
	switch {
	case m.menu.open:
		menu = m.menuLines(body)
	case m.rv.pick.open:
		menu = m.pickLines()
	case m.artMenu.open:
		menu = m.articleMenuLines()
	}
	for i := range body {
		if j := i - (body - len(menu)); j >= 0 {
			b.WriteString(menu[j])
			b.WriteByte('\n')
			continue
		}
		for p := range m.lay.panes {
			if p > 0 {
				b.WriteString(sep)
			}
			b.WriteString(m.lay.panes[p].screenLine(m.scrollOf(p), i))
		}
		b.WriteByte('\n')
	}
}

// scrollOf is pane p's first visible line.
func (m Model) scrollOf(p int) int {
	if m.aligned {
		return m.scroll[0]
	}
	return m.scroll[p]
}
