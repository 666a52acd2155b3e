package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// groupID runs the JSON report and returns its first group's id.
func groupID(t *testing.T, a, b string) string {
	t.Helper()
	code, out, errs := runCmd(t, "", "--format", "json", a, b)
	var rep struct {
		Groups []struct{ ID string } `json:"groups"`
	}
	if code != exitOK || json.Unmarshal([]byte(out), &rep) != nil || len(rep.Groups) == 0 {
		t.Fatalf("json report: exit %d, %s", code, errs)
	}
	return rep.Groups[0].ID
}

// The memo formats carry the session's marks and notes.
func TestMemoFormatsWithSession(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	sess := writeFile(t, dir, "s.json", []byte(fmt.Sprintf(`{"version": 1, "marks": [{"id": %q, "kind": "group", "flagged": true, "note": "check <this>"}]}`, groupID(t, a, b))))
	before, _ := os.ReadFile(sess)
	for format, want := range map[string][]string{
		"markdown": {"## Flagged (1)", `check \<this>`, "0/"},
		"html":     {"⚑", "check &lt;this&gt;", "<section class=\"column\">"},
		"json":     {`"review"`, `"flagged":true`, `"note":"check <this>"`},
	} {
		code, out, errs := runCmd(t, "", "--format", format, "--session", sess, a, b)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", format, code, errs)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s memo lacks %q", format, w)
			}
		}
	}
	if after, _ := os.ReadFile(sess); string(after) != string(before) {
		t.Error("writing a memo changed the session file")
	}
	if code, out, _ := runCmd(t, "", "--format", "markdown", a, b); code != exitOK || !strings.Contains(out, "no review session") {
		t.Errorf("markdown without a session: exit %d\n%s", code, out)
	}
}

// A corrupt session is one line naming the file, exit 2, the file as it
// was; so are a missing session for a memo and --session with text.
func TestSessionErrors(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	corrupt := writeFile(t, dir, "bad.json", []byte("{\"version\": 1, \"marks\": [}"))
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"corrupt", []string{"--format", "markdown", "--session", corrupt, a, b}, []string{"bad.json", "not a storydiff session", "left untouched"}},
		{"missing", []string{"--format", "html", "--session", filepath.Join(dir, "none.json"), a, b}, []string{"none.json", "no such file"}},
		{"text", []string{"--format", "text", "--session", corrupt, a, b}, []string{"--session", "not text"}},
	}
	for _, c := range cases {
		code, _, errs := runCmd(t, "", c.args...)
		if code != exitUsage {
			t.Errorf("%s: exit %d, want %d", c.name, code, exitUsage)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%s: stderr %q lacks %q", c.name, errs, w)
			}
		}
	}
	if data, _ := os.ReadFile(corrupt); string(data) != "{\"version\": 1, \"marks\": [}" {
		t.Error("the corrupt session was changed")
	}
}

// sessionTerm runs the built command in a private tmux server (see
// tmuxSession) and knows its pid, to send it signals.
type sessionTerm struct {
	*tmuxSession
	pid string // a file the shell writes the command's pid to
}

func startSessionTerm(t *testing.T, bin string, args ...string) *sessionTerm {
	t.Helper()
	pid := filepath.Join(t.TempDir(), "pid")
	script := fmt.Sprintf(`echo $$ > %s; exec %s`, shellQuote(pid), shellLine(append([]string{bin}, args...)...))
	return &sessionTerm{tmuxSession: newTmux(t, script), pid: pid}
}

func (s *sessionTerm) tmux(args ...string) string { return s.run(args...) }

func (s *sessionTerm) waitFor(what string) string { return s.wait(fmt.Sprintf("%q", what), has(what)) }

func (s *sessionTerm) signal(sig syscall.Signal) {
	s.t.Helper()
	data, _ := os.ReadFile(s.pid)
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		s.t.Fatalf("no pid: %v", err)
	}
	if err := syscall.Kill(pid, sig); err != nil {
		s.t.Fatal(err)
	}
}

func buildForSession(t *testing.T) (bin, a, b string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command and drives tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	dir := t.TempDir()
	bin = filepath.Join(dir, "storydiff")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building: %v\n%s", err, out)
	}
	return bin, writeFile(t, dir, "a.txt", []byte(articleA)), writeFile(t, dir, "b.txt", []byte(articleB))
}

// Flag an item, wait a second, kill -9: reopening finds the flag, and the
// lock the dead process left is taken over, not obeyed.
func TestKill9KeepsTheFlag(t *testing.T) {
	bin, a, b := buildForSession(t)
	dir := t.TempDir()
	sess := filepath.Join(dir, "review.json")
	s := startSessionTerm(t, bin, "--session", sess, a, b)
	s.waitFor("0 flagged")
	s.tmux("send-keys", "-t", "t", "n")
	s.waitFor("▌")
	s.tmux("send-keys", "-t", "t", "f")
	s.waitFor("1 flagged")
	time.Sleep(time.Second) // the autosave's promise: at most a second lost
	s.signal(syscall.SIGKILL)
	data, err := os.ReadFile(sess)
	if err != nil || !strings.Contains(string(data), `"flagged": true`) {
		t.Fatalf("after kill -9 the session holds no flag (%v):\n%s", err, data)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "review.json" && e.Name() != "review.json.lock" {
			t.Errorf("stray file beside the session: %s", e.Name())
		}
	}

	r := startSessionTerm(t, bin, "--session", sess, a, b)
	sc := r.waitFor("1 flagged")
	if strings.Contains(sc, "read-only") {
		t.Errorf("reopening obeyed the dead process's lock:\n%s", sc)
	}
	if !strings.Contains(sc, "⚑") {
		t.Errorf("the gutter does not show the flag:\n%s", sc)
	}
}

// SIGHUP (a closed terminal) saves the last change at once and releases
// the lock; so does SIGTERM.
func TestSignalsSave(t *testing.T) {
	bin, a, b := buildForSession(t)
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			sess := filepath.Join(t.TempDir(), "review.json")
			s := startSessionTerm(t, bin, "--session", sess, a, b)
			s.waitFor("0 flagged")
			s.tmux("send-keys", "-t", "t", "n", "x")
			s.waitFor("│ reviewed │")
			s.signal(sig)
			deadline := time.Now().Add(5 * time.Second)
			for {
				_, err := os.Stat(sess + ".lock")
				if os.IsNotExist(err) {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the lock is still there after %v", sig)
				}
				time.Sleep(20 * time.Millisecond)
			}
			if data, _ := os.ReadFile(sess); !strings.Contains(string(data), `"reviewed": true`) {
				t.Errorf("after %v the session lacks the mark:\n%s", sig, data)
			}
		})
	}
}
