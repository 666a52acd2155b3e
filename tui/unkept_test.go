package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Without --session a note is kept only until the program ends: the
// message says so rather than "note saved", which q's warning then took
// back. With a session file it is saved. At 80 columns both that message
// and q's warning shorten rather than cut the progress.
func TestNoteWithoutASessionSaysItIsNotSaved(t *testing.T) {
	for _, c := range []struct {
		name   string
		review Review
		want   string
	}{
		{"no session", Review{}, noteUnkept},
		{"session", Review{Save: func(uint64, []byte) error { return nil }}, "note saved"},
	} {
		m := newReviewModel(t, loadFixture(t), c.review)
		m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		m = press(m, "n", "a")
		m = typeText(m, "ask the harbor office")
		m = press(m, "enter")
		if m.note != c.want {
			t.Errorf("%s: the note's message is %q, want %q", c.name, m.note, c.want)
		}
		bar := ansi.Strip(m.statusView())
		if !strings.Contains(bar, m.rv.progressShort) || strings.Contains(bar, "…") {
			t.Errorf("%s: at 80 columns the bar %q cuts the progress %q", c.name, bar, m.rv.progressShort)
		}
		if c.review.Save != nil {
			continue
		}
		if strings.Contains(bar, "saved") && !strings.Contains(bar, "not saved") {
			t.Errorf("%s: the bar says the note is saved: %q", c.name, bar)
		}
		q := press(m, "q")
		bar = ansi.Strip(q.statusView())
		if q.note != quitUnkept || !strings.Contains(bar, "q again") || !strings.Contains(bar, m.rv.progressShort) || strings.Contains(bar, "…") {
			t.Errorf("%s: q's warning at 80 columns reads %q", c.name, bar)
		}
	}
}
