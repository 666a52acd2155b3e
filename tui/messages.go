package tui

import (
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// LoadFunc reads and compares the articles. It runs in a tea.Cmd, off the
// event loop, while the spinner turns.
type LoadFunc func() (*compare.Report, error)

// reportMsg carries the report and its review session, or the error that
// stopped them, back to Update.
type reportMsg struct {
	rep  *compare.Report
	sess *review.Session
	err  error
}

// loadCmd runs load, then attaches the review session. A panic in the
// engine becomes an error, so the terminal is restored and the command can
// say what failed.
func loadCmd(load LoadFunc, open func(*compare.Report) (*review.Session, error)) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = reportMsg{err: fmt.Errorf("comparing: %v", r)}
			}
		}()
		rep, err := load()
		if err != nil || rep == nil || open == nil {
			return reportMsg{rep: rep, err: err}
		}
		sess, err := open(rep)
		return reportMsg{rep: rep, sess: sess, err: err}
	}
}

// autosaveDelay is how long after a change the session is saved. Changes
// made meanwhile ride along, so a kill loses at most this plus one write.
const autosaveDelay = 500 * time.Millisecond

// autosaveMsg says the autosave delay is over.
type autosaveMsg struct{}

func autosaveCmd() tea.Cmd {
	return tea.Tick(autosaveDelay, func(time.Time) tea.Msg { return autosaveMsg{} })
}

// savedMsg reports a finished save.
type savedMsg struct{ err error }

func saveCmd(save func(uint64, []byte) error, rev uint64, data []byte) tea.Cmd {
	return func() tea.Msg { return savedMsg{err: save(rev, data)} }
}

// memoMsg reports a memo written, or why not.
type memoMsg struct {
	path string
	err  error
}

func memoCmd(write func(string, *compare.Report, *review.Session) error, path string, rep *compare.Report, s *review.Session) tea.Cmd {
	return func() tea.Msg {
		if write == nil {
			return memoMsg{path: path, err: errors.New("no memo writer")}
		}
		return memoMsg{path: path, err: write(path, rep, s)}
	}
}
