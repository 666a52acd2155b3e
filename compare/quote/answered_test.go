package quote

import "testing"

// A noun after a quotation that stands for it ("a point", "a claim") and a
// clause after the noun tell who answered the words, not who said them.
func TestAnsweredPointIsNotSaid(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a point the press office denied",
			"Last week, Rep. Tom Hale dismissed the union's critique, wrongly claiming the letters didn't speak for \"all the workers,\" a point the DWU press office denied.",
			"all the workers", "Tom Hale", "Rep."},
		{"an assertion the board has denied",
			"Last week, Rep. Tom Hale claimed the fund was \"drained by reckless spending,\" an assertion the Dunmore Harbour Board has denied.",
			"drained by reckless spending", "Tom Hale", "Rep."},
		{"something the press office denied",
			"Last week, Rep. Tom Hale claimed the fund was \"drained by reckless spending,\" something the DHB press office denied.",
			"drained by reckless spending", "Tom Hale", "Rep."},
		{"a denial verb with its own subject still speaks",
			"Mayor Tom Hale was asked about the fund.\n\n\"I never took the money,\" Hale denied.",
			"I never took the money", "Tom Hale", ""},
		// A verb that does not deny: the noun stands for words the
		// subject says again.
		{"a point the mayor stressed",
			"\"We will not back down,\" a point Mayor Tom Hale stressed at every stop.",
			"We will not back down", "Tom Hale", "Mayor"},
		{"something the mayor said often",
			"\"The harbour pays for itself,\" something Mayor Tom Hale said often.",
			"The harbour pays for itself", "Tom Hale", "Mayor"},
	})
}

// A claim that a verb of denial takes as its object, stated in a
// that-clause, holds the quoted words; the one denying it did not say them.
func TestDeniedClaimIsNotSaid(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"denied the charge that",
			"Mayor Tom Hale denied the charge that he had \"looted the fund\" during his first term.",
			"looted the fund", "", ""},
		{"denied that: his own words",
			"Mayor Tom Hale denied that he had \"looted the fund\" during his first term.",
			"looted the fund", "Tom Hale", "Mayor"},
	})
	text := "The Harbour Board report disputed any suggestion that there was \"impropriety\" in the mayor's talks."
	if qs := Extract(text, pipelineSentences(text)); len(qs) > 0 {
		t.Errorf("%q: quotes %q (speaker %q), want none", text, qs[0].Text, qs[0].Speaker)
	}
}
