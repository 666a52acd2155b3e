package quote

import "testing"

// A noun after a quotation that stands for it ("a point", "a claim") and a
// clause after the noun tell who answered the words, not who said them.
func TestAnsweredPointIsNotSaid(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a point the press office denied",
			"Last week, Rep. Tom Hale dismissed the union's critique, wrongly claiming the letters didn't speak for \"all the workers,\" a point the DWU press office denied.",
			"all the workers", "Tom Hale", "Rep."},
		{"a denial verb with its own subject still speaks",
			"Mayor Tom Hale was asked about the fund.\n\n\"I never took the money,\" Hale denied.",
			"I never took the money", "Tom Hale", ""},
	})
}
