package main

import (
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/cmd/storydiff/internal/oneproc"
	"github.com/storydiff/storydiff/compare/ingest"
)

// TestOneProcessorFromTheStart checks what package oneproc relies on: its
// init, which puts the command on one processor, runs before the costly
// package inits (HTML, Markdown and readability parsers), so start-up runs
// on one processor. An import added to oneproc would move its init later.
func TestOneProcessorFromTheStart(t *testing.T) {
	cmd := exec.Command(command(t), "--version")
	cmd.Env = append(cmd.Environ(), "GODEBUG=inittrace=1")
	r := runProcess(t, cmd)
	if r.code != 0 {
		t.Fatalf("--version exited %d: %s", r.code, r.stderr)
	}
	var order []string
	for line := range strings.Lines(r.stderr) {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "init" {
			order = append(order, f[1])
		}
	}
	at := slices.Index(order, "github.com/storydiff/storydiff/cmd/storydiff/internal/oneproc")
	if at < 0 {
		t.Fatalf("oneproc's init is not in the trace:\n%s", r.stderr)
	}
	for _, costly := range []string{"codeberg.org/readeck/go-readability/v2", "github.com/yuin/goldmark/util", "golang.org/x/net/html"} {
		if i := slices.Index(order, costly); i >= 0 && i < at {
			t.Errorf("%s initialises before oneproc (%d, %d): start-up runs on every processor", costly, i, at)
		}
	}
	if at > 10 {
		t.Errorf("oneproc initialises %dth of %d packages, want among the first ten", at+1, len(order))
	}
}

// TestBigComparisonGetsEveryProcessor checks that a comparison too big to
// run on one goroutine gets the processors back, and a small one does not.
func TestBigComparisonGetsEveryProcessor(t *testing.T) {
	defer oneproc.Restore(os.Getenv)
	runtime.GOMAXPROCS(1)
	small := []*ingest.Document{{Paragraphs: []ingest.Paragraph{{Text: "The port signed a deal."}}}}
	processorsFor(small)
	if n := runtime.GOMAXPROCS(0); n != 1 {
		t.Errorf("a small comparison left GOMAXPROCS at %d, want 1", n)
	}
	big := []*ingest.Document{{Paragraphs: []ingest.Paragraph{{Text: strings.Repeat("The port signed a deal. ", 4000)}}}}
	processorsFor(big)
	got := runtime.GOMAXPROCS(0)
	oneproc.Restore(os.Getenv)
	if want := runtime.GOMAXPROCS(0); got != want {
		t.Errorf("a big comparison runs with GOMAXPROCS %d, want the default %d", got, want)
	}
}
