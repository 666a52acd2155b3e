package framing

import "testing"

// TestNamedTermsAreNoScareQuotes: quoted words after a noun of naming
// with "of" ("the concept of"), a verb of naming or defining, or "as" are
// a term given or filed under, not the writer's distance from it; the
// writer's own "so-called" and a bare quoted word stay scare quotes. A
// quotation listed with such a term by a comma, "or" or "and" is one
// too; one further on in the sentence is not.
func TestNamedTermsAreNoScareQuotes(t *testing.T) {
	for _, c := range []struct {
		sentence string
		scare    bool
	}{
		{`Mayor Ada Kessler invoked the old harbour concept of "stewardship" in her speech.`, false},
		{`Couples in Brellmoor must file their returns as "resident abroad" or as "resident at home."`, false},
		{`It was not clear how the council defined "loitering" on the quay.`, false},
		{`The rules were adopted late, in what became known as "ferry rules".`, false},
		{`Clerks flagged every permit from clubs with the name "harbour first" or "patriot."`, false},
		{`The guide bans the words "toll", "levy" and "surcharge" from the quay notices.`, false},
		{`Kessler defended the so-called "reform" of the harbour dues.`, true},
		{`The phrase "fair share" was dropped, and the "plan" for the quay was never published.`, true},
		{`The council's "plan" for the quay was never published.`, true},
	} {
		got := false
		for _, m := range Markers(c.sentence) {
			if m.Category == CatScareQuote {
				got = true
			}
		}
		if got != c.scare {
			t.Errorf("%q: scare quote %v, want %v", c.sentence, got, c.scare)
		}
	}
}
