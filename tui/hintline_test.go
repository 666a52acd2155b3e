package tui

import (
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// The hint line under the panes always shows how to get help and how to
// quit, at any width the interface runs at: other hints give way first.
func TestHintLineKeepsHelpAndQuit(t *testing.T) {
	for _, w := range []int{minWidth, 80, 100, 160} {
		m := newTestModel(t, loadFixture(t), w, 24)
		lines := strings.Split(ansi.Strip(m.View().Content), "\n")
		hint := lines[len(lines)-1]
		for _, want := range []string{"? help", "q quit"} {
			if !strings.Contains(hint, want) {
				t.Errorf("at %d columns the hint line %q lacks %q", w, hint, want)
			}
		}
		if strings.Contains(hint, "…") {
			t.Errorf("at %d columns the hint line is cut: %q", w, hint)
		}
		if w >= 80 && !strings.Contains(hint, "n next item") {
			t.Errorf("at %d columns the hint line %q lacks n", w, hint)
		}
	}
}

// The hint line names the keys that work where they are pressed. While
// the line at the bottom takes text (a search, a note, the memo's path,
// the path to save marks to when the session file cannot be written) the
// panes' keys type letters, and in a menu they do nothing: the line says
// what enter and esc do there. While a search is active n and N step
// through its matches, in the panes and the inspector, and esc clears it.
// (Before, every one of these showed "n next item • x reviewed • f flag".)
func TestHintLineFollowsTheKeys(t *testing.T) {
	hint := func(m Model) string {
		lines := strings.Split(ansi.Strip(m.View().Content), "\n")
		return lines[len(lines)-1]
	}
	searched := func(m Model) Model { return press(typeText(press(m, "/"), "port"), "enter") }
	full := Review{
		Save:     func(uint64, []byte) error { return errDiskFull },
		SaveCopy: func(string, []byte) error { return nil },
		CopyPath: "~/s-rescued.json", Name: "s.json",
		WriteMemo: func(string, *compare.Report, *review.Session) error { return nil }, MemoPath: "memo.md",
	}
	for _, c := range []struct {
		name      string
		to        func(m Model) Model
		want, not []string
	}{
		{"typing a search", func(m Model) Model { return typeText(press(m, "/"), "por") }, []string{"enter search", "esc cancel"}, []string{"next item", "x reviewed"}},
		{"a note", func(m Model) Model { return press(m, "n", "a") }, []string{"enter save the note", "esc cancel"}, []string{"next item", "x reviewed"}},
		{"the memo's path", func(m Model) Model { return press(m, "e") }, []string{"enter write the memo", "esc cancel"}, []string{"next item"}},
		{"saving marks elsewhere", func(m Model) Model {
			m = press(m, "n", "f")
			next, cmd := m.Update(keyPress("q"))
			return send(next.(Model), cmd())
		}, []string{"enter save the marks there", "esc back to the review", "ctrl+c quit without them"}, []string{"next item"}},
		{"the t menu", func(m Model) Model { return press(m, "t") }, []string{"enter choose", "q/esc back"}, []string{"next item", "x reviewed"}},
		{"the P menu", func(m Model) Model { return press(m, "P") }, []string{"enter choose", "q/esc back"}, []string{"next item", "x reviewed"}},
		{"a search", searched, []string{"n next match", "esc clear search", "q quit"}, []string{"next item"}},
		{"a search, inspecting", func(m Model) Model { return press(searched(m), "enter") }, []string{"n next match"}, []string{"next item"}},
		{"no search", func(m Model) Model { return m }, []string{"n next item", "x reviewed"}, []string{"next match", "enter search"}},
	} {
		m := send(newReviewModel(t, loadFixture(t), full), tea.WindowSizeMsg{Width: 120, Height: 30})
		m = c.to(m)
		h := hint(m)
		for _, w := range c.want {
			if !strings.Contains(h, w) {
				t.Errorf("%s: the hint line %q lacks %q", c.name, h, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(h, w) {
				t.Errorf("%s: the hint line %q names %q", c.name, h, w)
			}
		}
	}
}

var errDiskFull = &syscallPathError{path: "/full/s.json", err: syscall.ENOSPC}
