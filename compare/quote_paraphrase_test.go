package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// A sentence that names the speaker and tells the same part of the story
// is a paraphrase of the quote only when it carries the quote's own words:
// "faced calls to resign" is no paraphrase of "a steady hand on the helm".
func TestParaphraseSharesTheQuotesWords(t *testing.T) {
	const quoted = "Dunmore mill deal approved\n\nThe Dunmore council approved the sale of the old mill to Kestrel Foods on Monday.\n\n" +
		"\"This mill will be a steady hand on the helm for the whole valley,\" Mayor Ann Lee said after the vote on the Dunmore mill sale.\n\n" +
		"Kestrel Foods will pay $4 million for the site."
	const calls = "Mayor Ann Lee faced calls after the vote on the Dunmore sale to resign from the council."
	const words = "Mayor Ann Lee said the mill would bring steady work to the whole valley."
	for _, c := range []struct {
		name, other string
		want        string // the sentence given as paraphrase, or ""
	}{
		{"only an unrelated sentence", "Council sells Dunmore mill\n\nDunmore council voted on Monday to sell the old mill to Kestrel Foods.\n\n" + calls + "\n\nKestrel Foods is paying $4 million.", ""},
		{"a paraphrase as well", "Council sells Dunmore mill\n\nDunmore council voted on Monday to sell the old mill to Kestrel Foods.\n\n" + calls + "\n\n" + words + "\n\nKestrel Foods is paying $4 million.", words},
	} {
		t.Run(c.name, func(t *testing.T) { checkParaphrase(t, quoted, c.other, c.want) })
	}
}

// The words a quote shares with a sentence about its speaker count toward
// a paraphrase only when they are the quote's own, not the names it
// mentions: "the Dunmore Valley Party" in both is the story's, not Lee's
// words.
func TestParaphraseNeedsMoreThanTheQuotesNames(t *testing.T) {
	const quoted = "Lee takes on Dunmore Valley Party\n\nAnn Lee spoke to the Dunmore Valley Party conference in Kestrel on Saturday.\n\n" +
		"\"I have not heard people in the Dunmore Valley Party admit yet that they have a problem,\" Lee said at the Dunmore Valley Party conference.\n\n" +
		"The conference closes on Sunday."
	const names = "At the Dunmore Valley Party conference, Lee rejected the notion that the Dunmore Valley Party should widen its tent."
	const words = "At the Dunmore Valley Party conference, Lee said people in the party would not admit they have a problem."
	for _, c := range []struct {
		name, other string
		want        string
	}{
		{"a sentence sharing only names", "Lee speaks in Kestrel\n\nAnn Lee spoke in Kestrel on Saturday.\n\n" + names + "\n\nThe conference closes on Sunday.", ""},
		{"a sentence sharing the quote's words", "Lee speaks in Kestrel\n\nAnn Lee spoke in Kestrel on Saturday.\n\n" + words + "\n\nThe conference closes on Sunday.", words},
	} {
		t.Run(c.name, func(t *testing.T) { checkParaphrase(t, quoted, c.other, c.want) })
	}
}

// checkParaphrase compares an article quoting someone with another and
// checks the one sentence of the other given as the quote's paraphrase
// (want), or that none is ("").
func checkParaphrase(t *testing.T, quoted, other, want string) {
	t.Helper()
	a, b := parse(t, "a.txt", quoted), parse(t, "b.txt", other)
	r := Compare([]*ingest.Document{a, b}, Options{})
	var got []string
	for _, q := range r.Quotes {
		for _, p := range q.ParaphrasedIn {
			got = append(got, r.Articles[p.Article].Sentences[p.Sentence].Text)
		}
	}
	switch {
	case want == "" && len(got) > 0:
		t.Errorf("given as paraphrase in %q, want none", got)
	case want != "" && (len(got) != 1 || got[0] != want):
		t.Errorf("given as paraphrase in %q, want %q", got, want)
	}
}
