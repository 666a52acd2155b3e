package compare

import (
	"strings"
	"testing"
)

// quoteReport is three articles: the first two share a group whose first
// member quotes a harbourmaster in full; the third, not in the group,
// quotes part of it (partial) in a sentence on other matters.
func quoteReport(partial string) *Report {
	mk := func(label string, sents ...string) Article {
		a := Article{Label: label, Text: strings.Join(sents, " ")}
		at := 0
		for i, s := range sents {
			a.Sentences = append(a.Sentences, Sentence{Start: at, End: at + len(s), Text: s, Role: RoleBody, Paragraph: i})
			at += len(s) + 1
		}
		return a
	}
	fact := `"The breakwater will not survive another winter of storms," said the harbourmaster, Ida Renwick.`
	r := &Report{Articles: []Article{
		mk("a", fact),
		mk("b", `Harbourmaster Ida Renwick said the breakwater would not last another stormy winter.`),
		mk("c", "The council met on Thursday.", `It heard the harbourmaster warn that the breakwater "will not survive another winter," and set the budget.`),
	}}
	r.Groups = []Group{{ID: "g1", Kind: KindShared, Members: []Member{{Article: 0, Sentences: []int{0}}, {Article: 1, Sentences: []int{0}}}}}
	qa := strings.Index(r.Articles[0].Text, "The breakwater")
	qc := strings.Index(r.Articles[2].Text, partial)
	r.Quotes = []Quote{
		{ID: "q1", Article: 0, Sentence: 0, Start: qa, End: qa + len("The breakwater will not survive another winter of storms,"), Text: "The breakwater will not survive another winter of storms,",
			Matches: []QuoteMatch{{Quote: "q2", Relation: "truncated"}}},
		{ID: "q2", Article: 2, Sentence: 1, Start: qc, End: qc + len(partial), Text: partial, Partial: true,
			Matches: []QuoteMatch{{Quote: "q1", Relation: "truncated"}}},
	}
	for ai := range r.Articles {
		r.Articles[ai].Summary.Coverage = []bool{ai < 2}
	}
	r.Articles[2].Summary.Omitted = []string{"g1"}
	return r
}

// An article that quotes the words a fact's sentence quotes may carry the
// fact there, however unlike the two sentences are; a quotation of one
// word names no fact.
func TestMayCarryQuotedWords(t *testing.T) {
	r := quoteReport("will not survive another winter")
	if got := mayCarryFacts(r, 2); len(got) != 1 || got[0].Near[0].Sentence != 1 {
		t.Errorf("the quotation's words quoted again: may carry %+v; want sentence 1", got)
	}
	r = quoteReport("winter")
	if got := mayCarryFacts(r, 2); len(got) != 0 {
		t.Errorf("one word quoted again: may carry %+v; want none", got)
	}
}
