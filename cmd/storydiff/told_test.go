package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// The text report's "only in one article" says where a sentence is
// perhaps told in other words, the alignment not having joined the two,
// so that the editor checks it (invented articles, nearest given: the
// curfew at 0.52, told differently; the ferry at 0.30, not).
func TestTextSaysPerhapsToldDifferently(t *testing.T) {
	sen := func(text string, para int, near ...compare.Nearest) compare.Sentence {
		return compare.Sentence{Text: text, Paragraph: para, Role: compare.RoleBody, Nearest: near}
	}
	r := &compare.Report{Articles: []compare.Article{
		{Label: "Quarry Post", Sentences: []compare.Sentence{
			sen("The council will not extend the night curfew to the harbour district.", 0, compare.Nearest{Article: 1, Sentence: 1, Similarity: 0.52}),
			sen("The Tuesday ferry to Elm Island now leaves at dawn.", 1, compare.Nearest{Article: 1, Sentence: 0, Similarity: 0.30}),
		}},
		{Label: "Lantern Times", Sentences: []compare.Sentence{
			sen("A new bakery opened on Cable Street.", 0, compare.Nearest{Article: 0, Sentence: 1, Similarity: 0.30}),
			sen("Harbour district residents are exempt from the curfew, councillors said.", 1, compare.Nearest{Article: 0, Sentence: 0, Similarity: 0.52}),
		}},
	}}
	var b bytes.Buffer
	writeText(&b, r)
	_, only, ok := strings.Cut(b.String(), "ONLY IN ONE ARTICLE")
	if !ok {
		t.Fatalf("no \"only in one article\" section:\n%s", b.String())
	}
	curfew := "harbour district.\n        told differently? Lantern Times paragraph 2, similarity 0.52\n"
	if !strings.Contains(only, curfew) {
		t.Errorf("the curfew is not said perhaps told in Lantern Times ¶2:\n%s", only)
	}
	if strings.Contains(only, "dawn.\n        told differently?") {
		t.Errorf("the ferry, nearest at 0.30, is said perhaps told elsewhere:\n%s", only)
	}
}
