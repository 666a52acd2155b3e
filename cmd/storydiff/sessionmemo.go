package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/memo"
	"github.com/storydiff/storydiff/review"
)

// rescuePath suggests where to save the marks when the session's own
// disk will not take them: the home folder, else the temporary one.
func rescuePath(session string) string {
	name := strings.TrimSuffix(filepath.Base(session), filepath.Ext(session)) + "-rescued.json"
	if _, err := os.UserHomeDir(); err == nil {
		return "~/" + name
	}
	return filepath.Join(os.TempDir(), name)
}

// memoPath suggests a memo beside the session: s.json → s-memo.md.
func memoPath(session string) string {
	if session == "" {
		return "storydiff-memo.md"
	}
	return strings.TrimSuffix(session, filepath.Ext(session)) + "-memo.md"
}

func expandHome(path string) string {
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return path
}

// memo gathers the memo of a report and its session (nil without one);
// the session says what --retarget did.
func (rr *reviewRun) memo(rep *compare.Report, s *review.Session, cfg config) *memo.Memo {
	return memo.Build(rep, s, cfg.session)
}

// writeMemoFile writes a memo to path (see pendingFile). The memo is
// written straight to the temporary file, not first gathered in memory: a
// memo of a million sentences is hundreds of megabytes.
func writeMemoFile(path, format string, m *memo.Memo) error {
	f, err := pendingFile(path)
	if err != nil {
		return err
	}
	defer f.Cleanup()
	w := bufio.NewWriterSize(f, 1<<16)
	if err := m.Write(w, format); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", ingest.Sanitize(path), review.Cause(err))
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("writing %s: %w", ingest.Sanitize(path), review.Cause(err))
	}
	return nil
}

// runMemo writes --format markdown or html, or json with --session: the
// memo, with the session's marks and notes when there is one.
func runMemo(cfg config, stdin io.Reader, stdout, stderr io.Writer) int {
	rr, err := startReview(cfg, stdin, false)
	if err != nil {
		fmt.Fprintf(stderr, "storydiff: %v\n", err)
		return exitUsage
	}
	docs, err := loadAll(cfg, rr.stdin)
	if err != nil {
		fmt.Fprintf(stderr, "storydiff: %v\n", err)
		return exitUsage
	}
	rep := compare.Compare(docs, compare.Options{})
	var s *review.Session
	if cfg.session != "" {
		s, _ = rr.attach(cfg, rep) // read-only here: attach cannot fail
	}
	if cfg.output != "" {
		err = writeMemoFile(cfg.output, cfg.format, rr.memo(rep, s, cfg))
	} else {
		err = rr.memo(rep, s, cfg).Write(stdout, cfg.format)
	}
	if err != nil {
		fmt.Fprintf(stderr, "storydiff: %v\n", err)
		return exitFail
	}
	return exitOK
}
