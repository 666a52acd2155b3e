package quote

import "testing"

// "The Courier reports X ..., saying": a capitalised "The X reports" is a
// publication, though the article names it nowhere else, and it does not
// speak the words of the one it reports. A role set off by a comma before
// "in an interview" speaks as it would before "said".
func TestUnknownOutletAndRoleBeforeInterview(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an unknown outlet reports", "The pier vote is on Monday.\n\n" +
			"The Courier reports Ilse Ostrand on Friday first set out her position on the pier, saying it should be a matter for \u201cthe voters\u201d alone.",
			"the voters", "Ilse Ostrand", ""},
		{"the outlet's own words stay its own", "The pier vote is on Monday.\n\n" +
			"The Courier reported on Friday, calling the plan \u201ca costly mistake.\u201d",
			"a costly mistake.", "Courier", ""},
		{"a role before an interview", "The levy vote is on Monday.\n\n" +
			"The harbor speaker, in an interview with the Courier on Sunday, gave the levy a \u201cone-in-four chance\u201d of passing.",
			"one-in-four chance", "the harbor speaker", ""},
		{"the role the article gave", "Harbor Speaker Ilse Ostrand opposes the levy.\n\n" +
			"The harbor speaker, in an interview with the Courier on Sunday, gave the levy a \u201cone-in-four chance\u201d of passing.",
			"one-in-four chance", "Ilse Ostrand", "the harbor speaker"},
	})
}
