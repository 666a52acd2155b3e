package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

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
