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

// A sentence the grouping left out of the quote's fact, only near it,
// is no paraphrase for sharing two of the story's words: Norvanta's
// "bringing island shoppers goods made on the mainland" is not told by a
// sentence of mainland sales figures that has "shoppers" and "made" too
// (and groups with the quoting article's own figures). The plan said in
// other words is.
func TestParaphraseOfANearSentenceNeedsMoreSimilarity(t *testing.T) {
	quoted := "Norvanta opens ferry shop\n\nThe ferry operator Norvanta opened a shop on its Dunmore route on Monday.\n\n" +
		"\"Bringing island shoppers goods made on the mainland has long been a key plan for us,\" Norvanta said in a statement Monday.\n\n" +
		"Last year, 700 mainland brands made sales worth $15 million to shoppers on the company's boats.\n\n" +
		"The shop sells food, clothes and hardware."
	figures := "Last year, 700 mainland brands made sales worth $15 million to shoppers on Norvanta's boats, up from $9 million."
	said := "Norvanta said that bringing island shoppers goods made on the mainland had long been a key plan."
	for _, c := range []struct{ name, other, want string }{
		{"other figures", "Ferry gets a shop\n\nThe ferry operator Norvanta opened a shop on its Dunmore route on Monday.\n\n" + figures + "\n\nThe shop sells food and clothes.", ""},
		{"the plan in other words", "Ferry gets a shop\n\nThe ferry operator Norvanta opened a shop on its Dunmore route on Monday.\n\n" + said + "\n\nThe shop sells food and clothes.", said},
	} {
		t.Run(c.name, func(t *testing.T) { checkParaphrase(t, quoted, c.other, c.want) })
	}
}
