package tui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
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

// The inspector names a fact's nearest sentence in every article not in
// it, not only in the three whose sentences score highest (the JSON's
// Nearest keeps those): six invented articles, five of which mention the
// Dunmore mill in other ways than the first's lone sentence.
func TestInspectorNearestInEveryArticle(t *testing.T) {
	texts := []string{
		"Dunmore mill workers voted on Friday to strike over night shifts.\n\nThe harbour ferry will run late on Saturday.",
		"The Dunmore mill owners plan a new loading dock by spring.\n\nA choir from Elm Island sang at the fair.",
		"Traffic near the Dunmore mill was diverted for road repairs.\n\nThe library opens a reading room for children.",
		"A fox was seen in the Dunmore mill yard on Tuesday morning.\n\nRain is expected across the valley this week.",
		"The Dunmore mill museum will host a quilt show in May.\n\nThe bakery on Cable Street closed for a week.",
		"Painters restored the sign above the Dunmore mill gate.\n\nThe council approved a new bus stop on Quay Road.",
	}
	var docs []*ingest.Document
	for i, text := range texts {
		d, err := ingest.Parse("a"+strconv.Itoa(i)+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = "outlet" + strconv.Itoa(i)
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	if g := rep.Articles[0].Sentences[0].Group; g != nil {
		t.Fatalf("fixture: the strike is in group %s", *g)
	}
	want := 0
	for b := 1; b < len(rep.Articles); b++ {
		if _, ok := rep.NearestIn(0, 0, b); ok {
			want++
		}
	}
	if want <= 3 {
		t.Fatalf("fixture: the strike has a nearest sentence in %d articles, not more than Nearest keeps", want)
	}
	m := newTestModel(t, rep, 120, 200)
	m.curRow = m.ix.rowOf(0, 0)
	in := screen(m.openInspector())
	if got := strings.Count(in, "nearest (") + strings.Count(in, "· may carry this in"); got != want {
		t.Errorf("the inspector names the nearest sentence in %d articles, want %d:\n%s", got, want, in)
	}
}
