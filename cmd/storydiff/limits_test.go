package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare/synthetic"
)

// writeStory writes n synthetic articles of about words words each and
// returns their paths.
func writeStory(t *testing.T, n, words int) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i, d := range synthetic.Story(n, words, 7) {
		var b strings.Builder
		for _, p := range d.Paragraphs {
			b.WriteString(p.Text)
			b.WriteString("\n\n")
		}
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("%03d.txt", i), []byte(b.String())))
	}
	return paths
}

// storyText is article i of a synthetic story of n articles of about
// words words each, as text.
func storyText(n, i, words int, seed uint64) string {
	var b strings.Builder
	for _, p := range synthetic.Story(n, words, seed)[i].Paragraphs {
		b.WriteString(p.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}

// Each pathological input must be compared within its budget, end to end
// through the command (reading, ingest, the engine, the JSON report), or
// be refused with a clear message. The budgets are ceilings against
// quadratic paths (which take hours here), not benchmarks: at least ten
// times the normal, and more for the 5 MB line, which took 30 s on a
// busy two-core machine against 2.3 s on a quiet one. The README states
// the measured times.
func TestPathologicalInputsWithinBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const deal = "The port signed a deal with Blue Line on Monday"
	cases := []struct {
		name, other, file, data string
		budget                  time.Duration
	}{
		{"10000 nested divs", articleA, "divs.html", "<!doctype html><html><body>" + strings.Repeat("<div>", 10000) + "<p>" + deal + ".</p>" + strings.Repeat("</div>", 10000), 10 * time.Second},
		{"50000 *_ in Markdown", articleA, "stars.md", "# Stars\n\n" + strings.Repeat("*_", 50000) + "\n\n" + deal + ".", 10 * time.Second},
		{"5 MB on one line", articleA, "line.txt", strings.Repeat(deal+" and ", 5<<20/52), 120 * time.Second},
		{"two unrelated 200 KB articles", storyText(1, 0, 34000, 1), "other.txt", storyText(1, 0, 34000, 2), 30 * time.Second},
		{"two related 200 KB articles", storyText(2, 0, 34000, 3), "related.txt", storyText(2, 1, 34000, 3), 30 * time.Second},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := writeFile(t, dir, "a-"+c.file+".txt", []byte(c.other))
			p := writeFile(t, dir, c.file, []byte(c.data))
			if strings.Contains(c.name, "200 KB") && (len(c.other) < 190<<10 || len(c.data) < 190<<10) {
				t.Fatalf("articles of %d and %d bytes", len(c.other), len(c.data))
			}
			start := time.Now()
			code, out, errs := runCmd(t, "", "--format", "json", a, p)
			took := time.Since(start)
			t.Logf("%s: %v", c.name, took)
			if code != exitOK || !strings.Contains(out, `"articles"`) {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if strings.Contains(c.data, deal) && !strings.Contains(out, deal) {
				t.Errorf("the article text is lost")
			}
			if took > c.budget*slowdown {
				t.Errorf("took %v, budget %v", took, c.budget*slowdown)
			}
		})
	}
}

func TestDevZeroIsRefusedQuickly(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	a := writeFile(t, t.TempDir(), "a.txt", []byte(articleA))
	start := time.Now()
	code, _, errs := runCmd(t, "", a, "/dev/zero")
	took := time.Since(start)
	t.Logf("/dev/zero refused in %v: %s", took, errs)
	if code != exitUsage || !strings.HasPrefix(errs, "storydiff: /dev/zero: too large (over 8 MiB") {
		t.Errorf("exit %d: %q", code, errs)
	}
	if took > 2*time.Second*slowdown {
		t.Errorf("took %v to refuse /dev/zero", took)
	}
}

func TestNamedPipeWithoutWriterTimesOut(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	// The abandoned open is released when the test ends.
	t.Cleanup(func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	start := time.Now()
	code, _, errs := runCmd(t, "", "--timeout", "500ms", a, fifo)
	took := time.Since(start)
	if code != exitUsage || !strings.Contains(errs, "pipe: nothing more to read after 500ms (a pipe with no writer?); see --timeout") {
		t.Errorf("exit %d: %q", code, errs)
	}
	if took > 3*time.Second {
		t.Errorf("took %v with a 500ms timeout", took)
	}
}

func TestNamedPipeWithAWriterIsRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	go func() {
		time.Sleep(100 * time.Millisecond) // storydiff is already waiting
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.WriteString(articleB)
			f.Close()
		}
	}()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	code, out, errs := runCmd(t, "", "--format", "json", a, fifo)
	if code != exitOK || !strings.Contains(out, "Officials said 400 jobs") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// TestManyArticlesUnderAFileLimit compares 500 articles with at most 64
// open files: the command must open them one at a time.
func TestManyArticlesUnderAFileLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("500 articles")
	}
	bin := command(t)
	paths := writeStory(t, 500, 150)
	limits := runProcess(t, exec.Command("sh", "-c", "ulimit -n 64 && exec cat /proc/self/limits"))
	if !strings.Contains(strings.Join(strings.Fields(limits.stdout), " "), "Max open files 64 64") {
		t.Skipf("cannot check the limit took: %s%s", limits.stdout, limits.stderr)
	}
	r := runProcess(t, exec.Command("sh", append([]string{"-c", `ulimit -n 64 && exec "$0" "$@"`, bin, "--format", "json"}, paths...)...))
	t.Logf("500 articles with ulimit -n 64: %v", r.took)
	if r.code != exitOK || !strings.Contains(r.stdout, `"articles"`) {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r.took > 60*time.Second {
		t.Errorf("took %v", r.took)
	}
}
