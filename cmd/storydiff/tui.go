package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
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
	rr, err := startReview(cfg, stdin, true) // before the screen is taken: errors are one line
	if err != nil {
		return err, nil
	}
	stdin = rr.stdin
	load := func(ctx context.Context, progress func(string)) (*compare.Report, error) {
		docs, err := loadAllContext(ctx, cfg, stdin, progress)
		if err != nil {
			return nil, err
		}
		progress(fmt.Sprintf("comparing %d articles", len(docs)))
		return compare.Compare(docs, compare.Options{}), nil
	}
	// When an article comes from standard input, bubbletea reads keys from
	// the controlling terminal instead.
	p := tea.NewProgram(tui.New(guardLoad(load), tui.WithReview(rr.tuiReview(cfg))), rr.programOptions(tea.WithOutput(out))...)
	stop := rr.quitOnSignals(p)
	// bubbletea puts the terminal's modes back on every way out of Run it
	// catches, a recovered panic included. These modes, saved before it
	// takes the terminal, are put back too whenever runTUI returns, a
	// panic in this function included, so that no way out leaves the
	// reader's shell without echo.
	defer keepModes(out)()
	final, err := runProgram(p)
	stop()
	m, _ := final.(tui.Model)
	var c *crashError
	if errors.As(err, &c) {
		_ = rr.finishAfterCrash() // the crash is the line to print
	} else if serr := rr.finish(m.Session()); serr != nil && err == nil {
		if to := m.CopiedTo(); to != "" {
			return nil, fmt.Errorf("%w; the marks were saved to %s instead", serr, ingest.Sanitize(to))
		}
		return nil, serr
	}
	if err != nil {
		return nil, fmt.Errorf("terminal interface: %w", err)
	}
	if m, ok := final.(tui.Model); ok && m.Err() != nil {
		return m.Err(), nil
	}
	return nil, nil
}

// keepModes saves the terminal modes (termios) of f and returns a function
// that puts them back; on anything but a terminal both do nothing. runTUI
// defers it, so it runs once, after bubbletea's Run has returned: nothing
// of bubbletea's touches the modes after that (a goroutine that recovers a
// panic late calls Run's shutdown again, which runs only once).
func keepModes(f *os.File) (restore func()) {
	saved, err := term.GetState(f.Fd())
	if err != nil {
		return func() {}
	}
	return func() { _ = term.Restore(f.Fd(), saved) }
}
