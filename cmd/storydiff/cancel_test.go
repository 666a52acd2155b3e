package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cancelBound is how soon after esc storydiff must have exited, tmux's
// round trip included: a ceiling ten times the normal, not a benchmark.
const cancelBound = time.Second * slowdown

// TestEscCancelsAFetch starts the interface on two pages of a server that
// never answers: the screen names the fetch in progress, esc ends the
// program at once with exit status 2 and one line, and the terminal is
// given back in cooked mode, off the alternate screen.
func TestEscCancelsAFetch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	t.Cleanup(srv.Close)
	stamp := filepath.Join(t.TempDir(), "exited")
	script := fmt.Sprintf(`%s; echo "[exit $?]"; date +%%s%%N > %s; %s; sleep 60`,
		shellLine(command(t), "--timeout", "60s", srv.URL+"/a", srv.URL+"/b"), shellQuote(stamp), sttyReport)
	s := newTmux(t, script)
	host := strings.TrimPrefix(srv.URL, "http://")
	s.wait("the fetch in progress", has("fetching 1 of 2: "+host+"/a…"))
	sent := time.Now()
	s.keys("Escape")
	sc := s.wait("the exit and stty", has(sttyDone))
	flat := strings.Join(strings.Fields(sc), " ")
	if !strings.Contains(flat, "storydiff: cancelled [exit 2]") {
		t.Errorf("want one line, storydiff: cancelled, and exit 2; the screen is:\n%s", sc)
	}
	data, _ := os.ReadFile(stamp)
	if ns, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err != nil {
		t.Errorf("no exit time: %v", err)
	} else if took := time.Unix(0, ns).Sub(sent); took > cancelBound {
		t.Errorf("esc took %v to end storydiff, budget %v", took, cancelBound)
	} else {
		t.Logf("esc ended storydiff %v after it was sent", took)
	}
	checkCooked(t, sc)
	if alt := strings.TrimSpace(s.run("display-message", "-p", "-t", "t", "#{alternate_on}")); alt != "0" {
		t.Errorf("still on the alternate screen (alternate_on=%s)", alt)
	}
}

// TestCrashKeepsTheSession flags an item and makes the interface panic in
// the same keystroke, well inside the autosave delay: storydiff exits 3
// with the crash line, and the session file holds the flag, unlocked.
func TestCrashKeepsTheSession(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	sess := filepath.Join(dir, "review.json")
	script := fmt.Sprintf(`%s=tui XDG_CACHE_HOME=%s %s; echo "[exit $?]"; sleep 60`,
		testPanicEnv, shellQuote(dir), shellLine(command(t), "--session", sess, a, b))
	s := newTmux(t, script)
	s.wait("the panes", has("0 flagged"))
	s.keys("n")
	s.wait("a current item", has("▌"))
	s.keys("f", "o") // o opens the overview, which panics (see testPanicEnv)
	sc := s.wait("the exit", has("[exit"))
	flat := strings.Join(strings.Fields(sc), " ")
	if !strings.Contains(flat, "[exit 3]") || !strings.Contains(flat, "crash report written to") {
		t.Errorf("want exit 3 and the crash line; the screen is:\n%s", sc)
	}
	if data, err := os.ReadFile(sess); err != nil || !strings.Contains(string(data), `"flagged": true`) {
		t.Errorf("after the crash the session holds no flag (%v):\n%s", err, data)
	}
	if _, err := os.Stat(sess + ".lock"); !os.IsNotExist(err) {
		t.Errorf("the lock is still there after the crash (%v)", err)
	}
}
