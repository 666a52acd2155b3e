package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/storydiff/storydiff/compare"
)

// In the focused group each member's framing words are drawn in their
// kind's colour, reversed when they are the words by which the outlets
// frame the fact differently (a plain "said" another member lacks is not);
// elsewhere, and once the focus moves on, they are not reversed.
func TestPanesMarkFramingInFocusedGroup(t *testing.T) {
	rep := loadFixture(t)
	differ(t, rep, 1, "claimed")
	m := newTestModel(t, rep, 120, 40) // all three articles
	st := &m.styles
	claimed := st.Text[tsFrameAttributionDistinct].Render("claimed")
	said := st.Text[tsFrameAttributionDistinct].Render("said")
	if v := m.View().Content; strings.Contains(v, claimed) {
		t.Fatal("“claimed” is marked before any group is focused")
	}
	m = press(m, "n", "n") // the related group about jobs: said against claimed
	v := m.View().Content
	if !strings.Contains(v, claimed) || strings.Contains(v, said) {
		t.Errorf("focused jobs group: “claimed” reversed %v, “said” reversed %v; want only “claimed”, the word framing_differs names",
			strings.Contains(v, claimed), strings.Contains(v, said))
	}
	m = press(m, "n", "n", "n", "n", "n") // the quote group: every member says "said"
	v = m.View().Content
	if strings.Contains(v, claimed) {
		t.Error("“claimed” is still marked after the focus moved to another group")
	}
	if !strings.Contains(v, st.Text[tsFrameAttribution].Render("said")) || strings.Contains(v, said) {
		t.Error("in the quote group “said”, used by every member, is not drawn as shared framing (coloured, not reversed)")
	}
	// A group that does not diverge reverses nothing, though one member's
	// verb is one the others lack.
	m = press(newTestModel(t, loadFixture(t), 120, 40), "n", "n")
	if v := m.View().Content; strings.Contains(v, claimed) {
		t.Error("“claimed” is reversed in a group not framed differently")
	}
}

// The inspector lists each article's framing in words, so colour is never
// the only signal: the tone of each attribution verb, and ≠ with the
// outlets that lack it on each word by which they frame the fact
// differently, the words of the header's "framed differently" line.
func TestInspectorListsFramingTones(t *testing.T) {
	rep := loadFixture(t)
	differ(t, rep, 1, "claimed")
	m := newTestModel(t, rep, 100, 40)
	m = press(m, "n", "n", "enter") // the related group about jobs
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{
		"framing: attribution: said (neutral)",
		"framing: attribution: claimed (doubt) ≠ only here",
		"framing: attribution: according to (neutral)",
		"≈ Coastline Daily Evening Edition Online · paragraph 3", // prominence
	} {
		if !strings.Contains(v, want) {
			t.Errorf("inspector of the jobs group lacks %q:\n%s", want, v)
		}
	}
	for _, plain := range []string{"said (neutral) ≠", "according to (neutral) ≠"} {
		if strings.Contains(v, plain) {
			t.Errorf("inspector of the jobs group claims a difference for a plain verb, %q:\n%s", plain, v)
		}
	}
	for range len(m.ix.items) { // on to the quote group, not framed differently, the one with Coastline's “great”
		if m = press(m, "n"); strings.Contains(ansi.Strip(m.View().Content), "great (") {
			break
		}
	}
	v = ansi.Strip(m.View().Content)
	if !strings.Contains(v, "framing: attribution: said (neutral)") {
		t.Errorf("quote group: no shared “said”:\n%s", v)
	}
	if !strings.Contains(v, "loaded: great (positive)") || strings.Contains(v, "great (positive) ≠") {
		t.Errorf("quote group: Coastline's own “great” is not listed, or is marked ≠ in a group not framed differently:\n%s", v)
	}
	if strings.Contains(v, "said (neutral) ≠") {
		t.Errorf("quote group: “said”, which every member uses, is flagged as a difference:\n%s", v)
	}
}

// A negated loaded word keeps its own tone (compare's rule), so the
// inspector must say it is negated: "apologize (negative)" alone would
// tell the editor the outlet wrote that someone apologised.
func TestInspectorSaysALoadedWordIsNegated(t *testing.T) {
	st := DefaultStyles(true)
	w := &textWriter{width: 100, st: &st}
	g := compare.Group{Framing: []compare.Marker{
		{Article: 0, Kind: "loaded", Text: "apologized", Lemma: "apologize", Tone: "negative", Negated: true},
		{Article: 0, Kind: "loaded", Text: "apologized", Lemma: "apologize", Tone: "negative"},
	}}
	writeFraming(w, &compare.Report{}, g, 0)
	v := ansi.Strip(strings.Join(w.lines, "\n"))
	for _, want := range []string{"apologized (negative, negated)", "apologized (negative)"} {
		if !strings.Contains(v, want) {
			t.Errorf("inspector lacks %q:\n%s", want, v)
		}
	}
}
