package align

import (
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// TestVerbatimPlacesEachSentence: one outlet prints the chairwoman's
// remarks as one sentence; the others cut them up. Given the links the
// caller found from the quotations, a sentence in no group joins the group
// of the sentence it shares words with: beside its outlet's member as part
// of it, away from it as a related sentence, as the member of an outlet
// that has none; two such sentences make a group; and a sentence of
// another group that holds a group's words carries it (Within). The groups
// the passes before make from the words are set by hand, so that the test
// does not hang on the model's scores.
func TestVerbatimPlacesEachSentence(t *testing.T) {
	type s struct {
		text string
		para int
	}
	build := func(ss ...s) Article {
		var a Article
		for i, x := range ss {
			a.Sentences = append(a.Sentences, Sentence{Text: x.text, Paragraph: x.para, Alignable: true, Headline: i == 0, Lead: x.para <= 1})
		}
		return a
	}
	const dredge = "Dredging of the inner basin starts in May, the board said."
	arts := []Article{
		build(s{"Harbour board approves Calloway pier loan", 0},
			s{"The Calloway harbour board approved a loan of four million euros for the north pier on Tuesday.", 1},
			s{`"We will rebuild the pier before the winter gales; the fleet cannot lose another season, and no skipper will pay a new levy," said the chairwoman, Odile Brandt.`, 2},
			s{dredge, 3}),
		build(s{"Calloway board backs north pier loan", 0},
			s{"Calloway's harbour board approved a four million euro loan for the north pier on Tuesday.", 1},
			s{`"We will rebuild the pier before the winter gales," Brandt said.`, 2},
			s{`"The fleet cannot lose another season."`, 2},
			s{dredge, 3},
			s{`"No skipper will pay a new levy," she added.`, 4}),
		build(s{"Pier loan approved in Calloway", 0},
			s{"Calloway's harbour board has approved the loan for its north pier.", 1},
			s{`"No skipper will pay a new levy."`, 2},
			s{dredge, 3},
			s{`"The harbour is our lifeline," she said.`, 4}),
		build(s{"Calloway to dredge basin", 0},
			s{"Calloway will dredge its inner basin this spring.", 1},
			s{`Dredging starts in May, said Brandt: "We will rebuild the pier before the winter gales."`, 2},
			s{`"The harbour is our lifeline," Brandt told the Post.`, 3}),
	}
	al := New(arts, Options{})
	al.Verbatim([]Link{
		{A: 0, S: 2, B: 1, T: 3}, // A1's second piece of the quotation, beside its member
		{A: 0, S: 2, B: 1, T: 5}, // A1's third, two paragraphs on
		{A: 0, S: 2, B: 2, T: 2}, // A2 has no member of the quotation's group
		{A: 3, S: 2, B: 1, T: 2}, // A3's dredging sentence holds the quotation's opening
		{A: 2, S: 4, B: 3, T: 3}, // two sentences in no group
		{A: 3, S: 3, B: 2, T: 4},
	})
	e := al.e
	e.scoreCandidates()
	e.of = make([]int, len(e.art))
	for g := range e.of {
		e.of[g] = -1
	}
	e.merge(e.gids[0][2], e.gids[1][2]) // the quotation's opening
	for _, d := range [][2]int{{1, 4}, {2, 3}, {3, 2}} {
		e.merge(e.gids[0][3], e.gids[d[0]][d[1]]) // the dredging
	}
	e.attachVerbatim()
	gs := e.groups()
	of := func(a, s int) int {
		return slices.IndexFunc(gs, func(g Group) bool {
			return slices.ContainsFunc(g.Members, func(m Member) bool { return m.Article == a && slices.Contains(m.Sentences, s) })
		})
	}
	memberOf := func(g Group, a int) []int {
		if i := slices.IndexFunc(g.Members, func(m Member) bool { return m.Article == a }); i >= 0 {
			return g.Members[i].Sentences
		}
		return nil
	}
	q := of(0, 2)
	if q < 0 {
		t.Fatalf("the quotation is in no group: %+v", gs)
	}
	g := gs[q]
	if got := memberOf(g, 1); !slices.Equal(got, []int{2, 3}) {
		t.Errorf("A1's member is %v, want its sentences 2 and 3: the quotation cut in two", got)
	}
	if len(g.Related) != 1 || g.Related[0].Article != 1 || !slices.Equal(g.Related[0].Sentences, []int{5}) {
		t.Errorf("related %+v, want A1's sentence 5, the quotation's end two paragraphs on", g.Related)
	}
	if got := memberOf(g, 2); !slices.Equal(got, []int{2}) {
		t.Errorf("A2's member is %v, want its sentence 2", got)
	}
	if len(g.Within) != 1 || g.Within[0].Article != 3 || !slices.Equal(g.Within[0].Sentences, []int{2}) {
		t.Errorf("within %+v, want A3's dredging sentence, which holds the quotation's opening", g.Within)
	}
	if d := of(3, 2); d < 0 || d == q {
		t.Errorf("A3's dredging sentence left the dredging group")
	}
	if l := of(2, 4); l < 0 || l != of(3, 3) || l == q {
		t.Errorf("the two lifeline sentences make no group of their own: %+v", gs)
	}
}

// TestVerbatimKeepsHeadlinesApart: a headline that prints a member's
// quotation is its article's member when the article has none, but never
// part of a member nor a related sentence.
func TestVerbatimKeepsHeadlinesApart(t *testing.T) {
	arts := pipeArticles([]string{
		`Brandt: 'No new levy'|Odile Brandt said "no skipper will pay a new levy" for the Calloway pier.`,
		`Calloway pier loan approved|The board approved the loan.|"No skipper will pay a new levy," Brandt said.`,
	})
	e := newEngine(arts, &textsim.Default)
	e.scoreCandidates()
	e.of = make([]int, len(e.art))
	for g := range e.of {
		e.of[g] = -1
	}
	e.merge(e.gids[0][1], e.gids[1][2])
	e.verbatim = [][2]int{{e.gids[1][2], e.gids[0][0]}}
	e.attachVerbatim()
	if e.of[e.gids[0][0]] >= 0 {
		t.Errorf("the headline joined the group of its article's lede")
	}
}
