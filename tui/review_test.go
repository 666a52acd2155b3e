package tui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

func newReviewModel(t *testing.T, rep *compare.Report, r Review) Model {
	t.Helper()
	m := New(staticLoad(rep), WithReview(r))
	var sess *review.Session
	if r.Open != nil {
		sess, _ = r.Open(rep)
	}
	m = send(m, reportMsg{rep: rep, sess: sess})
	return send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

// space, f and a mark the current item; the status bar counts them and
// the gutter shows them; esc leaves a note as it was.
func TestReviewKeys(t *testing.T) {
	rep := loadFixture(t)
	m := press(newReviewModel(t, rep, Review{}), "n")
	id := m.currentID()
	if id == "" {
		t.Fatal("n gave no current item")
	}
	m = press(m, "x", "f")
	if mk := m.rv.sess.Mark(id); !mk.Reviewed || !mk.Flagged {
		t.Fatalf("mark after space and f: %+v", mk)
	}
	if s := screen(m); !strings.Contains(s, "1/10 reviewed, 1 flagged") || !strings.Contains(s, markFlagged) {
		t.Errorf("status or gutter lacks the marks:\n%s", s)
	}
	m = press(m, "a")
	m = typeText(m, "ask the mayor")
	if s := screen(m); !strings.Contains(s, "note: ask the mayor") {
		t.Errorf("the note editor is not shown:\n%s", s)
	}
	m = press(m, "enter")
	if got := m.rv.sess.Mark(id).Note; got != "ask the mayor" {
		t.Errorf("note %q after enter", got)
	}
	if s := screen(m); !strings.Contains(s, markFlagged+markNote) {
		t.Errorf("a flagged item with a note does not show both marks:\n%s", s)
	}
	m = press(m, "a")
	m = typeText(m, " and the port")
	m = press(m, "esc")
	if got := m.rv.sess.Mark(id).Note; got != "ask the mayor" {
		t.Errorf("esc changed the note to %q", got)
	}
	m = press(m, "enter") // the inspector shows the mark and the note
	if s := screen(m); !strings.Contains(s, "reviewed · "+markFlagged+" flagged") || !strings.Contains(s, "ask the mayor") {
		t.Errorf("the inspector lacks the mark:\n%s", s)
	}
	m = press(m, "x") // marks work in the inspector too
	if m.rv.sess.Mark(id).Reviewed {
		t.Error("space in the inspector did not clear reviewed")
	}
}

// u visits only items not yet reviewed, and says when none is left.
func TestNextUnreviewed(t *testing.T) {
	rep := loadFixture(t)
	m := newReviewModel(t, rep, Review{})
	seen := map[string]bool{}
	for range 20 {
		m = press(m, "u")
		id := m.currentID()
		if id == "" || m.rv.sess.Mark(id).Reviewed {
			break
		}
		if seen[id] {
			t.Fatalf("u came back to %s, which is reviewed", id)
		}
		seen[id] = true
		m = press(m, "x")
	}
	if r, total, _ := m.rv.sess.Progress(); r != total {
		t.Errorf("after u and space on every item: %d/%d reviewed", r, total)
	}
	if !strings.Contains(m.note, "no unreviewed items left") {
		t.Errorf("note %q, want that no item is left", m.note)
	}
}

// A read-only session refuses changes and says why.
func TestReadOnlyRefusesMarks(t *testing.T) {
	rep := loadFixture(t)
	m := press(newReviewModel(t, rep, Review{ReadOnly: "open in another storydiff (pid 42)"}), "n", "f")
	if _, _, f := m.rv.sess.Progress(); f != 0 {
		t.Error("a read-only session took a flag")
	}
	if s := screen(m); !strings.Contains(s, "read-only") || !strings.Contains(s, "pid 42") {
		t.Errorf("the screen does not say why:\n%s", s)
	}
}

// Orphaned marks are listed in the overview, and announced on opening.
func TestOrphansInOverview(t *testing.T) {
	rep := loadFixture(t)
	stored := review.File{Version: 1, Marks: []review.Mark{{ID: "s-gone", Kind: review.KindSentence, Flagged: true,
		Note: "was in print", Texts: []string{"the harbor master resigned on friday"}, Excerpt: "The harbor master resigned on Friday."}}}
	m := newReviewModel(t, rep, Review{Open: func(r *compare.Report) (*review.Session, error) { return review.Resume(&stored, r, nil), nil }})
	if s := screen(m); !strings.Contains(s, "1 orphaned mark (o lists them)") {
		t.Errorf("opening does not announce the orphan:\n%s", s)
	}
	m = press(m, "o")
	if s := screen(m); !strings.Contains(s, "Orphaned marks (1)") || !strings.Contains(s, "harbor master resigned") {
		t.Errorf("the overview does not list the orphan:\n%s", s)
	}
}

// A mark on an item n no longer visits (a conflict flagged, then, after
// an article changed, re-attached to the figure the outlets now agree on)
// is counted in the status bar, so the overview lists it, enter shows
// where it is, and x, f and a there change it; an orphaned mark, too, can
// be unflagged and noted from its line. No mark is counted but out of reach.
func TestEveryMarkIsListedAndReachable(t *testing.T) {
	rep := loadFixture(t)
	stored := review.File{Version: 1, Marks: []review.Mark{
		{ID: "f3", Kind: review.KindFact, Flagged: true, Note: "false: all say Blue Line",
			Texts: []string{"the blue line will close"}, Excerpt: "Blue Line / Blue Line"},
		{ID: "s-gone", Kind: review.KindSentence, Flagged: true,
			Texts: []string{"the harbor master resigned on friday"}, Excerpt: "The harbor master resigned on Friday."}}}
	m := newReviewModel(t, rep, Review{Open: func(r *compare.Report) (*review.Session, error) { return review.Resume(&stored, r, nil), nil }})
	if !strings.Contains(m.note, "1 mark off the items n visits, 1 orphaned mark (o lists them)") {
		t.Errorf("opening does not say where the marks are: %q", m.note)
	}
	m = press(m, "o")
	s := screen(m)
	if !strings.Contains(s, "1 flagged") {
		t.Fatalf("the status bar does not count the flag on the figure:\n%s", s)
	}
	if !strings.Contains(s, "Marks off the items n visits (1)") || !strings.Contains(s, markFlagged+markNote+" figure, now shared: Blue Line") ||
		!strings.Contains(s, "false: all say Blue Line") {
		t.Fatalf("the overview does not list the flag on the figure:\n%s", s)
	}
	if got := ansi.Strip(m.footerView()); !strings.Contains(got, "f flag") {
		t.Errorf("the hint line on a mark does not offer f: %q", got)
	}
	m = press(m, "f")
	if mk := m.rv.sess.Mark("f3"); mk.Flagged || mk.Note == "" {
		t.Fatalf("f on the figure's line: mark %+v, want the flag cleared and the note kept", mk)
	}
	if _, _, f := m.rv.sess.Progress(); f != 0 {
		t.Errorf("%d flagged after clearing the only one", f)
	}
	if s := screen(m); m.mode != modeOverview || !strings.Contains(s, markNote+" figure, now shared") {
		t.Errorf("after f the overview should stay, listing the noted figure:\n%s", s)
	}
	m = press(m, "a")
	m = typeText(m, ", checked") // the note editor opens on the note
	m = press(m, "enter")
	if got := m.rv.sess.Mark("f3").Note; got != "false: all say Blue Line, checked" {
		t.Errorf("note %q after a on the figure's line", got)
	}
	m = press(m, "j") // the orphan
	m = press(m, "f")
	if o := m.rv.sess.Orphans(); len(o) != 0 {
		t.Errorf("f on the orphan's line left %+v (its only mark was the flag)", o)
	}
	m = press(m, "g", "enter")
	if m.mode != modePanes {
		t.Fatalf("enter on the figure's line did not show the panes")
	}
	if r := m.ix.rowOf(0, 0); m.curRow != r {
		t.Errorf("enter went to row %d, want %d (the figure's first mention)", m.curRow, r)
	}
}

// Changes are saved without a key after them, and the last save holds the
// last change. The wait is ten times the autosave delay: a ceiling for a
// busy machine, not a measure of the delay.
func TestAutosave(t *testing.T) {
	rep := loadFixture(t)
	var mu sync.Mutex
	var saves [][]byte
	r := Review{Save: func(rev uint64, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		saves = append(saves, data)
		return nil
	}}
	tm := teatest.NewTestModel(t, New(staticLoad(rep), WithReview(r)), teatest.WithInitialTermSize(100, 30))
	waitFor(t, tm, "ALIGNED")
	tm.Send(keyPress("n"))
	tm.Send(keyPress("f"))
	start := time.Now()
	tm.Send(keyPress("x"))
	last := func() []byte {
		mu.Lock()
		defer mu.Unlock()
		if len(saves) == 0 {
			return nil
		}
		return saves[len(saves)-1]
	}
	for !bytes.Contains(last(), []byte(`"reviewed": true`)) {
		if time.Since(start) > 10*autosaveDelay {
			t.Fatalf("no save with both marks within %v; saves: %q", 10*autosaveDelay, saves)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !bytes.Contains(last(), []byte(`"flagged": true`)) {
		t.Errorf("the save lacks the flag: %s", last())
	}
	tm.Send(keyPress("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	mu.Lock()
	defer mu.Unlock()
	if len(saves) > 2 {
		t.Errorf("%d saves for two quick changes; want them debounced into one or two", len(saves))
	}
}

// e asks for a path, suggesting the one given, and writes the memo in a
// command with a copy of the session; it asks before replacing a file.
func TestMemoPrompt(t *testing.T) {
	rep := loadFixture(t)
	written := make(chan string, 1)
	path := filepath.Join(t.TempDir(), "memo.md")
	r := Review{MemoPath: path, WriteMemo: func(path string, _ *compare.Report, s *review.Session) error {
		written <- path + " " + s.ProgressText()
		return os.WriteFile(path, []byte("memo"), 0o644)
	}}
	m := press(newReviewModel(t, rep, r), "n", "f", "e")
	if s := screen(m); !strings.Contains(s, "memo: "+path) {
		t.Fatalf("the memo prompt does not suggest the path:\n%s", s)
	}
	next, cmd := m.Update(keyPress("enter"))
	m = next.(Model)
	if cmd == nil {
		t.Fatal("enter gave no command")
	}
	m = send(m, cmd())
	if got := <-written; got != path+" 0/10 reviewed, 1 flagged" {
		t.Errorf("memo written as %q", got)
	}
	if !strings.Contains(screen(m), "memo written to "+path) {
		t.Errorf("no confirmation:\n%s", screen(m))
	}
	// Again: the file is there now, so e asks, and only y replaces it.
	for _, answer := range []string{"n", "y"} {
		m = press(m, "e")
		next, cmd = m.Update(keyPress("enter"))
		m = send(next.(Model), cmd())
		if s := screen(m); !strings.Contains(s, "exists. Overwrite it? (y/n)") {
			t.Fatalf("no question before overwriting:\n%s", s)
		}
		next, cmd = m.Update(keyPress(answer))
		m = next.(Model)
		if answer == "n" {
			if cmd != nil || !strings.Contains(screen(m), "left as it was") {
				t.Errorf("n: command %v, screen:\n%s", cmd != nil, screen(m))
			}
			continue
		}
		m = send(m, cmd())
		if got := <-written; got != path+" 0/10 reviewed, 1 flagged" {
			t.Errorf("memo overwritten as %q", got)
		}
	}
}

// reopen saves m's session as its file holds it and opens the report again
// with that file, as the next run with --session does; it returns the new
// model and the file.
func reopen(t *testing.T, m Model, rep *compare.Report) (Model, review.File) {
	t.Helper()
	data, err := m.Session().Marshal()
	if err != nil {
		t.Fatal(err)
	}
	var f review.File
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	open := func(rep *compare.Report) (*review.Session, error) { return review.Resume(&f, rep, nil), nil }
	return newReviewModel(t, rep, Review{Open: open}), f
}

// Reopening a session returns to the item the editor was on and the
// screen they saw, and says so.
func TestSessionResumesWhereTheEditorLeftOff(t *testing.T) {
	rep := compareFiles(t, demoPaths(t)...)
	first := press(newReviewModel(t, rep, Review{}), "n", "n", "n", "n", "n", "n", "n", "space")
	if first.cur < 0 {
		t.Fatal("no current item")
	}
	again, f := reopen(t, first, rep)
	if f.Place == nil || f.Place.Item == "" {
		t.Fatalf("the session file keeps no place: %+v", f.Place)
	}
	if again.cur != first.cur || again.scroll[0] != first.scroll[0] || fmt.Sprint(again.visible()) != fmt.Sprint(first.visible()) {
		t.Errorf("resumed at item %d, scroll %d, articles %v; left at item %d, scroll %d, articles %v",
			again.cur, again.scroll[0], again.visible(), first.cur, first.scroll[0], first.visible())
	}
	if s := screen(again); !strings.Contains(s, "back where you left off") {
		t.Errorf("resuming does not say so:\n%s", s)
	}
	fresh := newReviewModel(t, rep, Review{})
	if fresh.cur >= 0 || strings.Contains(screen(fresh), "left off") {
		t.Error("a new session claims a place")
	}
}

// A session moved to other articles (--retarget) is announced as what
// happened: the saved articles dropped and kept, the articles added; not
// as "moved from" (nothing moves from a dropped article), nor as articles
// that changed.
func TestMovedSessionIsAnnounced(t *testing.T) {
	rep := loadFixture(t)
	stored := review.File{Version: 1, Articles: []review.Source{{Label: "old-a.txt", Source: "old-a.txt", SHA256: "00"}, {Label: rep.Articles[0].Label, Source: rep.Articles[0].Label, SHA256: "11"}},
		Marks: []review.Mark{{ID: "s-gone", Kind: review.KindSentence, Flagged: true,
			Texts: []string{"the harbor master resigned on friday"}, Excerpt: "The harbor master resigned on Friday."}}}
	var sources []review.Source
	for _, a := range rep.Articles {
		sources = append(sources, review.Source{Label: a.Label, Source: a.Label, SHA256: "11"})
	}
	kept := []string{rep.Articles[0].Label}
	var added []string
	for _, a := range rep.Articles[1:] {
		added = append(added, a.Label)
	}
	m := newReviewModel(t, rep, Review{Open: func(r *compare.Report) (*review.Session, error) {
		s := review.Resume(&stored, r, sources)
		s.SetRetarget(review.Retarget{Kept: kept, Dropped: []string{"old-a.txt"}, Added: added})
		return s, nil
	}})
	want := "session retargeted: dropped old-a.txt, added " + strings.Join(added, ", ") + "; kept " + kept[0]
	if !strings.Contains(m.note, want) || strings.Contains(m.note, "moved from") || strings.Contains(m.note, "changed since") {
		t.Errorf("opening a retargeted session says %q, want %q", m.note, want)
	}
}
