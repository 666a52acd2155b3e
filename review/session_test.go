package review

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

const (
	herald = "Port signs Blue Line deal\n\nThe port signed a $1.2 billion deal with Blue Line on Monday. It will add 400 jobs, the mayor said.\n\nCritics warned about heavy truck traffic on Harbor Road near the old market.\n"
	wire   = "Blue Line wins port contract\n\nThe port and Blue Line signed a deal worth about $1.2 billion Monday. Officials said 450 jobs would follow.\n\nThe contract runs for ten years.\n"
)

func compareTexts(t testing.TB, texts ...string) *compare.Report {
	t.Helper()
	var docs []*ingest.Document
	for i, s := range texts {
		d, err := ingest.Parse("a.txt", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = []string{"Herald", "Wire", "Daily"}[i]
		docs = append(docs, d)
	}
	return compare.Compare(docs, compare.Options{})
}

// reloaded is s saved and read back, resumed on rep, as a later run would.
func reloaded(t *testing.T, s *Session, rep *compare.Report) *Session {
	t.Helper()
	data, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return Resume(&f, rep, nil)
}

func itemOf(t *testing.T, s *Session, kind Kind, contains string) Item {
	t.Helper()
	for _, it := range s.Items() {
		if it.Kind == kind && strings.Contains(it.Excerpt, contains) {
			return it
		}
	}
	t.Fatalf("no %s item containing %q in %+v", kind, contains, s.Items())
	return Item{}
}

// Marks are keyed by content: re-running the comparison on the same
// articles finds every mark on the same item.
func TestResumeSameArticles(t *testing.T) {
	rep := compareTexts(t, herald, wire)
	s := New(rep, nil)
	uniq := itemOf(t, s, KindSentence, "Critics warned")
	s.ToggleFlagged(uniq.ID)
	s.SetNote(uniq.ID, "ask the Herald for the source")
	s.ToggleReviewed(s.Items()[0].ID)
	data, err := s.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	f, err := Decode("s.json", data)
	if err != nil {
		t.Fatal(err)
	}
	r := Resume(f, compareTexts(t, herald, wire), nil)
	if m := r.Mark(uniq.ID); !m.Flagged || m.Note != "ask the Herald for the source" {
		t.Errorf("after resuming, the unique sentence's mark is %+v", m)
	}
	if rv, _, fl := r.Progress(); rv != 1 || fl != 1 {
		t.Errorf("progress after resuming: %s", r.ProgressText())
	}
	if len(r.Orphans()) != 0 || r.Reattached() != 0 {
		t.Errorf("orphans %v, reattached %d; want none", r.Orphans(), r.Reattached())
	}
}

// A small edit to a marked sentence changes its id; the mark re-attaches by
// content. A sentence that is gone leaves its mark as an orphan, kept in
// the file.
func TestResumeAfterEdits(t *testing.T) {
	rep := compareTexts(t, herald, wire)
	s := New(rep, []Source{{Label: "Herald", Source: "h.txt", SHA256: "aa"}, {Label: "Wire", Source: "w.txt", SHA256: "bb"}})
	edited := itemOf(t, s, KindSentence, "Critics warned")
	gone := itemOf(t, s, KindSentence, "ten years")
	s.ToggleFlagged(edited.ID)
	s.SetNote(gone.ID, "check the term")
	data, _ := s.Marshal()
	f, err := Decode("s.json", data)
	if err != nil {
		t.Fatal(err)
	}
	herald2 := strings.Replace(herald, "heavy truck traffic", "heavy lorry traffic", 1)
	wire2 := strings.Replace(wire, "The contract runs for ten years.", "Shares in Blue Line closed higher.", 1)
	r := Resume(f, compareTexts(t, herald2, wire2), []Source{{Label: "Herald", Source: "h.txt", SHA256: "a2"}, {Label: "Wire", Source: "w.txt", SHA256: "bb"}})

	now := itemOf(t, r, KindSentence, "lorry traffic")
	if now.ID == edited.ID {
		t.Fatal("the edit did not change the sentence's id; the test proves nothing")
	}
	if !r.Mark(now.ID).Flagged {
		t.Errorf("the flag did not re-attach to the edited sentence; orphans: %+v", r.Orphans())
	}
	if r.Reattached() != 1 {
		t.Errorf("reattached %d, want 1", r.Reattached())
	}
	if len(r.Orphans()) != 1 || r.Orphans()[0].Note != "check the term" {
		t.Fatalf("orphans %+v, want the note on the removed sentence", r.Orphans())
	}
	if got := r.Changed(); len(got) != 1 || got[0] != "Herald" {
		t.Errorf("changed articles %v, want [Herald]", got)
	}
	out, _ := r.Marshal()
	if !strings.Contains(string(out), "check the term") {
		t.Error("the orphaned note was dropped from the saved file")
	}
}

// An article renamed or moved, with the bytes it had, has not changed;
// one saved under the same label with other bytes has.
func TestRenamedArticleHasNotChanged(t *testing.T) {
	rep := compareTexts(t, herald, wire)
	data, _ := New(rep, []Source{{Label: "h.txt", Source: "h.txt", SHA256: "aa"}, {Label: "w.txt", Source: "w.txt", SHA256: "bb"}}).Marshal()
	f, err := Decode("s.json", data)
	if err != nil {
		t.Fatal(err)
	}
	r := Resume(f, rep, []Source{{Label: "herald.txt", Source: "in/herald.txt", SHA256: "aa"}, {Label: "w.txt", Source: "w.txt", SHA256: "b2"}})
	if got := r.Changed(); len(got) != 1 || got[0] != "w.txt" {
		t.Errorf("changed articles %v, want [w.txt]", got)
	}
}

// Clearing every mark on an item removes it from the file.
func TestClearedMarkLeavesTheFile(t *testing.T) {
	s := New(compareTexts(t, herald, wire), nil)
	id := s.Items()[0].ID
	s.ToggleFlagged(id)
	s.ToggleFlagged(id)
	if len(s.File().Marks) != 0 {
		t.Errorf("marks %+v after flagging and unflagging", s.File().Marks)
	}
	if s.Rev() != 2 {
		t.Errorf("rev %d, want 2", s.Rev())
	}
	if s.ToggleReviewed("nope") {
		t.Error("marking an unknown id succeeded")
	}
}

func TestSimilarity(t *testing.T) {
	cases := []struct {
		a, b  []string
		match bool
	}{
		{[]string{"critics warned about heavy truck traffic on harbor road"}, []string{"critics warned about heavy lorry traffic on harbor road"}, true},
		{[]string{"critics warned about heavy truck traffic on harbor road"}, []string{"the contract runs for ten years"}, false},
		{[]string{"the port signed a deal", "the port and blue line signed a deal", "blue line signed with the port"}, []string{"the port signed a deal", "the port and blue line signed a deal"}, true},
	}
	for _, c := range cases {
		if got := similarity(c.a, c.b) >= MinSimilarity; got != c.match {
			t.Errorf("similarity(%q, %q) = %.2f, match %v; want %v", c.a, c.b, similarity(c.a, c.b), got, c.match)
		}
	}
}

// Where the editor left off is saved with the marks and comes back on
// resuming; a file without it resumes with no place.
func TestPlaceSurvivesResume(t *testing.T) {
	rep := compare.Compare(nil, compare.Options{})
	s := New(rep, nil)
	if s.SetPlace(Place{}) {
		t.Error("setting the empty place counts as a change")
	}
	rev := s.Rev()
	if !s.SetPlace(Place{Item: "g1", Top: "g0"}) || s.Rev() == rev {
		t.Error("a new place is not a change")
	}
	if got := reloaded(t, s, rep).Place(); got != (Place{Item: "g1", Top: "g0"}) {
		t.Errorf("resumed place %+v", got)
	}
	if got := Resume(&File{Version: Version}, rep, nil).Place(); got != (Place{}) {
		t.Errorf("a file without a place resumes at %+v", got)
	}
}

// An orphan's marks can be changed where it is listed: the change is
// saved, a note keeps it, and one left with no mark leaves the file, as
// an item's does.
func TestOrphanMarksChange(t *testing.T) {
	rep := compareTexts(t, herald, wire)
	f := File{Version: Version, Marks: []Mark{
		{ID: "s-gone", Kind: KindSentence, Flagged: true, Note: "ask", Texts: []string{"the harbor master resigned"}, Excerpt: "The harbor master resigned."},
		{ID: "q-gone", Kind: KindQuote, Flagged: true, Texts: []string{"we never agreed to that"}, Excerpt: "We never agreed to that"}}}
	s := Resume(&f, rep, nil)
	if len(s.Orphans()) != 2 {
		t.Fatalf("orphans %+v, want both marks", s.Orphans())
	}
	rev := s.Rev()
	if !s.ToggleOrphanFlagged(0) || s.Rev() == rev {
		t.Fatal("unflagging orphan 0 did not count as a change")
	}
	if !s.SetOrphanNote(0, "ask the port") || s.ToggleOrphanFlagged(5) {
		t.Fatal("a note on orphan 0 was refused, or an orphan out of range was taken")
	}
	s.ToggleOrphanFlagged(1) // its only mark: it goes
	again := reloaded(t, s, rep)
	o := again.Orphans()
	if len(o) != 1 || o[0].ID != "s-gone" || o[0].Flagged || o[0].Note != "ask the port" {
		t.Errorf("orphans after the changes and a reload: %+v", o)
	}
}
