package tui

import (
	"errors"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Quitting with marks not yet saved saves them first. When that save
// fails (a full disk, a folder gone read-only) the interface does not
// exit and drop them: it says why and asks for another path to save a
// copy to; esc goes back to the review, ctrl+c quits without saving.

// copiedMsg reports a copy of the session saved elsewhere, or why not.
type copiedMsg struct {
	path string
	err  error
}

func copyCmd(save func(string, []byte) error, path string, data []byte) tea.Cmd {
	return func() tea.Msg { return copiedMsg{path: path, err: save(path, data)} }
}

// CopiedTo is where the marks were saved when the session file could not
// be written, "" otherwise: the command says so on the way out.
func (m Model) CopiedTo() string { return m.rv.copiedTo }

// marksWouldBeLost reports whether marks were made that nothing will
// save (no --session, or a session opened read-only) and q has not yet
// said so.
func (m Model) marksWouldBeLost() bool {
	if m.rv.warned || m.rv.sess == nil || m.rv.opts.Save != nil {
		return false
	}
	return len(m.rv.sess.Marks()) > 0 || len(m.rv.sess.Corrections()) > 0
}

// quit ends the program, after saving any unsaved marks.
func (m Model) quit() (tea.Model, tea.Cmd) {
	m, _ = m.recordPlace() // the place is saved with the marks
	if m.rv.opts.Save == nil || m.rv.sess == nil || (!m.rv.dirty && !m.rv.saving && m.rv.saveErr == nil) {
		m.rv.quit = true
		return m, tea.Quit
	}
	m.rv.quitting = true
	m.note = "saving…"
	if m.rv.saving {
		return m, nil // handleSaved carries on
	}
	m.rv.dirty = true
	next, cmd := m.handleAutosave()
	if cmd == nil { // the session could not even be encoded
		m = next.(Model)
		return m.askWhereToSave(m.rv.saveErr)
	}
	return next, cmd
}

// quitAfterSave ends a quit once the last save is done: out when it was
// written, else the question.
func (m Model) quitAfterSave(err error) (tea.Model, tea.Cmd) {
	switch {
	case err == nil && m.rv.dirty:
		return m.handleAutosave() // a change made during the save
	case err == nil:
		return m, tea.Quit
	}
	m.rv.quitting = false
	return m.askWhereToSave(err)
}

// askWhereToSave opens the prompt for another path, saying why: in the
// fullest form of the message that leaves the suggested path room to be
// read whole on the line.
func (m Model) askWhereToSave(err error) (tea.Model, tea.Cmd) {
	forms := m.rv.notSavedForms(err)
	if m.rv.opts.SaveCopy == nil {
		m.note = forms[0] + "; q again quits without them"
		m.rv.saveErr, m.rv.dirty = nil, false // the next q quits
		return m, nil
	}
	m.note = ""
	const ask = "; save to: "
	label := forms[len(forms)-1] + ask
	for _, f := range forms {
		if ansi.StringWidth(f+ask)+ansi.StringWidth(m.rv.opts.CopyPath)+2 <= m.width {
			label = f + ask
			break
		}
	}
	m = m.openPrompt(promptSaveAs, label, m.rv.opts.CopyPath)
	return m, textinput.Blink
}

// handleCopied quits once a copy is saved, or asks again.
func (m Model) handleCopied(msg copiedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		return m.askWhereToSave(msg.err)
	}
	m.rv.copiedTo = msg.path
	return m, tea.Quit
}

// saveCopy writes the session to the path typed at the prompt.
func (m Model) saveCopy(path string) (tea.Model, tea.Cmd) {
	data, err := m.rv.sess.Marshal()
	if err != nil {
		return m.askWhereToSave(err)
	}
	m.note = "saving to " + path + "…"
	return m, copyCmd(m.rv.opts.SaveCopy, path, data)
}

var errNoPath = errors.New("no path given")

// rootCause is the innermost error, "no space left on device" rather than
// the whole chain with its paths: the prompt shares one line with the path
// being typed.
func rootCause(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// notSavedForms is the one wording of a save that failed, for every line
// that says it (the status bar, the question on quitting), fullest first:
// "NOT SAVED: no space left on device (s.json)", "NOT SAVED: no space
// left on device", "NOT SAVED". What happened and why come first: the
// session's name is on the command line, so a narrow line drops it
// first; the cause is the innermost error, not the chain with its paths.
func (rv *reviewState) notSavedForms(err error) []string {
	why := "NOT SAVED: " + saneLine(rootCause(err))
	if rv.opts.Name == "" {
		return []string{"NOT SAVED: " + saneLine(err.Error()), why, "NOT SAVED"}
	}
	return []string{why + " (" + saneLine(rv.opts.Name) + ")", why, "NOT SAVED"}
}
