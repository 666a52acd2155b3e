package compare

import (
	"strings"
	"testing"
)

// toldReport is two invented articles, none of whose sentences the
// alignment grouped, with the nearest counterparts given: Quarry Post's
// ¶1 on the curfew is close to Lantern Times' ¶2 (0.52, a rewording),
// its ¶2 on the ferry far from anything (0.30).
func toldReport() *Report {
	sen := bodySentence
	return summarized(&Report{Articles: []Article{
		{Label: "Quarry Post", Sentences: []Sentence{
			sen("The council will not extend the night curfew to the harbour district.", 0, Nearest{1, 1, 0.52}),
			sen("The Tuesday ferry to Elm Island now leaves at dawn.", 1, Nearest{1, 0, 0.30}),
		}},
		{Label: "Lantern Times", Sentences: []Sentence{
			sen("A new bakery opened on Cable Street.", 0, Nearest{0, 1, 0.30}),
			sen("Harbour district residents are exempt from the curfew, councillors said.", 1, Nearest{0, 0, 0.52}),
		}},
	}})
}

// A sentence in no group whose nearest counterpart reaches toldMin is
// perhaps told there in other words, and the readers say so; one below
// it is only in its article.
func TestPerhapsToldNamesACloseRewording(t *testing.T) {
	r := toldReport()
	n, ok := r.PerhapsTold(0, 0)
	if !ok || n != (Nearest{1, 1, 0.52}) {
		t.Fatalf("PerhapsTold(curfew) = %+v %v, want Lantern Times' sentence 1 at 0.52", n, ok)
	}
	if got, want := r.PerhapsToldNote(0, 0), "told differently? Lantern Times paragraph 2, similarity 0.52"; got != want {
		t.Errorf("note %q, want %q", got, want)
	}
	if _, ok := r.PerhapsTold(0, 1); ok || r.PerhapsToldNote(0, 1) != "" {
		t.Errorf("the ferry, nearest at 0.30, is said perhaps told elsewhere")
	}
	id := "g1"
	r.Articles[0].Sentences[0].Group = &id
	if _, ok := r.PerhapsTold(0, 0); ok {
		t.Errorf("a sentence in a group is said perhaps told elsewhere")
	}
}

// With two articles, a fact only the other has is one an article leaves
// out, unless it has a sentence close to it: then it may carry it there,
// even when that sentence is grouped with another fact, as the "only in"
// claim reads it.
func TestLeavesOutHedgesAFactPerhapsTold(t *testing.T) {
	r := toldReport()
	left, maybe, facts := r.Omissions(1)
	// Quarry Post's two facts only it has: the curfew (close to Lantern
	// Times ¶2), the ferry (not).
	if left != 1 || maybe != 1 || facts != 4 {
		t.Errorf("Lantern Times: left %d, maybe %d of %d facts; want 1 and 1 of 4", left, maybe, facts)
	}
	near := r.MayCarryAny(1, []SentenceRef{{Article: 0, Sentence: 0}})
	if len(near) != 1 || near[0].Sentence != 1 {
		t.Errorf("MayCarryAny(curfew) = %+v, want Lantern Times' sentence 1", near)
	}
	id := "g9" // Lantern Times' sentence, grouped with some other fact
	r.Articles[1].Sentences[1].Group = &id
	if near := r.MayCarryAny(1, []SentenceRef{{Article: 0, Sentence: 0}}); len(near) != 1 || near[0].Sentence != 1 {
		t.Errorf("MayCarryAny(curfew), its counterpart grouped = %+v, want it still", near)
	}
}

// trimNearest keeps the closest few counterparts in the report, and the
// rest for NearestIn: the inspector names a sentence's nearest in every
// article a reader asks about. Six invented articles: sentence 0 of the
// first has a counterpart in each other, the farthest at 0.11.
func TestNearestInFindsEveryArticle(t *testing.T) {
	r := &Report{}
	for i := range 6 {
		r.Articles = append(r.Articles, Article{Label: "Outlet " + string(rune('A'+i)), Sentences: []Sentence{{Text: "The mill reopened.", Role: RoleBody}}})
	}
	for b := 1; b < 6; b++ {
		r.Articles[0].Sentences[0].Nearest = append(r.Articles[0].Sentences[0].Nearest, Nearest{Article: b, Sentence: 0, Similarity: 0.1*float64(b) + 0.01})
	}
	trimNearest(r)
	if got := len(r.Articles[0].Sentences[0].Nearest); got != nearestMax {
		t.Fatalf("kept %d nearest, want %d", got, nearestMax)
	}
	for b := 1; b < 6; b++ {
		n, ok := r.NearestIn(0, 0, b)
		if want := 0.1*float64(b) + 0.01; !ok || n.Article != b || n.Similarity != want {
			t.Errorf("NearestIn(0, 0, %d) = %+v %v, want outlet %d's at %.2f", b, n, ok, b, want)
		}
	}
	if _, ok := r.NearestIn(0, 0, 0); ok {
		t.Errorf("NearestIn finds a sentence of the article itself")
	}
	var sb strings.Builder
	if err := r.WriteJSON(&sb, false); err != nil {
		t.Fatal(err)
	}
	if strings.Count(sb.String(), "0.11") > 0 {
		t.Errorf("the JSON holds a nearest the report does not keep")
	}
}
