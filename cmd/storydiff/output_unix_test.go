//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// -o a named pipe (as /dev/null, /dev/stdout or a process substitution)
// writes into it: renamed over, the pipe became a regular file, and run
// as root "-o /dev/null" replaced the device every program writes to.
func TestOutputToAPipeWritesIntoIt(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Port board approves lease\n\nThe Brackwater port board voted on Monday to lease Pier 9.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Pier 9 leased\n\nThe Brackwater port board on Monday voted to lease Pier 9.\n"))
	for _, format := range []string{"json", "markdown"} {
		fifo := filepath.Join(dir, "out-"+format)
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
		got := make(chan string, 1)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- "open: " + err.Error()
				return
			}
			defer f.Close()
			data, _ := io.ReadAll(f)
			got <- string(data)
		}()
		code, _, errs := runCmd(t, "", "--format", format, "-o", fifo, a, b)
		if code != exitOK {
			t.Fatalf("%s: exit %d, stderr %q", format, code, errs)
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			// The reader waits on a pipe no one will write: do not wait for it.
			t.Fatalf("%s: after -o, %s is %v (%v); want the named pipe still there", format, fifo, fi.Mode(), err)
		}
		select {
		case out := <-got:
			if !strings.Contains(out, "Pier 9") {
				t.Errorf("%s: the pipe's reader got %q; want the report", format, out)
			}
		case <-time.After(time.Minute): // only a broken write waits this long
			t.Fatalf("%s: the pipe's reader got nothing", format)
		}
	}
}

// -o a symbolic link replaces the file it names, atomically, and leaves
// the link a link.
func TestOutputThroughASymlink(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Port board approves lease\n\nThe Brackwater port board voted on Monday to lease Pier 9.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Pier 9 leased\n\nThe Brackwater port board on Monday voted to lease Pier 9.\n"))
	target := writeFile(t, dir, "memo-2026.md", []byte("old memo\n"))
	link := filepath.Join(dir, "memo.md")
	if err := os.Symlink("memo-2026.md", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if code, _, errs := runCmd(t, "", "--format", "markdown", "-o", link, a, b); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("after -o, %s is %v (%v); want the link kept", link, fi.Mode(), err)
	}
	if data, _ := os.ReadFile(target); !strings.Contains(string(data), "Pier 9") {
		t.Errorf("the linked file holds %q; want the memo", data)
	}
}

// -o a symbolic link whose file does not exist yet creates that file and
// leaves the link a link: renamed over, the link became a regular file.
func TestOutputThroughADanglingSymlink(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Port board approves lease\n\nThe Brackwater port board voted on Monday to lease Pier 9.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Pier 9 leased\n\nThe Brackwater port board on Monday voted to lease Pier 9.\n"))
	link := filepath.Join(dir, "memo.md")
	if err := os.Symlink("memo-next.md", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if code, _, errs := runCmd(t, "", "--format", "markdown", "-o", link, a, b); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("after -o, %s is %v (%v); want the link kept", link, fi.Mode(), err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "memo-next.md")); !strings.Contains(string(data), "Pier 9") {
		t.Errorf("the linked file holds %q; want the memo", data)
	}
}

// The marks' rescue copy (offered when the session file will not take
// them) saved to a symbolic link replaces the file it names and keeps the
// link, as -o does; renameio.WriteFile replaced the link with a file and
// left the linked file old.
func TestRescueCopyThroughASymlink(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Port board approves lease\n\nThe Brackwater port board voted on Monday to lease Pier 9.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Pier 9 leased\n\nThe Brackwater port board on Monday voted to lease Pier 9.\n"))
	target := writeFile(t, dir, "rescued-2026.json", []byte("old copy\n"))
	link := filepath.Join(dir, "rescued.json")
	if err := os.Symlink("rescued-2026.json", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	cfg := config{session: filepath.Join(dir, "s.json"), paths: []string{a, b}, maxSize: defaultMaxSize}
	rr, err := startReview(cfg, strings.NewReader(""), true)
	if err != nil {
		t.Fatal(err)
	}
	defer rr.finish(nil)
	r := rr.tuiReview(cfg)
	if r.SaveCopy == nil {
		t.Fatal("a writable session offers no rescue copy")
	}
	if err := r.SaveCopy(link, []byte("{\"version\": 1}\n")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("after the copy, %s is %v (%v); want the link kept", link, fi.Mode(), err)
	}
	if data, _ := os.ReadFile(target); string(data) != "{\"version\": 1}\n" {
		t.Errorf("the linked file holds %q; want the copy", data)
	}
}
