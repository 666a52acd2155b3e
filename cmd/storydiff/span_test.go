package main

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// A group member whose sentences run over paragraphs is placed by its
// span in the text report ("(¶3–4)", "(lede–¶3)"), not by its first
// paragraph: the text printed after the place holds every sentence, and
// "(¶3)" sent the reader to a paragraph that holds half of it.
func TestTextReportPlacesAMemberByItsSpan(t *testing.T) {
	sen := func(text string, p int, role compare.Role) compare.Sentence {
		return compare.Sentence{Text: text, Paragraph: p, Role: role}
	}
	id := "g1"
	r := &compare.Report{Articles: []compare.Article{
		{Label: "Harbor Herald", Sentences: []compare.Sentence{
			sen("Pier plan passes", 0, compare.RoleHeadline),
			sen("The council passed the pier plan on Monday.", 1, compare.RoleLede),
			sen("Mayor Ilse Ostrand called it a fine day for the harbour.", 2, compare.RoleBody),
			sen("She said work starts in May.", 3, compare.RoleBody),
		}},
		{Label: "Meridian Wire", Sentences: []compare.Sentence{
			sen("Council backs pier", 0, compare.RoleHeadline),
			sen("The council backed the pier plan Monday, and the mayor said work starts in May, calling it a fine day for the harbour.", 1, compare.RoleLede),
		}},
	}}
	for _, c := range []struct {
		herald []int
		want   string
	}{
		{[]int{2, 3}, "[1] (¶3–4) Mayor Ilse Ostrand"},
		{[]int{1, 2}, "[1] (lede–¶3) The council passed"},
		{[]int{2}, "[1] (¶3) Mayor Ilse Ostrand"},
	} {
		r.Groups = []compare.Group{{ID: id, Kind: compare.KindShared, Similarity: 0.7, Members: []compare.Member{
			{Article: 0, Sentences: c.herald}, {Article: 1, Sentences: []int{1}}}}}
		for i := range r.Articles[0].Sentences {
			r.Articles[0].Sentences[i].Group = nil
		}
		for _, s := range c.herald {
			r.Articles[0].Sentences[s].Group = &id
		}
		var b strings.Builder
		writeText(&b, r)
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("the Herald's member %v is not placed %q:\n%s", c.herald, c.want, b.String())
		}
	}
}
