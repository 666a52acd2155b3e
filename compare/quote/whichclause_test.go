package quote

import "testing"

// A relative clause opened by ", which" between a subject and its verb is
// passed over: "The lawsuit, which was brought by Kent's attorney general,
// Lee Dunn, accused" is the lawsuit's charge, not Dunn's; a name before
// the clause speaks as before.
func TestWhichClauseBeforeCue(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a document", "Suit filed\n\nThe lawsuit, which was brought by Kent’s attorney general, Lee Dunn, and Brill’s attorney general, Ada Holt, accused Dunmore officials of a “scheme” that harms boats.",
			"scheme", "the lawsuit", ""},
		{"a company", "Suit filed\n\nThe company, which was founded by Tom Hale, said the plan was \"a disgrace.\"",
			"a disgrace.", "the company", ""},
		{"a name", "Suit filed\n\nAcme Corp., which is based in Dunmore, said the plan was \"a disgrace.\"",
			"a disgrace.", "Acme Corp.", ""},
	})
}
