package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestInRealTerminal runs the built command in tmux on the seed pair, as a
// reader would: ?, n, a resize, q. It checks that each step shows on the
// screen, that q exits 0 and that the terminal is given back.
func TestInRealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and drives tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	seeds, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(seeds) < 2 {
		t.Skip("seed articles (../shared/seeds) not found")
	}
	bin := filepath.Join(t.TempDir(), "storydiff")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/storydiff").CombinedOutput(); err != nil {
		t.Fatalf("building: %v\n%s", err, out)
	}
	// A private server, its socket in a short folder of its own: tmux's
	// kill-server leaves the socket file behind, so the cleanup removes it.
	sockDir, err := os.MkdirTemp("", "sdtmux")
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(sockDir, "s")
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	script := fmt.Sprintf("%s %s %s; echo \"[exit $?]\"; sleep 60", bin, seeds[0], seeds[1])
	t.Cleanup(func() {
		_ = exec.Command("tmux", "-S", sock, "kill-server").Run()
		_ = os.RemoveAll(sockDir)
	})
	tmux("new-session", "-d", "-s", "t", "-x", "120", "-y", "40", "sh", "-c", script)

	screen := func() string { return tmux("capture-pane", "-p", "-t", "t") }
	waitScreen := func(what string, ok func(string) bool) string {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			s := screen()
			if ok(s) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %s; the screen is:\n%s", what, s)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	has := func(sub string) func(string) bool { return func(s string) bool { return strings.Contains(s, sub) } }

	waitScreen("the panes", has("ALIGNED"))
	tmux("send-keys", "-t", "t", "?")
	waitScreen("the help and legend", has("Legend"))
	tmux("send-keys", "-t", "t", "?") // ? closes it too; esc then n at once would read as alt+n
	tmux("send-keys", "-t", "t", "n")
	waitScreen("a current item", func(s string) bool { return strings.Contains(s, "▌") && strings.Contains(s, "ALIGNED") })
	tmux("resize-window", "-t", "t", "-x", "80", "-y", "24")
	s := waitScreen("a redraw at 80×24", func(s string) bool {
		return strings.Contains(s, "ALIGNED") && !strings.Contains(s, "Legend")
	})
	for i, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if w := len([]rune(l)); w > 80 {
			t.Errorf("line %d is %d wide after resizing to 80: %q", i, w, l)
		}
	}
	tmux("send-keys", "-t", "t", "q")
	s = waitScreen("the exit", has("[exit "))
	if !strings.Contains(s, "[exit 0]") {
		t.Errorf("q did not exit 0:\n%s", s)
	}
	if strings.Contains(s, "ALIGNED") {
		t.Errorf("the interface is still on screen after quitting (alternate screen not left):\n%s", s)
	}
}
