package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
)

// LoadFunc reads and compares the articles. It runs in a tea.Cmd, off the
// event loop, while the spinner turns.
type LoadFunc func() (*compare.Report, error)

// reportMsg carries the report, or the error that stopped it, back to Update.
type reportMsg struct {
	rep *compare.Report
	err error
}

// loadCmd runs load and reports the result. A panic in the engine becomes
// an error, so the terminal is restored and the command can say what failed.
func loadCmd(load LoadFunc) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = reportMsg{err: fmt.Errorf("comparing: %v", r)}
			}
		}()
		rep, err := load()
		return reportMsg{rep: rep, err: err}
	}
}
