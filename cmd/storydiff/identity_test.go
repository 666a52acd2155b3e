package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// TestOutputNeverReplacesTheSessionOrAnArticle: -o naming the session file
// or an article, under another name (a symlink, a hard link, ./), is
// refused with one line, exit 2, and the file is left as it was.
func TestOutputNeverReplacesTheSessionOrAnArticle(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	sess := filepath.Join(dir, "s.json")
	if code, _, errs := runCmd(t, "", "--format", "json", "--session", sess, a, b); code != exitUsage || !strings.Contains(errs, "no such file") {
		t.Fatalf("setup: %d %s", code, errs)
	}
	sessData := `{"version": 1, "marks": []}` + "\n"
	writeFile(t, dir, "s.json", []byte(sessData))
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink("s.json", link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.txt")
	if err := os.Link(a, hard); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"session by symlink, markdown", []string{"--format", "markdown", "--session", sess, "-o", link, a, b}, "session file"},
		{"session by name, html", []string{"--format", "html", "--session", sess, "-o", filepath.Join(dir, ".", "s.json"), a, b}, "session file"},
		{"session, json", []string{"--format", "json", "--session", link, "-o", sess, a, b}, "session file"},
		{"article by hard link, text", []string{"--format", "text", "-o", hard, a, b}, "article"},
		{"article, json", []string{"--format", "json", "-o", b, a, b}, "article"},
		{"article, markdown", []string{"--format", "markdown", "-o", a, a, b}, "article"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", c.args...)
			if code != exitUsage || out != "" {
				t.Errorf("exit %d, want %d; stdout %q", code, exitUsage, out)
			}
			if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q: want one line naming the %s", errs, c.want)
			}
		})
	}
	if got, _ := os.ReadFile(sess); string(got) != sessData {
		t.Errorf("the session file was replaced: %.80q", got)
	}
	for p, want := range map[string]string{a: articleA, b: articleB} {
		if got, _ := os.ReadFile(p); string(got) != want {
			t.Errorf("%s was replaced: %.80q", p, got)
		}
	}
	// A new file beside them is written as before.
	if code, _, errs := runCmd(t, "", "--format", "markdown", "--session", sess, "-o", filepath.Join(dir, "memo.md"), a, b); code != exitOK {
		t.Errorf("a new memo file: exit %d: %s", code, errs)
	}
}

// TestMemoPromptNeverReplacesTheSession: the interface's memo prompt (e)
// refuses the session file and the articles too.
func TestMemoPromptNeverReplacesTheSession(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	sess := writeFile(t, dir, "s.json", []byte(`{"version": 1, "marks": []}`+"\n"))
	cfg := config{session: sess, paths: []string{a, b}, maxSize: defaultMaxSize}
	rr := &reviewRun{path: sess}
	write := rr.tuiReview(cfg).WriteMemo
	docs, err := loadAll(cfg, strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	rep := compare.Compare(docs, compare.Options{})
	for _, p := range []string{sess, filepath.Join(dir, "..", filepath.Base(dir), "s.json"), b} {
		if err := write(p, rep, nil); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("memo to %s: err = %v, want one line refusing it", p, err)
		}
	}
	if got, _ := os.ReadFile(sess); !strings.HasPrefix(string(got), `{"version": 1, "marks": []}`) {
		t.Errorf("the session file was replaced: %.80q", got)
	}
	if err := write(filepath.Join(dir, "memo.md"), rep, nil); err != nil {
		t.Errorf("a new memo file: %v", err)
	}
}
