package tui

import (
	"fmt"
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// A failed save is said the same way on every line that says it, what
// happened and why first: at 80x24 the status bar of the panes, the
// inspector and the overview shows "NOT SAVED: no space left on device"
// whole (the session's long name, which is on the command line, gives
// way first), and the question on quitting shortens its message so the
// suggested path is read whole. At 160 columns both give the cause and
// name the file. (Before, the bar put the name first and cut the cause,
// "…NOT SAVED (no space left…", and the question pushed the path off the
// line but for its last letters.)
func TestNotSavedFitsAt80Columns(t *testing.T) {
	const name, rescue = "harbour-depot-fire-review-2026.json", "~/harbour-depot-fire-review-2026-rescued.json"
	const why = "NOT SAVED: no space left on device"
	full := &syscallPathError{path: "/srv/reviews/" + name, err: syscall.ENOSPC}
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			r := Review{
				Save:     func(uint64, []byte) error { return full },
				SaveCopy: func(string, []byte) error { return nil },
				CopyPath: rescue,
				Name:     name,
			}
			m := send(newReviewModel(t, crossedReport(), r), tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			m = press(m, "n", "f")
			next, cmd := m.Update(autosaveMsg{})
			m = next.(Model)
			if cmd == nil {
				t.Fatal("the flag was not saved")
			}
			m = send(m, cmd()) // the failed save
			want := why
			if size[0] >= 160 {
				want = why + " (" + name + ")"
			}
			for _, view := range []string{"", "enter", "o"} {
				v := m
				if view != "" {
					v = press(m, view)
				}
				if bar := ansi.Strip(v.statusView()); !strings.Contains(bar, want) {
					t.Errorf("after %q the status bar does not say %q: %q", view, want, bar)
				}
			}
			next, cmd = m.Update(keyPress("q"))
			m = send(next.(Model), cmd()) // q saves first, and that fails too
			if m.rv.prompt != promptSaveAs {
				t.Fatal("q did not ask where to save")
			}
			line := ansi.Strip(m.statusView())
			if !strings.HasPrefix(line, "NOT SAVED") || !strings.Contains(line, rescue) {
				t.Errorf("the question does not say NOT SAVED and show the whole path: %q", line)
			}
			if size[0] >= 160 && !strings.HasPrefix(line, want) {
				t.Errorf("at %d columns the question does not say why, naming the file: %q", size[0], line)
			}
			if ansi.StringWidth(line) > size[0] {
				t.Errorf("the question is wider than the screen: %q", line)
			}
			m = press(m, "esc")
			if bar := ansi.Strip(m.statusView()); !strings.Contains(bar, why) || !strings.Contains(bar, "not quit") {
				t.Errorf("after esc the bar does not say it did not quit and why: %q", bar)
			}
		})
	}
}
