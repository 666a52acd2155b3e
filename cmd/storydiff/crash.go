package main

// Crash safety. A bug must never leave the reader's terminal in raw mode or
// on the alternate screen, nor bury it under a stack trace. Panics are
// caught where they can be and turned into one line naming a crash report:
//
//   - on the main goroutine (the report writers), by guard, around run;
//   - on the engine's worker goroutines, by compare itself, which raises
//     them again on the goroutine that called Compare (compare.PanicError),
//     and likewise on the goroutine that reads a pipe (readSpecial);
//   - on the interface's loading goroutine, by guardLoad, so the interface
//     quits cleanly and the terminal is restored before the message is
//     printed;
//   - in the interface's Update and View, by bubbletea, which restores the
//     terminal and prints the panic to os.Stderr; runProgram points
//     os.Stderr at memory for the run, so that text goes into the report,
//     and finishAfterCrash saves the review session as it last was;
//   - in the interface's commands (saving, writing the memo), which
//     bubbletea runs on goroutines of its own: bubbletea would report such
//     a panic from that goroutine while Run returns, after runProgram has
//     put os.Stderr back, so the interface catches it there itself and
//     raises it again in Update (tui/guard.go), the case above.
//
// Nothing calls os.Exit or log.Fatal but main, after run has returned and
// the terminal is restored.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/tui"
)

// exitCrash is the exit status after a panic.
const exitCrash = 3

// testPanicEnv names a hidden environment variable, for tests only, that
// makes storydiff panic at a chosen place to prove the terminal survives
// (see crash_test.go and terminal_test.go). It is deliberately not a flag:
//
//	STORYDIFF_TEST_PANIC=load     on the goroutine reading the articles
//	STORYDIFF_TEST_PANIC=compare  inside one of the engine's worker goroutines
//	STORYDIFF_TEST_PANIC=tui      in the interface's Update, on bubbletea's event loop, once o is pressed
//	STORYDIFF_TEST_PANIC=save     in a command, on a goroutine of bubbletea's: the session's autosave after a mark (a latePanic)
const testPanicEnv = "STORYDIFF_TEST_PANIC"

// interfaceReturned is closed once the interface's Run has returned and
// os.Stderr is the terminal again (runProgram); see latePanic.
var (
	interfaceReturned     = make(chan struct{})
	markInterfaceReturned = sync.OnceFunc(func() { close(interfaceReturned) })
)

// latePanic is the value of the "save" test panic. Formatting it waits
// until the interface has returned (a second at most): a panic that
// bubbletea reported from the command's goroutine, as it does unless the
// interface raises it again in Update (tui/guard.go), is then printed
// after Run returned, on the terminal and outside the crash report, every
// time rather than in a rare race, so the terminal test fails without
// the guard. Raised in Update, it is formatted while Run still runs, after
// the second, and becomes the crash report as it should.
type latePanic string

func (p latePanic) String() string {
	select {
	case <-interfaceReturned:
	case <-time.After(time.Second):
	}
	return string(p)
}

func testPanicAt(place string) bool { return os.Getenv(testPanicEnv) == place }

func testPanic(place string) {
	if testPanicAt(place) {
		panic(testPanicEnv + "=" + place)
	}
}

// crashError is a panic that has been recorded; its message is the one
// line the command prints.
type crashError struct{ msg string }

func (e *crashError) Error() string { return e.msg }

// guard runs the command, turning a panic on its goroutine into a crash
// report, one line on stderr and exitCrash.
func guard(stderr io.Writer, run func() int) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "storydiff: %v\n", recordCrash(r, debug.Stack()))
			code = exitCrash
		}
	}()
	return run()
}

// guardLoad wraps the interface's load function, which runs on a goroutine
// the interface starts, so that a panic while reading or comparing is
// recorded with its stack and comes back as an error: the interface then
// quits as it does for an unreadable article, restoring the terminal.
func guardLoad(load tui.LoadFunc) tui.LoadFunc {
	return func(ctx context.Context, progress func(string)) (rep *compare.Report, err error) {
		defer func() {
			if r := recover(); r != nil {
				rep, err = nil, recordCrash(r, debug.Stack())
			}
		}()
		rep, err = load(ctx, progress)
		if err == nil && testPanicAt("tui") {
			// A group member in an article that does not exist: the
			// interface panics indexing it when the overview (o) opens.
			rep.Groups = append(rep.Groups, compare.Group{Members: []compare.Member{{Article: len(rep.Articles), Sentences: []int{0}}}})
		}
		return rep, err
	}
}

// runProgram runs the interface. bubbletea recovers a panic in Update or
// View, restores the terminal and writes the panic and its stack to
// os.Stderr, in raw-mode line endings; for the run os.Stderr is a pipe
// into memory, so that text goes into a crash report instead. Anything
// else written there while the interface had the screen, which would have
// scribbled over it, is passed on afterwards.
func runProgram(p *tea.Program) (tea.Model, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return p.Run()
	}
	var captured bytes.Buffer
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		io.Copy(&captured, io.LimitReader(r, 1<<20))
		io.Copy(io.Discard, r)
	}()
	stderr := os.Stderr
	os.Stderr = w
	final, runErr := p.Run()
	os.Stderr = stderr
	markInterfaceReturned()
	w.Close()
	wg.Wait()
	r.Close()
	out := bytes.ReplaceAll(captured.Bytes(), []byte("\r\n"), []byte("\n"))
	if errors.Is(runErr, tea.ErrProgramPanic) {
		what := "the terminal interface panicked"
		if _, after, ok := bytes.Cut(out, []byte("Caught panic:")); ok {
			what += ": " + string(bytes.TrimSpace(after)) // crashSummary keeps its first line
		}
		return final, recordCrash(what, out)
	}
	stderr.Write(out)
	return final, runErr
}

// finishAfterCrash saves the session the interface held and releases its
// lock, after bubbletea recovered a panic (and returned no model): the
// marks made since the last autosave are kept. A session the panic left
// half-changed may not encode; then the last autosave stands.
func (rr *reviewRun) finishAfterCrash() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("saving the session after the crash: %v", r)
		}
	}()
	return rr.finish(rr.held.Load())
}

// reportCrash prints the first crash among errs and returns exitCrash, or
// returns false when none of errs is a crash.
func reportCrash(stderr io.Writer, errs ...error) (int, bool) {
	for _, err := range errs {
		var c *crashError
		if errors.As(err, &c) {
			fmt.Fprintf(stderr, "storydiff: %v\n", c)
			return exitCrash, true
		}
	}
	return 0, false
}

// recordCrash writes a crash report for the panic value r and returns the
// error to print. The report goes to the user's cache directory
// (storydiff/crash-*.txt), else the temporary directory.
func recordCrash(r any, stack []byte) *crashError {
	var pe *compare.PanicError
	if err, ok := r.(error); ok && errors.As(err, &pe) {
		stack = slices.Concat(pe.Stack, []byte("\nraised again on:\n"), stack)
	}
	what := crashSummary(r)
	var report bytes.Buffer
	fmt.Fprintf(&report, "storydiff crashed at %s\n\n", time.Now().Format(time.RFC3339))
	fmt.Fprintf(&report, "panic: %v\n\n", r)
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Fprintf(&report, "version: %s %s\n", bi.Main.Path, bi.Main.Version)
	}
	fmt.Fprintf(&report, "go: %s %s/%s\nargs: %q\n\n%s", runtime.Version(), runtime.GOOS, runtime.GOARCH, os.Args, stack)
	path, err := writeCrashReport(report.Bytes())
	if err != nil {
		return &crashError{fmt.Sprintf("internal error (%s); no crash report: %v", what, err)}
	}
	return &crashError{fmt.Sprintf("internal error (%s); crash report written to %s", what, ingest.Sanitize(path))}
}

// crashSummary is the panic value's first line, short and safe to print:
// a panic message may quote article text.
func crashSummary(r any) string {
	s := strings.TrimSpace(fmt.Sprint(r))
	s, _, _ = strings.Cut(s, "\n")
	s = strings.Join(strings.Fields(ingest.Sanitize(s)), " ")
	if rs := []rune(s); len(rs) > 100 {
		s = string(rs[:100]) + "…"
	}
	return s
}

func writeCrashReport(report []byte) (string, error) {
	var dirs []string
	if cache, err := os.UserCacheDir(); err == nil {
		dirs = append(dirs, filepath.Join(cache, "storydiff"))
	}
	dirs = append(dirs, os.TempDir())
	var err error
	for _, dir := range dirs {
		if err = os.MkdirAll(dir, 0o700); err != nil {
			continue
		}
		var f *os.File
		if f, err = os.CreateTemp(dir, "crash-*.txt"); err != nil {
			continue
		}
		_, err = f.Write(report)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			return f.Name(), nil
		}
	}
	return "", err
}
