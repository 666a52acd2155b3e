package quote

import "testing"

// A term after "so-called" and a title after "a movie called" are no
// one's words in the sentence: the ledger leaves them out. What someone
// "called" something stays theirs.
func TestSoCalledTermsAndCalledTitles(t *testing.T) {
	for _, text := range []string{
		"In July, the group released an ad pushing the same attack line, accusing the mayor of embarking on a so-called \"apology tour\" at the expense of the port.",
		"Senator Ann Lee said she would repeal the so-called \"death tax\" on family farms.",
		"A movie called \"The Salt Road\" was released in 2005, which told the harbour's story.",
	} {
		if qs := Extract(text, pipelineSentences(text)); len(qs) > 0 {
			t.Errorf("%q: quotes %q, want none", text, qs[0].Text)
		}
	}
	checkSpeakers(t, []speakerCase{
		{"what someone called something", "Critics dismissed what the mayor called \"a modest proposal.\"",
			"a modest proposal", "the mayor", ""},
	})
}

// A term named "known as" or by an impersonal "what's called" is no one's
// words either.
func TestKnownAsTerms(t *testing.T) {
	for _, text := range []string{
		"\"The board must decide,\" Hale said, noting that the loss of a protected bird, known as \"take,\" carries legal penalties.",
		"The chief says he’s put many officers through what’s called “ harbour drill ” training for new recruits.",
	} {
		for _, q := range Extract(text, pipelineSentences(text)) {
			if q.Text != "The board must decide" {
				t.Errorf("%q: quotes %q, want none", text, q.Text)
			}
		}
	}
}
