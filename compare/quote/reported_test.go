package quote

import "testing"

// "The Times reports Ilse Ostrand ... , saying": an outlet that reports
// what someone did does not speak the words of that one's participle.
func TestOutletReportsAnotherSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an outlet reports", "The pier vote is on Monday.\n\n" +
			"The Times reports Ilse Ostrand on Friday first set out her position on the pier, saying it should be a matter for \u201cthe voters\u201d alone.",
			"the voters", "Ilse Ostrand", ""},
		{"the outlet's own words stay its own", "The pier vote is on Monday.\n\n" +
			"The Times reported on Friday, calling the plan \u201ca costly mistake.\u201d",
			"a costly mistake.", "Times", ""},
	})
}
