package align

import "testing"

// TestOpeningThatGoesOnLinksByTheOrdinaryRules: the paragraph after the
// first outlet's lede answers the lede ("But the library's director, Nora
// Vask, said she would ask the county…"); the paragraph after the second's
// tells who she is. The two share her name and office, enough for the
// rule that links the openings of one event on weak evidence, and nothing
// of what happened: the answer goes on from its lede and must not join
// the other outlet's opening on that rule.
func TestOpeningThatGoesOnLinksByTheOrdinaryRules(t *testing.T) {
	arts := roleArticles([]string{
		"H:Harwick council votes to shut Linden Street library|L:The Harwick city council voted 6-3 on Tuesday to close the Linden Street library at the end of March.|But the library's director, Nora Vask, said she would ask the county to take over the building and keep its reading rooms open for schoolchildren.|The library has lost a third of its visitors since 2019, a council report found.|Councillor Ed Brant said the savings would pay for two new bus routes.",
		"H:Linden Street library to close in March|L:Harwick will close its Linden Street library in March after a council vote on Tuesday.|Nora Vask, a former teacher who has been director since 2011, spent the summer raising money for a new roof.|A council report found that the library has lost a third of its visitors since 2019.|Councillor Ed Brant said the money saved would pay for two new bus routes.",
	})
	answer, who := Member{Article: 0, Sentences: []int{2}}, Member{Article: 1, Sentences: []int{2}}
	if gs := groupsWith(arts, func(*engine) {}); grouped(gs, answer, who) {
		t.Errorf("the director's answer is grouped with the other outlet's sentence on who she is:%s", describe(arts, gs))
	}
	if off := groupsWith(arts, func(e *engine) { e.keepGoesOn = true }); !grouped(off, answer, who) {
		t.Errorf("without the rule the two openings do not group either: the case tests nothing%s", describe(arts, off))
	}
}

// TestFirstWord: the first run of letters, lower-cased, past opening
// quote marks and with an apostrophe ending the word.
func TestFirstWord(t *testing.T) {
	for text, want := range map[string]string{
		"Instead, he said it was a system.": "instead",
		"“It's possible,” she said.":        "it",
		"  But the mayor said no.":          "but",
		"2019 was a hard year.":             "was",
		"…":                                 "",
	} {
		if got := firstWord(text); got != want {
			t.Errorf("firstWord(%q) = %q, want %q", text, got, want)
		}
	}
}
