package main

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/tui"
)

// isTerminal reports whether w is a terminal, so the interactive interface
// can be the default there and plain text everywhere else.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// runTUI opens the interactive interface on the terminal out. Reading and
// comparing the articles run inside the program, behind a spinner. loadErr
// is an article that could not be read; runErr is a terminal that failed.
// Either way the terminal is restored before runTUI returns.
func runTUI(cfg config, stdin io.Reader, out *os.File) (loadErr, runErr error) {
	load := func() (*compare.Report, error) {
		docs, err := loadAll(cfg, stdin)
		if err != nil {
			return nil, err
		}
		return compare.Compare(docs, compare.Options{}), nil
	}
	// When an article comes from standard input, bubbletea reads keys from
	// the controlling terminal instead.
	final, err := tea.NewProgram(tui.New(load), tea.WithOutput(out)).Run()
	if err != nil {
		return nil, fmt.Errorf("terminal interface: %w", err)
	}
	if m, ok := final.(tui.Model); ok && m.Err() != nil {
		return m.Err(), nil
	}
	return nil, nil
}
