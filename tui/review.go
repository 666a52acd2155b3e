package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// Review is what the interface needs to keep a review session. Every func
// runs in a tea.Cmd, never in Update. The zero Review keeps marks in
// memory only.
type Review struct {
	// Open attaches the session to the report once it is compared. The
	// interface changes the session it returns in place, on its event
	// loop, so the caller can still save it if the interface crashes.
	// A session returned with an error opened but could not be saved (a
	// full disk): it is shown, NOT SAVED, and saved again later.
	Open func(*compare.Report) (*review.Session, error)
	// Save writes a snapshot (revision, encoded session); nil when marks
	// are not saved.
	Save func(rev uint64, data []byte) error
	// ReadOnly says why marks cannot be changed ("" when they can).
	ReadOnly string
	// WriteMemo writes the memo of the report and a copy of the session.
	WriteMemo func(path string, rep *compare.Report, s *review.Session) error
	// MemoPath is the path the memo prompt suggests.
	MemoPath string
	// SaveCopy writes the encoded session to another path, offered when
	// quitting finds the session file cannot be written; CopyPath is the
	// path suggested.
	SaveCopy func(path string, data []byte) error
	CopyPath string
	// Name is the session file's name, for the question when it cannot
	// be written ("s.json NOT SAVED (…)").
	Name string
}

// Option configures the model.
type Option func(*Model)

// WithReview keeps a review session.
func WithReview(r Review) Option { return func(m *Model) { m.rv.opts = r } }

// prompt is what the text box at the bottom is asking for.
type prompt int

const (
	promptNone prompt = iota
	promptNote
	promptMemo
	promptOverwrite // y writes the memo over an existing file
	promptSaveAs    // where to save the marks the session file would not take
)

// reviewState is the session as the interface holds it: the marks, the
// gutters drawn from them, and the autosave's progress.
type reviewState struct {
	opts    Review
	sess    *review.Session
	ids     []string           // per item of the index: its review id
	glyphs  map[sentRef]string // per sentence: its review mark, styled
	prompt  prompt
	input   textinput.Model
	target  string // the item a note is for
	memo    string // the memo path waiting for y to overwrite
	pending bool   // an autosave tick is on its way
	saving  bool   // a save is running
	dirty   bool   // changed since the last save began
	saveErr error
	resume  review.Place    // where the session left off, until the panes can show it
	base    *compare.Report // the report as compared, before the editor's corrections
	pick    picker          // J: the sentences a unique one may be the same fact as
	// progress is the session's progress text, counted when marks change
	// rather than in every frame (it walks every item); progressShort is
	// the same in the gutter's marks, for a narrow status bar.
	progress, progressShort string
	// quitting is set while q waits for the last save; copiedTo is
	// where the marks went when the session file would not take them.
	quitting bool
	copiedTo string
	quit     bool // quit with nothing left to save
	warned   bool // q said the marks will be lost: the next q quits
	// targetOrphan is 1 + the index of the orphan a note is for (the
	// overview's orphaned marks), 0 when it is for target.
	targetOrphan int
}

// Session is the review session, for the command's final save.
func (m Model) Session() *review.Session { return m.rv.sess }

// attachSession takes the session that came with the report and says
// what happened to its marks.
func (m Model) attachSession(s *review.Session) Model {
	if s == nil {
		s = review.New(m.ix.rep, nil)
	}
	m.rv.sess = s
	m.rv.base = m.ix.rep
	if len(s.Corrections()) > 0 {
		m.ix = m.correctedIndex()
	}
	m.rv.ids = m.itemIDs()
	m.rv.glyphs = m.reviewGlyphs()
	m.rv.countProgress()
	m.rv.resume = s.Place()
	var msgs []string
	if ro := m.rv.opts.ReadOnly; ro != "" {
		msgs = append(msgs, "read-only: "+ro)
	}
	switch ch, r := s.Changed(), s.Retarget(); {
	case r != nil:
		// The articles added are new to the session, not changed.
		msgs = append(msgs, retargetNote(*r))
		if ch = slices.DeleteFunc(slices.Clone(ch), func(l string) bool { return !slices.Contains(r.Kept, l) }); len(ch) > 0 {
			msgs = append(msgs, fmt.Sprintf("changed since last time: %s", strings.Join(ch, ", ")))
		}
	case len(ch) > 0 && len(s.Sources()) > 0 && (len(s.Marks()) > 0 || len(s.Orphans()) > 0):
		msgs = append(msgs, fmt.Sprintf("changed since last time: %s", strings.Join(ch, ", ")))
	}
	if n := s.Reattached(); n > 0 {
		msgs = append(msgs, fmt.Sprintf("%s re-attached by content", plural(n, "mark", "marks")))
	}
	var listed []string
	if n := m.unvisitedMarks(); n > 0 {
		listed = append(listed, plural(n, "mark", "marks")+" off the items n visits")
	}
	if n := len(s.Orphans()); n > 0 {
		listed = append(listed, plural(n, "orphaned mark", "orphaned marks"))
	}
	if len(listed) > 0 {
		msgs = append(msgs, strings.Join(listed, ", ")+" (o lists them)")
	}
	m.note = strings.Join(msgs, " · ")
	return m
}

// retargetNote words what --retarget did for the status bar, what
// changed first: "session retargeted: dropped a.txt, added c.txt; kept
// b.txt". A narrow bar shortens it to its first clause, which keeps
// both the articles lost and those new to the session.
func retargetNote(r review.Retarget) string {
	var changed []string
	if len(r.Dropped) > 0 {
		changed = append(changed, "dropped "+strings.Join(r.Dropped, ", "))
	}
	if len(r.Added) > 0 {
		changed = append(changed, "added "+strings.Join(r.Added, ", "))
	}
	note := "session retargeted: " + strings.Join(changed, ", ")
	if len(r.Kept) > 0 {
		note += "; kept " + strings.Join(r.Kept, ", ")
	}
	return note
}

// itemIDs is each item's review id.
func (m Model) itemIDs() []string {
	ids := make([]string, len(m.ix.items))
	sids := review.SentenceIDs(m.ix.rep)
	for i, it := range m.ix.items {
		switch {
		case it.group >= 0:
			ids[i] = m.ix.rep.Groups[it.group].ID
		case it.quote >= 0:
			ids[i] = m.ix.rep.Quotes[it.quote].ID
		case it.fact >= 0:
			ids[i] = m.ix.rep.Facts[it.fact].ID
		case it.kind == kindUnique:
			ids[i] = sids[it.article][it.sentence]
		}
	}
	return ids
}

// reviewGlyphs gives each sentence its review marks, two cells: flagged
// (else reviewed) and noted, over the items on it, so an item both flagged
// and noted shows both.
func (m Model) reviewGlyphs() map[sentRef]string {
	const (
		reviewed = 1 << iota
		flagged
		noted
	)
	bits := map[sentRef]int{}
	for i, it := range m.ix.items {
		mk := m.rv.sess.Mark(m.rv.ids[i])
		b := 0
		if mk.Reviewed {
			b |= reviewed
		}
		if mk.Flagged {
			b |= flagged
		}
		if mk.Note != "" {
			b |= noted
		}
		if b == 0 {
			continue
		}
		var refs []sentRef
		switch {
		case it.group >= 0:
			for a, c := range m.ix.rows[it.row].cells {
				for _, s := range c {
					refs = append(refs, sentRef{a, s})
				}
			}
			for _, mb := range m.ix.rep.Groups[it.group].Related { // again, related: the group's marks
				for _, s := range mb.Sentences {
					refs = append(refs, sentRef{mb.Article, s})
				}
			}
		case it.fact >= 0: // a figure: every sentence that gives it
			for _, mn := range m.ix.rep.Facts[it.fact].Mentions {
				refs = append(refs, sentRef{mn.Article, mn.Sentence})
			}
		default:
			refs = []sentRef{{it.article, it.sentence}}
		}
		for _, ref := range refs {
			bits[ref] |= b
		}
	}
	st := &m.styles
	out := make(map[sentRef]string, len(bits))
	for ref, b := range bits {
		g := " "
		switch {
		case b&flagged != 0:
			g = st.MarkFlagged.Render(markFlagged)
		case b&reviewed != 0:
			g = st.MarkReviewed.Render(markReviewed)
		}
		if b&noted != 0 {
			g += st.MarkNote.Render(markNote)
		} else {
			g += " "
		}
		out[ref] = g
	}
	return out
}

// currentID is the review id of the item in front: the inspector's, else
// the current item's, else on a related sentence its group's; "" when
// there is none.
func (m Model) currentID() string {
	cur, row := m.shownCurrent()
	if m.mode == modeInspector {
		cur = m.insp.cur
	} else if cur < 0 {
		cur = m.ix.relatedOf(row)
	}
	if cur < 0 || cur >= len(m.rv.ids) {
		return ""
	}
	return m.rv.ids[cur]
}

// handleReviewKey handles the review keys in the panes and the inspector;
// ok is false for any other key.
func (m Model) handleReviewKey(msg tea.KeyPressMsg) (_ Model, _ tea.Cmd, ok bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.NextUnreviewed):
		return m.nextUnreviewed(), nil, true
	case key.Matches(msg, k.Memo):
		return m.openPrompt(promptMemo, "memo: ", m.rv.opts.MemoPath), textinput.Blink, true
	case !key.Matches(msg, k.Reviewed, k.Flag, k.Note):
		return m, nil, false
	}
	id := m.currentID()
	switch {
	case id != "" && !m.knownItem(id):
		m.note = "no marks on an item your correction made (S or J on it undoes the correction)"
		return m, nil, true
	case id == "":
		m.note = "n: choose an item first"
		return m, nil, true
	case m.rv.opts.ReadOnly != "":
		m.note = "read-only: " + m.rv.opts.ReadOnly
		return m, nil, true
	case key.Matches(msg, k.Note):
		m.rv.target, m.rv.targetOrphan = id, 0
		return m.openPrompt(promptNote, "note: ", m.rv.sess.Mark(id).Note), textinput.Blink, true
	case key.Matches(msg, k.Reviewed):
		m.rv.sess.ToggleReviewed(id)
		m.note = map[bool]string{true: "reviewed", false: "not reviewed"}[m.rv.sess.Mark(id).Reviewed]
	default:
		m.rv.sess.ToggleFlagged(id)
		m.note = map[bool]string{true: "flagged", false: "flag cleared"}[m.rv.sess.Mark(id).Flagged]
	}
	m, cmd := m.marksChanged()
	return m, cmd, true
}

// knownItem reports whether the session can mark the item with id: not
// one that only the editor's corrections made.
func (m Model) knownItem(id string) bool {
	_, ok := m.rv.sess.Item(id)
	return ok
}

// marksChanged redraws what shows marks and schedules an autosave.
func (m Model) marksChanged() (Model, tea.Cmd) {
	m.rv.glyphs = m.reviewGlyphs()
	m.rv.countProgress()
	m = m.relayout()
	if m.mode == modeOverview {
		m = m.refreshOverview()
	}
	if m.mode == modeInspector {
		m.insp.mark = m.rv.sess.Mark(m.currentID())
		m.insp = m.insp.resize(m.ix, m.width, m.insp.height, &m.styles)
	}
	m.rv.dirty = true
	return m, m.scheduleSave()
}

func (m Model) openPrompt(p prompt, label, value string) Model {
	m.rv.prompt = p
	m.rv.input = textinput.New()
	m.rv.input.Prompt = label
	m.rv.input.SetStyles(textinput.DefaultStyles(m.isDark))
	m.rv.input.SetWidth(max(m.width-ansi.StringWidth(label)-2, 1))
	m.rv.input.CharLimit = 2000
	m.rv.input.SetValue(value)
	m.rv.input.CursorEnd()
	m.rv.input.Focus()
	return m
}

// handleMemo reports a memo written, or asks before replacing a file.
func (m Model) handleMemo(msg memoMsg) (tea.Model, tea.Cmd) {
	switch {
	case msg.exists:
		m.rv.memo = msg.path
		m = m.openPrompt(promptOverwrite, msg.path+" exists. Overwrite it? (y/n) ", "")
		return m, textinput.Blink
	case msg.err != nil:
		m.note = "memo not written: " + msg.err.Error()
	default:
		m.note = "memo written to " + msg.path
	}
	return m, nil
}

// handlePromptKey edits the note or the memo path: enter saves or writes,
// esc cancels. The overwrite question takes y, anything else is no.
func (m Model) handlePromptKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.rv.prompt == promptOverwrite && !key.Matches(msg, m.keys.ForceQuit) {
		m.rv.prompt = promptNone
		if msg.Text == "y" || msg.Text == "Y" {
			m.note = "writing " + m.rv.memo + "…"
			return m, memoCmd(m.rv.opts.WriteMemo, m.rv.memo, m.ix.rep, m.rv.sess.Clone(), true)
		}
		m.note = "memo not written: " + m.rv.memo + " left as it was"
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.ForceQuit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Cancel):
		if m.rv.prompt == promptSaveAs {
			m.rv.prompt = promptNone
			m.note = "not quit; q tries again" // the bar says NOT SAVED and why
			return m, nil
		}
		m.rv.prompt = promptNone
		m.note = "cancelled"
		return m, nil
	case key.Matches(msg, m.keys.Confirm):
		p, value := m.rv.prompt, strings.TrimSpace(m.rv.input.Value())
		m.rv.prompt = promptNone
		if p == promptSaveAs {
			if value == "" {
				return m.askWhereToSave(errNoPath)
			}
			return m.saveCopy(value)
		}
		if p == promptMemo {
			if value == "" {
				m.note = "no memo written: no path"
				return m, nil
			}
			m.note = "writing " + value + "…"
			return m, memoCmd(m.rv.opts.WriteMemo, value, m.ix.rep, m.rv.sess.Clone(), false)
		}
		if o := m.rv.targetOrphan; o > 0 {
			m.rv.sess.SetOrphanNote(o-1, value)
		} else {
			m.rv.sess.SetNote(m.rv.target, value)
		}
		m.note = map[bool]string{true: "note saved", false: "note removed"}[value != ""]
		return m.marksChanged()
	}
	var cmd tea.Cmd
	m.rv.input, cmd = m.rv.input.Update(msg)
	m.rv.input = cleanInput(m.rv.input)
	return m, cmd
}

// nextUnreviewed moves to the next item of the kinds n visits that is not
// marked reviewed, wrapping around once.
func (m Model) nextUnreviewed() Model {
	n := len(m.ix.items)
	start := m.cur
	if m.mode == modeInspector {
		start = m.insp.cur
	}
	for d := 1; d <= n; d++ {
		i := ((start+d)%n + n) % n
		it := m.ix.items[i]
		if m.filter.accepts(m.ix, it) && !m.rv.sess.Mark(m.rv.ids[i]).Reviewed {
			if !m.rowShown(it.row) { // page to the article that has it
				m = m.show(it.article)
			}
			m = m.moveTo(i, it.row)
			if m.mode == modeInspector {
				m = m.openInspector()
			}
			return m
		}
	}
	what := m.filter.String()
	if m.filter == filterAll {
		what = "items" // not "no unreviewed all items"
	}
	m.note = "no unreviewed " + what + " left (" + m.rv.sess.ProgressText() + ")"
	return m
}

// scheduleSave starts the autosave clock unless it is running or a save
// is: the save that ends then picks up every change made meanwhile.
func (m *Model) scheduleSave() tea.Cmd {
	if m.rv.opts.Save == nil || m.rv.pending || m.rv.saving || !m.rv.dirty {
		return nil
	}
	m.rv.pending = true
	return autosaveCmd()
}

// handleAutosave encodes the session (cheap) and hands the bytes to a
// tea.Cmd that writes them.
func (m Model) handleAutosave() (tea.Model, tea.Cmd) {
	m.rv.pending = false
	if !m.rv.dirty || m.rv.saving {
		return m, nil
	}
	data, err := m.rv.sess.Marshal()
	if err != nil {
		m.rv.saveErr = err
		return m, nil
	}
	m.rv.saving, m.rv.dirty = true, false
	return m, saveCmd(m.rv.opts.Save, m.rv.sess.Rev(), data)
}

func (m Model) handleSaved(msg savedMsg) (tea.Model, tea.Cmd) {
	m.rv.saving = false
	m.rv.saveErr = msg.err
	if m.rv.quitting {
		return m.quitAfterSave(msg.err)
	}
	if msg.err != nil {
		m.rv.dirty = true // try again with the next change or tick
		return m, m.scheduleSave()
	}
	if m.rv.dirty && !m.rv.pending {
		// Changes made while that save ran have waited their delay
		// already: write them now, not a delay later, so a mark is on
		// disk within autosaveDelay and two writes.
		return m.handleAutosave()
	}
	return m, nil
}

// countProgress counts the session's progress for the status bar.
func (rv *reviewState) countProgress() {
	rv.progress = rv.sess.ProgressText()
	r, t, f := rv.sess.Progress()
	rv.progressShort = fmt.Sprintf("%s%d/%d %s%d", markReviewed, r, t, markFlagged, f)
}
