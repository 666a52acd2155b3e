package tui

import (
	"strings"
	"testing"
)

// The inspector on a sentence only one article has does not say flatly
// "only X says this" when another article has a sentence close to it
// (a rewording the alignment did not join): it asks, and names it.
func TestUniqueSentencePerhapsToldElsewhere(t *testing.T) {
	rep := loadFixture(t)
	m := newTestModel(t, rep, 120, 100)
	r, a, s := -1, -1, -1
	for i, rw := range m.ix.rows {
		if rw.group >= 0 || rw.related >= 0 || rw.other {
			continue
		}
		for ai, c := range rw.cells {
			if len(c) == 1 && rep.Articles[ai].Sentences[c[0]].Group == nil {
				r, a, s = i, ai, c[0]
			}
		}
		if r >= 0 {
			break
		}
	}
	if r < 0 {
		t.Fatal("fixture: no sentence only one article has")
	}
	inspect := func() string {
		m := newTestModel(t, rep, 120, 100)
		m.curRow = r
		return screen(m.openInspector())
	}
	label := rep.Articles[a].Label
	if in := inspect(); !strings.Contains(in, "only "+label+" says this ·") || strings.Contains(in, "told differently?") {
		t.Fatalf("fixture: the sentence's nearest is already close:\n%s", in)
	}
	b := (a + 1) % len(rep.Articles)
	for i := range rep.Articles[a].Sentences[s].Nearest {
		rep.Articles[a].Sentences[s].Nearest[i].Similarity = 0.2
	}
	setNearest(rep, a, s, b, 0, 0.61)
	in := inspect()
	if !strings.Contains(in, "only "+label+" says this? ·") {
		t.Errorf("the inspector still says only %s has the sentence:\n%s", label, in)
	}
	if !strings.Contains(in, "told differently? "+rep.Articles[b].Label+" ") || !strings.Contains(in, "similarity 0.61") {
		t.Errorf("the inspector does not name %s's close sentence:\n%s", rep.Articles[b].Label, in)
	}
}
