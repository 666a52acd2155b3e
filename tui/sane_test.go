package tui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	xansi "github.com/charmbracelet/x/ansi"
)

// TestPastedNoteDropsControls: a note pasted with a bidi override, an
// escape sequence and a line break is saved, and shown, without them at
// once, not only after the session is next read.
func TestPastedNoteDropsControls(t *testing.T) {
	rep := loadFixture(t)
	m := press(newReviewModel(t, rep, Review{}), "n")
	id := m.currentID()
	m = press(m, "a")
	m = send(m, tea.PasteMsg{Content: "check \u202Egnp.exe\u202C the\x1b]2;PWNED\x07 figure\nagain\u200B"})
	if s := screen(m); strings.ContainsAny(s, "\u202E\u202C\x1b\x07\u200B") {
		t.Errorf("the note editor shows controls: %q", s)
	}
	m = press(m, "enter")
	got := m.rv.sess.Mark(id).Note
	if strings.ContainsAny(got, "\u202E\u202C\x1b\x07\u200B\n") || !strings.Contains(got, "check gnp.exe the]2;PWNED figure again") {
		t.Errorf("note saved as %q", got)
	}
}

// TestStatusAndLoadingLinesAreSanitised: the status bar (here a memo that
// could not be written to a path holding escapes) and the loading step
// show controls as visible text on one line.
func TestStatusAndLoadingLinesAreSanitised(t *testing.T) {
	rep := loadFixture(t)
	m := newReviewModel(t, rep, Review{})
	m = send(m, memoMsg{path: "x", err: errors.New("writing \x1b]52;c;cHduZWQ=\x07memo.md:\nrename \u202Etxt.md: denied\x9b2J")})
	s := m.View().Content
	for _, bad := range []string{"\x1b]52", "\x07", "\u202E", "\u009b"} {
		if strings.Contains(s, bad) {
			t.Errorf("the status bar holds %q", bad)
		}
	}
	if !strings.Contains(screen(m), "␛]52;c;cHduZWQ=␇memo.md: rename ⟨U+202E⟩txt.md") {
		t.Errorf("the status bar does not show the escapes as text:\n%s", screen(m))
	}

	l := New(staticLoad(rep))
	l = send(l, tea.WindowSizeMsg{Width: 100, Height: 30})
	l = send(l, progressMsg{step: "fetching 1 of 2: evil.example/\x1b]2;PWNED\x07\u202Ea"})
	if s := l.View().Content; strings.Contains(s, "\x1b]2") || strings.Contains(s, "\u202E") || !strings.Contains(stripANSI(s), "␛]2;PWNED␇⟨U+202E⟩a") {
		t.Errorf("the loading step: %q", stripANSI(s))
	}
}

func stripANSI(s string) string { return xansi.Strip(s) }

// TestTypedSearchDropsControls: a bidi override typed into the search box
// (a key carrying it as text, as some terminals and input methods send)
// never reaches the box or the status line.
func TestTypedSearchDropsControls(t *testing.T) {
	m := press(newReviewModel(t, loadFixture(t), Review{}), "/")
	m = send(m, tea.KeyPressMsg{Code: '\u202E', Text: "\u202E"})
	m = press(m, "p", "o", "r", "t")
	if v := m.input.Value(); v != "port" {
		t.Errorf("the search box holds %q, want %q", v, "port")
	}
	if strings.Contains(m.View().Content, "\u202E") {
		t.Error("the screen holds U+202E")
	}
}
