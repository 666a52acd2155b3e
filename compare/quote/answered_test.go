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
	})
}
