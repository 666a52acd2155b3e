package tui

import (
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/review"
)

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// TestQuitOnAFullDiskAsksWhereToSave: q with marks the session file will
// not take (a full disk) does not exit and drop them: it names the file,
// says why, offers a path, saves a copy there and only then quits.
func TestQuitOnAFullDiskAsksWhereToSave(t *testing.T) {
	rep := loadFixture(t)
	copies := map[string]string{}
	r := Review{
		Save: func(uint64, []byte) error {
			return &syscallPathError{path: "/full/s.json", err: syscall.ENOSPC}
		},
		SaveCopy: func(path string, data []byte) error { copies[path] = string(data); return nil },
		CopyPath: "/home/ed/s-rescued.json",
		Name:     "s.json",
	}
	m := press(newReviewModel(t, rep, r), "n", "f")
	next, cmd := m.Update(keyPress("q"))
	m = next.(Model)
	if cmd == nil {
		t.Fatal("q with an unsaved flag neither saved nor quit")
	}
	saved := cmd()
	if _, ok := saved.(savedMsg); !ok {
		t.Fatalf("q with an unsaved flag: %T, want the save first", saved)
	}
	next, cmd = m.Update(saved)
	m = next.(Model)
	if isQuit(cmd) {
		t.Fatal("quit although the marks were not saved")
	}
	s := screen(m)
	if !strings.Contains(s, "NOT SAVED: no space left on device (s.json); save to: /home/ed/s-rescued.json") {
		t.Fatalf("the question is not shown:\n%s", s)
	}

	m = press(m, "esc") // back to the review, nothing lost
	if s := screen(m); !strings.Contains(s, "NOT SAVED") || m.rv.prompt != promptNone {
		t.Errorf("esc: %s", s)
	}
	// At 80 columns the bar gives the cause, whole, once the message
	// has gone; at 160 the file too (TestNotSavedFitsAt80Columns).
	if bar := ansi.Strip(press(send(m, tea.WindowSizeMsg{Width: 80, Height: 24}), "j").statusView()); !strings.Contains(bar, "NOT SAVED: no space left on device") {
		t.Errorf("at 80 columns the bar does not give the cause: %q", bar)
	}
	next, cmd = m.Update(keyPress("q")) // and q asks again
	m = next.(Model)
	next, _ = m.Update(cmd())
	m = next.(Model)
	if m.rv.prompt != promptSaveAs {
		t.Fatal("the second q did not ask")
	}
	next, cmd = m.Update(keyPress("enter"))
	m = next.(Model)
	copied := cmd()
	if _, ok := copied.(copiedMsg); !ok {
		t.Fatalf("enter: %T, want the copy saved", copied)
	}
	if !strings.Contains(copies["/home/ed/s-rescued.json"], `"flagged": true`) {
		t.Errorf("the copy lacks the flag: %v", copies)
	}
	next, cmd = m.Update(copied)
	if !isQuit(cmd) || next.(Model).CopiedTo() != "/home/ed/s-rescued.json" {
		t.Errorf("after the copy was saved: quit %v, copied to %q", isQuit(cmd), next.(Model).CopiedTo())
	}
}

// TestQuitSavesFirst: q saves unsaved marks, then quits; with nothing
// unsaved it quits at once.
func TestQuitSavesFirst(t *testing.T) {
	rep := loadFixture(t)
	saves := 0
	m := newReviewModel(t, rep, Review{Save: func(uint64, []byte) error { saves++; return nil }})
	// The place the panes show is part of the session: record it with a
	// key and let the autosave write it, so that nothing is left to save.
	m = press(m, "g")
	for i := 0; m.rv.dirty && i < 3; i++ {
		next, cmd := m.Update(autosaveMsg{})
		if m = next.(Model); cmd != nil {
			next, _ = m.Update(cmd())
			m = next.(Model)
		}
	}
	if _, cmd := m.Update(keyPress("q")); !isQuit(cmd) {
		t.Error("q with nothing to save did not quit")
	}
	saves = 0
	m = press(m, "n", "x")
	next, cmd := m.Update(keyPress("q"))
	if _, cmd = next.(Model).Update(cmd()); !isQuit(cmd) || saves != 1 {
		t.Errorf("q after a mark: quit %v after %d saves", isQuit(cmd), saves)
	}
}

type syscallPathError struct {
	path string
	err  error
}

func (e *syscallPathError) Error() string {
	return "saving session " + e.path + ": write: " + e.err.Error()
}
func (e *syscallPathError) Unwrap() error { return e.err }

// TestSessionOpensWhenItsFirstSaveFails: a session resumed on a full disk
// (its first save, on opening, fails) is shown, NOT SAVED, rather than
// ending the program.
func TestSessionOpensWhenItsFirstSaveFails(t *testing.T) {
	rep := loadFixture(t)
	full := &syscallPathError{path: "/full/s.json", err: syscall.ENOSPC}
	m := New(staticLoad(rep), WithReview(Review{Save: func(uint64, []byte) error { return full }}))
	m = send(m, reportMsg{rep: rep, sess: review.New(rep, nil), err: full}) // what Open gave
	m = send(m, tea.WindowSizeMsg{Width: 160, Height: 30})
	if m.Err() != nil || m.ix == nil {
		t.Fatalf("the session did not open: %v", m.Err())
	}
	if s := screen(m); !strings.Contains(s, "NOT SAVED") {
		t.Errorf("the status bar does not say the session is not saved:\n%s", s)
	}
}

// TestQuitWarnsOfMarksNoSessionKeeps: without --session the marks live
// only in the interface; q says so once, and q again quits.
func TestQuitWarnsOfMarksNoSessionKeeps(t *testing.T) {
	m := newReviewModel(t, loadFixture(t), Review{})
	if _, cmd := m.Update(keyPress("q")); !isQuit(cmd) {
		t.Fatal("q with no marks did not quit")
	}
	m = press(m, "n", "f")
	next, cmd := m.Update(keyPress("q"))
	if isQuit(cmd) {
		t.Fatal("q quit and dropped a flag that no session keeps, without a word")
	}
	if m = next.(Model); !strings.Contains(screen(m), "only with --session") {
		t.Errorf("q does not say why it did not quit:\n%s", screen(m))
	}
	if _, cmd := m.Update(keyPress("q")); !isQuit(cmd) {
		t.Error("a second q did not quit")
	}
}
