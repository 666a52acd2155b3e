package memo

import (
	"testing"

	"github.com/storydiff/storydiff/compare"
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
