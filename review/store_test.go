package review

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// failingFile writes through to a real pending file until it has written
// limit bytes, then fails with err: a full disk, or an I/O error midway.
type failingFile struct {
	pendingFile
	limit int
	err   error
}

func (f *failingFile) Write(p []byte) (int, error) {
	if len(p) <= f.limit {
		f.limit -= len(p)
		return f.pendingFile.Write(p)
	}
	n, _ := f.pendingFile.Write(p[:f.limit])
	f.limit = 0
	return n, f.err
}

// failingReplace fails at the final step, after every byte was written.
type failingReplace struct{ pendingFile }

func (f failingReplace) CloseAtomicallyReplace() error {
	_ = f.pendingFile.(interface{ Close() error }).Close()
	return syscall.EIO
}

func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// A save that fails (a full disk at once, a write error midway, a failed
// replace) leaves the old session whole and no temporary file beside it.
func TestSaveFailuresKeepTheOldFile(t *testing.T) {
	cases := []struct {
		name string
		wrap func(pendingFile) pendingFile
	}{
		{"disk full", func(p pendingFile) pendingFile { return &failingFile{p, 0, syscall.ENOSPC} }},
		{"error midway", func(p pendingFile) pendingFile { return &failingFile{p, 10, syscall.EIO} }},
		{"replace fails", func(p pendingFile) pendingFile { return failingReplace{p} }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "s.json")
			st, err := NewStore(path)
			if err != nil {
				t.Fatal(err)
			}
			old := []byte(`{"version": 1, "marks": [{"id": "g1", "flagged": true}]}` + "\n")
			if err := st.Save(1, old); err != nil {
				t.Fatal(err)
			}
			st.create = func(p string) (pendingFile, error) {
				pf, err := newPendingFile(p)
				if err != nil {
					return nil, err
				}
				return c.wrap(pf), nil
			}
			err = st.Save(2, []byte(strings.Repeat(`{"version": 1, "marks": []}`, 100)))
			if err == nil || !strings.Contains(err.Error(), path) {
				t.Fatalf("save error %v, want one naming %s", err, path)
			}
			got, _ := os.ReadFile(path)
			if string(got) != string(old) {
				t.Errorf("the old session changed:\n%s", got)
			}
			if names := dirEntries(t, dir); len(names) != 1 {
				t.Errorf("files beside the session after a failed save: %v", names)
			}
			st.create = newPendingFile // the disk is back: the next save goes through
			if err := st.Save(3, []byte("new\n")); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(path); string(got) != "new\n" {
				t.Errorf("after recovery the file holds %q", got)
			}
		})
	}
}

// A snapshot older than one already written is skipped, so an autosave
// that finishes late never overwrites the final save.
func TestSaveSkipsOlderRevisions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	st, _ := NewStore(path)
	_ = st.Save(5, []byte("five"))
	_ = st.Save(4, []byte("four"))
	if got, _ := os.ReadFile(path); string(got) != "five" {
		t.Errorf("file holds %q, want the newer revision", got)
	}
}

// Saving through a symlink replaces the target and keeps the link.
func TestSaveThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real", "s.json")
	_ = os.Mkdir(filepath.Dir(target), 0o755)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink("real/s.json", link); err != nil {
		t.Skip("symlinks unavailable:", err)
	}
	for i, want := range []string{"first", "second"} { // dangling at first, then to a file
		st, err := NewStore(link)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Save(uint64(i), []byte(want)); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced by a file (%v)", err)
		}
		if got, _ := os.ReadFile(target); string(got) != want {
			t.Errorf("target holds %q, want %q", got, want)
		}
	}
}

func TestReadCorruptAndNewer(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, data string
		want       []string
		newer      bool
	}{
		{"garbage", "{\"version\": 1,\n \"marks\": [oops]}", []string{"garbage", "not a storydiff session", "line 2", "left untouched"}, false},
		{"empty", "", []string{"empty or cut short"}, false},
		{"no version", `{"marks": []}`, []string{"no \"version\""}, false},
		{"wrong type", `{"version": "one"}`, []string{"not a storydiff session"}, false},
		{"newer", `{"version": 99, "marks": [{"id": "g1", "flagged": true}], "future": {}}`, []string{"version 99", "newer"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.name)
			_ = os.WriteFile(p, []byte(c.data), 0o644)
			f, err := Read(p)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if errors.Is(err, ErrNewer) != c.newer {
				t.Errorf("ErrNewer: %v, want %v", errors.Is(err, ErrNewer), c.newer)
			}
			if c.newer && (f == nil || len(f.Marks) != 1 || !f.Marks[0].Flagged) {
				t.Errorf("a newer file should still be read for display: %+v", f)
			}
			if got, _ := os.ReadFile(p); string(got) != c.data {
				t.Error("reading changed the file")
			}
		})
	}
	if _, err := Read(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// A second holder is refused with who holds the lock; a lock left by a dead
// process on this host is taken over; releasing removes the file.
func TestLock(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	l, err := Acquire(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(path)
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second Acquire: %v, want a LockedError", err)
	}
	host, _ := os.Hostname()
	if le.Holder.PID != os.Getpid() || le.Holder.Host != host || !strings.Contains(err.Error(), "pid ") {
		t.Errorf("holder %+v, message %q", le.Holder, err)
	}
	if runtime.GOOS != "windows" && strings.Contains(err.Error(), "remove") {
		t.Errorf("a lock the kernel holds for a live process is dropped when it ends; the message says to remove it: %q", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if names := dirEntries(t, dir); len(names) != 0 {
		t.Errorf("left behind: %v", names)
	}

	// A stale lock: a pid that cannot be running.
	stale := `{"pid": 2147483646, "host": "` + host + `", "since": "2024-01-01T00:00:00Z"}`
	_ = os.WriteFile(path+".lock", []byte(stale), 0o644)
	l, err = Acquire(path)
	if err != nil {
		t.Fatalf("a stale lock was not taken over: %v", err)
	}
	_ = l.Release()

	// The same pid on another host is not ours to judge.
	other := `{"pid": 2147483646, "host": "elsewhere.example", "since": "2024-01-01T00:00:00Z"}`
	_ = os.WriteFile(path+".lock", []byte(other), 0o644)
	if _, err := Acquire(path); !errors.As(err, &le) || le.Holder.Host != "elsewhere.example" {
		t.Errorf("a lock held on another host: %v", err)
	}
}

// Strings in a session file reach the terminal; escape sequences in them
// become visible placeholders.
func TestDecodeSanitises(t *testing.T) {
	f, err := Decode("s.json", []byte(`{"version": 1, "marks": [{"id": "g1", "note": "ok\u001b[2Jgone", "excerpt": "\u009b31m"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(f.Marks[0].Note+f.Marks[0].Excerpt, "\x1b\u009b") {
		t.Errorf("control characters kept: %q %q", f.Marks[0].Note, f.Marks[0].Excerpt)
	}
}

// A failed save says so in one line naming the session as given and the
// cause, not the temporary file beside it, whose name pushed the cause
// off an 80-column status bar ("saving session /srv/s.json: write
// /srv/.s.json4153…").
func TestSaveErrorNamesTheSession(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.json")
	st, err := NewStore(path)
	if err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(path), ".s.json8675309")
	st.create = func(p string) (pendingFile, error) {
		pf, err := newPendingFile(p)
		if err != nil {
			return nil, err
		}
		return &failingFile{pf, 0, &fs.PathError{Op: "write", Path: tmp, Err: syscall.ENOSPC}}, nil
	}
	err = st.Save(1, []byte(`{"version": 1}`))
	if err == nil {
		t.Fatal("the save did not fail")
	}
	if want := "saving session " + path + ": no space left on device"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}
