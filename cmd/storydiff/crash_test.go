package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// crashLine matches the one line printed after a panic and captures where
// the crash report went.
var crashLine = regexp.MustCompile(`^storydiff: internal error \((.+)\); crash report written to (\S+)\n$`)

// checkCrash checks stderr is the one crash line and returns the report.
func checkCrash(t *testing.T, stderr, wantCause string) string {
	t.Helper()
	m := crashLine.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("stderr is not one crash line:\n%s", stderr)
	}
	if !strings.Contains(m[1], wantCause) {
		t.Errorf("the message gives %q as the cause, want %q", m[1], wantCause)
	}
	report, err := os.ReadFile(m[2])
	if err != nil {
		t.Fatalf("crash report: %v", err)
	}
	return string(report)
}

func TestGuardTurnsAPanicIntoOneLineAndAReport(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	var stderr bytes.Buffer
	code := guard(&stderr, func() int { panic("boom \x1b]0;title\x07\nsecond line") })
	if code != exitCrash {
		t.Errorf("exit %d, want %d", code, exitCrash)
	}
	report := checkCrash(t, stderr.String(), "boom ␛]0;title␇")
	if !strings.Contains(report, "TestGuardTurnsAPanicIntoOneLineAndAReport") || !strings.Contains(report, "second line") {
		t.Errorf("the report lacks the stack or the whole panic value:\n%s", report)
	}
	if path := crashLine.FindStringSubmatch(stderr.String())[2]; !strings.HasPrefix(path, filepath.Join(os.Getenv("XDG_CACHE_HOME"), "storydiff")) {
		t.Errorf("the report is not in the user cache directory: %s", stderr.String())
	}
}

func TestGuardPassesTheExitStatusThrough(t *testing.T) {
	var stderr bytes.Buffer
	if code := guard(&stderr, func() int { return exitUsage }); code != exitUsage || stderr.Len() > 0 {
		t.Errorf("guard changed a normal run: %d, %q", code, stderr.String())
	}
}

func TestGuardLoadKeepsTheWorkerStack(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	load := guardLoad(func(context.Context, func(string)) (*compare.Report, error) { return nil, errors.New("no such file") })
	rep, err := guardLoad(func(context.Context, func(string)) (*compare.Report, error) {
		return compare.Compare(docsWithNil(t), compare.Options{}), nil
	})(context.Background(), nil)
	if rep != nil {
		t.Error("a report after a panic")
	}
	var c *crashError
	if !errors.As(err, &c) {
		t.Fatalf("error %v is not a crash", err)
	}
	var stderr bytes.Buffer
	if code, ok := reportCrash(&stderr, nil, err); !ok || code != exitCrash {
		t.Errorf("reportCrash = %d, %v", code, ok)
	}
	report := checkCrash(t, stderr.String(), "nil pointer dereference")
	if !strings.Contains(report, "compare.buildArticle") || !strings.Contains(report, "raised again on") {
		t.Errorf("the report lacks the worker's stack:\n%s", report)
	}
	if _, err := load(context.Background(), nil); err == nil || errors.As(err, &c) {
		t.Errorf("an ordinary load error became %v", err)
	}
}

// docsWithNil is two articles, the second nil, which panics in a worker.
func docsWithNil(t *testing.T) []*ingest.Document {
	t.Helper()
	docs, err := loadAll(config{paths: []string{writeFile(t, t.TempDir(), "a.txt", []byte(articleA)), "-"}, maxSize: 1 << 20}, strings.NewReader(articleB))
	if err != nil {
		t.Fatal(err)
	}
	docs[1] = nil
	return docs
}

// TestPanicInAProcess runs the command with a forced panic in each place
// it can happen without a terminal: one line, a report, exit 3, no stack
// on stderr.
func TestPanicInAProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command")
	}
	bin := command(t)
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	for place, cause := range map[string]string{"load": "STORYDIFF_TEST_PANIC=load", "compare": "nil pointer dereference"} {
		for _, format := range []string{"text", "json"} {
			cmd := exec.Command(bin, "--format", format, a, b)
			cmd.Env = append(os.Environ(), testPanicEnv+"="+place)
			r := runProcess(t, cmd)
			if r.code != exitCrash || r.stdout != "" {
				t.Errorf("%s/%s: exit %d, stdout %q", place, format, r.code, r.stdout)
			}
			checkCrash(t, r.stderr, cause)
		}
	}
}
