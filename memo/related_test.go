package memo

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// A group's related sentence (its article says the fact again) is one of
// the group's versions in the memo, said to be such.
func TestRelatedSentenceIsAVersion(t *testing.T) {
	rep := fixture(t)
	g := &rep.Groups[1]
	g.Related = []compare.Member{{Article: 1, Sentences: []int{4}}}
	id := g.ID
	rep.Articles[1].Sentences[4].Group = &id
	e, ok := Build(rep, nil, "").entry(id)
	if !ok {
		t.Fatalf("no entry for group %s", id)
	}
	last := e.Versions[len(e.Versions)-1]
	if len(e.Versions) != len(g.Members)+1 || last.Note != "again, related" || last.Text != rep.Articles[1].Sentences[4].Text || last.Label != rep.Articles[1].Label {
		t.Errorf("versions %+v: want the members, then the related sentence", e.Versions)
	}
}

// In the HTML memo a related sentence carries its group's marks and says
// it is the outlet's second telling of the fact.
func TestRelatedSentenceCarriesGroupMarks(t *testing.T) {
	rep := fixture(t)
	g := &rep.Groups[1]
	g.Related = []compare.Member{{Article: 1, Sentences: []int{4}}}
	id := g.ID
	rep.Articles[1].Sentences[4].Group = &id
	s := review.New(rep, nil)
	s.ToggleFlagged(id)
	cols := Build(rep, s, "").columns(true)
	var hs *htmlSentence
	for _, p := range cols[1].Paras {
		for i := range p {
			if p[i].ID == "a2s5" {
				hs = &p[i]
			}
		}
	}
	if hs == nil {
		t.Fatal("no sentence a2s5 in the memo")
	}
	if !strings.Contains(hs.Review, "⚑") || !strings.Contains(hs.Class, "flagged") {
		t.Errorf("the related sentence has marks %q, class %q: want the group's flag", hs.Review, hs.Class)
	}
	if !strings.Contains(hs.Title, "again, related") {
		t.Errorf("the related sentence's title: %q", hs.Title)
	}
}
