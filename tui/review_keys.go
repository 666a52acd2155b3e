package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

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
		m.note = "no marks on an item your correction made; S or J on it undoes the correction"
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
		if value != "" && m.rv.opts.ReadOnly != "" {
			m.note = noteUnkeptRO
		} else if value != "" && m.rv.opts.Save == nil {
			m.note = noteUnkept // "saved" would promise what q then takes back
		}
		return m.marksChanged()
	}
	var cmd tea.Cmd
	m.rv.input, cmd = m.rv.input.Update(msg)
	m.rv.input = cleanInput(m.rv.input)
	return m, cmd
}

// What q and a note say when no session file will keep the marks.
const (
	quitUnkept   = "marks are kept only with --session: q again quits without them"
	quitUnkeptRO = "marks are not saved (the session is read-only): q again quits without them"
	noteUnkept   = "note kept until you quit: it is saved only with --session"
	noteUnkeptRO = "note kept until you quit: the session is read-only"
)

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
