package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// A related sentence (a second sentence of an article that reports a
// group's fact again) is drawn ≈, is no unique item, and the group's
// inspector lists it.
func TestRelatedSentenceShowsWithItsGroup(t *testing.T) {
	rep := loadFixture(t)
	deal := &rep.Groups[1] // the $1.2 billion deal
	id := deal.ID
	deal.Related = []compare.Member{{Article: 1, Sentences: []int{4}}}
	rep.Articles[1].Sentences[4].Group = &id
	m := newTestModel(t, rep, 100, 40)
	for _, it := range m.ix.items {
		if it.kind == kindUnique && it.article == 1 && it.sentence == 4 {
			t.Errorf("the related sentence is a unique item")
		}
	}
	st := DefaultStyles(true)
	if lk := m.ix.look(1, 4, &st, "", nil); ansi.Strip(lk.kind) != markRelated {
		t.Errorf("related sentence drawn %q, want %q", ansi.Strip(lk.kind), markRelated)
	}
	m = press(m, "n", "n", "n", "enter")
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Meridian Wire · again, related · paragraph 3") || !strings.Contains(v, "The contract runs for ten years") {
		t.Errorf("the deal's inspector does not list the related sentence:\n%s", v)
	}
}
