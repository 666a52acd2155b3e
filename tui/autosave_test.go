package tui

import (
	"testing"
)

// TestChangeDuringASaveIsWrittenWhenItEnds: a mark made while a save is
// being written has already waited; it is written as soon as that save
// ends, not a further autosave delay later, which is what let kill -9 lose
// a mark made a full second before.
func TestChangeDuringASaveIsWrittenWhenItEnds(t *testing.T) {
	rep := loadFixture(t)
	var saves int
	m := newReviewModel(t, rep, Review{Save: func(uint64, []byte) error { saves++; return nil }})
	m = press(m, "n", "f")
	next, cmd := m.Update(autosaveMsg{}) // the delay is over: the save starts
	m = next.(Model)
	if cmd == nil {
		t.Fatal("no save after the delay")
	}
	m = press(m, "x") // while it is written
	saved := cmd()
	if _, ok := saved.(savedMsg); !ok || saves != 1 {
		t.Fatalf("the first save: %T, %d saves", saved, saves)
	}
	_, cmd = m.Update(saved)
	if cmd == nil {
		t.Fatal("the change made during the save is not written")
	}
	if msg := cmd(); msg != (savedMsg{}) || saves != 2 {
		t.Errorf("after the first save ends: %T %v and %d saves, want the second save at once", msg, msg, saves)
	}
}
