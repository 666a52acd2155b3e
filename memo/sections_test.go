package memo

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// writeBoth writes a memo as Markdown and as HTML.
func writeBoth(t *testing.T, m *Memo) (md, page string) {
	t.Helper()
	var a, b bytes.Buffer
	if err := m.Markdown(&a); err != nil {
		t.Fatal(err)
	}
	if err := m.HTML(&b); err != nil {
		t.Fatal(err)
	}
	// The page's head only: the columns repeat the notes in titles.
	head, _, _ := strings.Cut(b.String(), "The articles side by side")
	return a.String(), head
}

// The memo lists the figures that agree only roughly, as the overview and
// the text report do: each outlet's words, where they stand ("$1.2
// billion" against "about $1.2 billion" in the fixture).
func TestMemoListsRoughFigures(t *testing.T) {
	rep := fixture(t)
	var rough *compare.Fact
	for i := range rep.Facts {
		if rep.Facts[i].Status == compare.FactCompatible {
			rough = &rep.Facts[i]
		}
	}
	if rough == nil || len(rough.Mentions) < 2 {
		t.Fatal("the fixture has no figures that agree only roughly")
	}
	md, page := writeBoth(t, Build(rep, session(t, rep), "s.json"))
	_, sec, ok := strings.Cut(md, "## Figures that agree only roughly (1)")
	sec, _, _ = strings.Cut(sec, "\n## ")
	if !ok {
		t.Fatalf("the Markdown memo has no section of figures that agree only roughly:\n%s", md)
	}
	_, hsec, ok := strings.Cut(page, "<h2>Figures that agree only roughly (1)</h2>")
	hsec, _, _ = strings.Cut(hsec, "<h2>")
	if !ok {
		t.Fatalf("the HTML memo has no section of figures that agree only roughly")
	}
	for _, mn := range rough.Mentions {
		label := rep.Articles[mn.Article].Label
		if !strings.Contains(sec, "**"+label+"**") || !strings.Contains(sec, "“"+mn.Text+"”") {
			t.Errorf("the Markdown section lacks %s's “%s”:\n%s", label, mn.Text, sec)
		}
		if !strings.Contains(hsec, label) || !strings.Contains(hsec, "“"+mn.Text+"”") {
			t.Errorf("the HTML section lacks %s's “%s”:\n%s", label, mn.Text, hsec)
		}
	}
	if !strings.Contains(sec, "rough figure ("+rough.Kind+")") {
		t.Errorf("the entry does not say it is a rough figure:\n%s", sec)
	}
	// A name written two ways is no figure.
	rough.Kind, rough.Mentions[1].Text = "person", "Raul"
	rough.Mentions[0].Text = "Raúl"
	md, _ = writeBoth(t, Build(rep, nil, ""))
	if !strings.Contains(md, "### 1. name written two ways (person)") || strings.Contains(md, "rough figure (person)") {
		t.Errorf("a name written two ways:\n%s", md)
	}
}

// A note is given once, with its item, where the memo first shows the
// item in full; the other sections that list the item (here a flagged
// fact the outlets frame differently, and Notes) refer to it there.
func TestMemoGivesEachNoteOnce(t *testing.T) {
	rep := framedFixture(t)
	s := review.New(rep, nil)
	const note = "Ask the Coastline desk where landmark came from."
	s.ToggleFlagged("g2")
	s.SetNote("g2", note)
	var unique string
	for _, it := range s.Items() {
		if it.Kind == review.KindSentence && unique == "" {
			unique = it.ID
		}
	}
	const alone = "Only one outlet has this."
	s.SetNote(unique, alone)
	md, page := writeBoth(t, Build(rep, s, "s.json"))
	for name, out := range map[string]string{"Markdown": md, "HTML": page} {
		if n := strings.Count(out, note); n != 1 {
			t.Errorf("%s: the note appears %d times, want once:\n%s", name, n, out)
		}
		if n := strings.Count(out, alone); n != 1 {
			t.Errorf("%s: the note on an item listed nowhere else appears %d times, want once (under Notes)", name, n)
		}
		if n := strings.Count(out, "Flagged, item 1"); n != 2 { // from Facts framed differently and from Notes
			t.Errorf("%s: %d references to Flagged, item 1, want 2:\n%s", name, n, out)
		}
	}
	// The reference comes after the item it refers to, in the divergent
	// section, and names the fact.
	_, div, _ := strings.Cut(md, "## Facts framed differently (1)")
	if !strings.Contains(div, "Given in full under Flagged, item 1, with its note: ") || strings.Contains(div, "  - framing:") {
		t.Errorf("the framing section repeats the flagged fact or does not refer to it:\n%s", div)
	}
	// In the page, the reference is a link to the entry's id.
	if !strings.Contains(page, `id="flagged-1"`) || strings.Count(page, `href="#flagged-1"`) != 2 {
		t.Errorf("the page does not link the references to the flagged entry:\n%s", page)
	}
}

// Sections with nothing in them are left out, and one line says which:
// no "Corrections (0)" over "None.".
func TestMemoLeavesOutEmptySections(t *testing.T) {
	rep := fixture(t)
	s := review.New(rep, nil)
	md, page := writeBoth(t, Build(rep, s, "s.json"))
	empty := regexp.MustCompile(`(## |<h2>)[^\n]*\(0\)|None\.`)
	for name, out := range map[string]string{"Markdown": md, "HTML": page} {
		if l := empty.FindString(out); l != "" {
			t.Errorf("%s: an empty section is printed (%q):\n%s", name, l, out)
		}
		for _, what := range []string{"flagged items", "notes", "corrections", "orphaned marks", "facts framed differently"} {
			if !strings.Contains(out, "No ") || !regexp.MustCompile(`No [^.]*\b`+what+`\b`).MatchString(out) {
				t.Errorf("%s: the memo does not say it has no %s", name, what)
			}
		}
	}
	// What it has is not in the line.
	if l := Build(rep, s, "s.json").EmptyLine(); strings.Contains(l, "conflict") || strings.Contains(l, "quotes") {
		t.Errorf("the line names a section the memo has: %q", l)
	}
	// Without a session, nothing is said of marks.
	if l := Build(rep, nil, "").EmptyLine(); strings.Contains(l, "flagged") || strings.Contains(l, "orphaned") {
		t.Errorf("without a session: %q", l)
	}
}
