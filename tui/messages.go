package tui

import (
	"context"
	"errors"
	"os"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// LoadFunc reads and compares the articles. It runs on a goroutine of its
// own, off the event loop, while the spinner turns. It reports each step
// through progress, as the line to show ("fetching 1 of 2: example.com/a…"),
// and gives up when ctx is cancelled (esc, q).
type LoadFunc func(ctx context.Context, progress func(step string)) (*compare.Report, error)

// ErrCancelled is Err after esc stopped the loading.
var ErrCancelled = errors.New("cancelled")

// progressMsg is one step of loading, for the line beside the spinner.
type progressMsg struct{ step string }

// reportMsg carries the report and its review session, or the error that
// stopped them, back to Update.
type reportMsg struct {
	rep  *compare.Report
	sess *review.Session
	err  error
}

// loadCmd starts loading on a goroutine and returns the first message it
// sends on ch; listenCmd returns each next one. The last is a reportMsg.
// Once ctx is cancelled nothing is sent or awaited, so no goroutine is
// left blocked on ch.
func loadCmd(ctx context.Context, ch chan tea.Msg, load LoadFunc, open func(*compare.Report) (*review.Session, error)) tea.Cmd {
	return func() tea.Msg {
		go func() {
			send := func(msg tea.Msg) {
				select {
				case ch <- msg:
				case <-ctx.Done():
				}
			}
			send(runLoad(ctx, load, open, func(step string) { send(progressMsg{step}) }))
		}()
		return listenCmd(ctx, ch)()
	}
}

// listenCmd waits for loading's next message.
func listenCmd(ctx context.Context, ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		select {
		case msg := <-ch:
			return msg
		case <-ctx.Done():
			return nil
		}
	}
}

// runLoad runs load, then attaches the review session. It runs on a
// goroutine of its own, which bubbletea does not guard: a panic comes back
// as a panicMsg, which Update raises again as any command's (guard.go).
func runLoad(ctx context.Context, load LoadFunc, open func(*compare.Report) (*review.Session, error), progress func(string)) (msg tea.Msg) {
	defer func() {
		if r := recover(); r != nil {
			msg = panicMsg{value: r, stack: debug.Stack()}
		}
	}()
	rep, err := load(ctx, progress)
	if err != nil || rep == nil || open == nil {
		return reportMsg{rep: rep, err: err}
	}
	sess, err := open(rep)
	return reportMsg{rep: rep, sess: sess, err: err}
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

// memoMsg reports a memo written, or why not; exists says it was not
// written because a file is there and overwriting was not confirmed.
type memoMsg struct {
	path   string
	err    error
	exists bool
}

// memoCmd writes the memo; unless overwrite, it first checks that nothing
// is at path, so e never replaces a file without asking.
func memoCmd(write func(string, *compare.Report, *review.Session) error, path string, rep *compare.Report, s *review.Session, overwrite bool) tea.Cmd {
	return func() tea.Msg {
		if write == nil {
			return memoMsg{path: path, err: errors.New("no memo writer")}
		}
		if !overwrite {
			if _, err := os.Lstat(path); err == nil {
				return memoMsg{path: path, exists: true}
			}
		}
		return memoMsg{path: path, err: write(path, rep, s)}
	}
}
