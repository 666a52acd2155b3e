package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// readOnlyDir makes dir unwritable for this process until the test ends:
// by its mode, or, for root, whom modes do not stop, by the immutable
// attribute.
func readOnlyDir(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
		return
	}
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot make a folder read-only for root here: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("chattr", "-i", dir).Run() })
}

// TestSessionInAReadOnlyFolderOpensReadOnly: a session the editor can read
// but not save (its folder cannot be written) opens to be looked at, with
// the reason, instead of stopping with an error; so does a new one.
func TestSessionInAReadOnlyFolderOpensReadOnly(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	ro := filepath.Join(dir, "shared")
	if err := os.Mkdir(ro, 0o755); err != nil {
		t.Fatal(err)
	}
	existing := writeFile(t, ro, "s.json", []byte(`{"version": 1, "marks": []}`+"\n"))
	readOnlyDir(t, ro)
	for path, want := range map[string]string{existing: "cannot write in " + ro, filepath.Join(ro, "new.json"): "cannot create the session in " + ro} {
		cfg := config{session: path, paths: []string{a, b}, maxSize: defaultMaxSize}
		rr, err := startReview(cfg, strings.NewReader(""), true)
		if err != nil {
			t.Errorf("%s: %v, want it opened read-only", path, err)
			continue
		}
		if rr.writable() || !strings.Contains(rr.readOnly, want) || !strings.Contains(rr.readOnly, "not saved") {
			t.Errorf("%s: writable %v, read-only reason %q, want %q", path, rr.writable(), rr.readOnly, want)
		}
		if r := rr.tuiReview(cfg); r.ReadOnly == "" || r.Save != nil {
			t.Errorf("%s: the interface is not told it is read-only", path)
		}
		if err := rr.finish(nil); err != nil {
			t.Errorf("%s: finish: %v", path, err)
		}
	}
	entries, _ := os.ReadDir(ro)
	if len(entries) != 1 {
		t.Errorf("the read-only folder holds %d entries, want the session alone", len(entries))
	}
}

// TestReadOnlySessionFileOpensReadOnly: a session file the editor made
// read-only is not replaced behind their back (a save renames a new file
// over it, which its mode does not stop): it opens to be looked at, saying
// why, and is left as it was.
func TestReadOnlySessionFileOpensReadOnly(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	old := []byte(`{"version": 1, "marks": [{"id": "g-invented", "flagged": true}]}` + "\n")
	path := writeFile(t, dir, "kept.json", old)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	cfg := config{session: path, paths: []string{a, b}, maxSize: defaultMaxSize}
	rr, err := startReview(cfg, strings.NewReader(""), true)
	if err != nil {
		t.Fatalf("%v, want it opened read-only", err)
	}
	if rr.writable() || !strings.Contains(rr.readOnly, path+" is read-only") || !strings.Contains(rr.readOnly, "not saved") {
		t.Errorf("writable %v, read-only reason %q, want one naming %s", rr.writable(), rr.readOnly, path)
	}
	if r := rr.tuiReview(cfg); r.ReadOnly == "" || r.Save != nil {
		t.Error("the interface is not told it is read-only")
	}
	docs, err := loadAll(cfg, rr.stdin)
	if err != nil {
		t.Fatal(err)
	}
	s, err := rr.attach(cfg, compare.Compare(docs, compare.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if err := rr.finish(s); err != nil {
		t.Errorf("finish: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != string(old) {
		t.Errorf("the read-only session was rewritten:\n%s", got)
	}
}
