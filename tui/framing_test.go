package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/storydiff/storydiff/compare"
)

// In the focused group each member's framing words are drawn in their
// kind's colour, reversed when another member lacks them; elsewhere, and
// once the focus moves on, the words are plain.
func TestPanesMarkFramingInFocusedGroup(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 120, 40) // all three articles
	st := &m.styles
	claimed := st.Text[tsFrameAttributionDistinct].Render("claimed")
	said := st.Text[tsFrameAttributionDistinct].Render("said")
	if v := m.View().Content; strings.Contains(v, claimed) {
		t.Fatal("“claimed” is marked before any group is focused")
	}
	m = press(m, "n", "n") // the related group about jobs: said against claimed
	v := m.View().Content
	if !strings.Contains(v, claimed) || !strings.Contains(v, said) {
		t.Errorf("focused jobs group: “claimed” marked %v, “said” marked %v, want both reversed in the attribution colour",
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
}

// The inspector lists each article's framing in words, so colour is never
// the only signal: the tone of each attribution verb and which framing
// only one outlet uses.
func TestInspectorListsFramingTones(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 100, 40)
	m = press(m, "n", "n", "n", "n", "enter")
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{
		"framing: attribution: said (neutral) ≠ only here",
		"framing: attribution: claimed (doubt) ≠ only here",
		"framing: attribution: according to (neutral) ≠ only here",
		"≈ Coastline Daily Evening Edition Online · paragraph 3", // prominence
	} {
		if !strings.Contains(v, want) {
			t.Errorf("inspector of the jobs group lacks %q:\n%s", want, v)
		}
	}
	m = press(m, "n", "n") // the quote group
	v = ansi.Strip(m.View().Content)
	if !strings.Contains(v, "framing: attribution: said (neutral)") {
		t.Errorf("quote group: no shared “said”:\n%s", v)
	}
	if !strings.Contains(v, "loaded: great (positive) ≠ only here") {
		t.Errorf("quote group: Coastline's own “great” is not flagged:\n%s", v)
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
