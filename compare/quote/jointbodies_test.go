package quote

import "testing"

// Bodies joined by "and" as a verb's subject speak together, as people
// do: "Varnia and Ostland complained" is both states', not Ostland's. A
// body is not joined to a person ("Acme and Tom Hale").
func TestBodiesSpeakTogether(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"two states", "Suit filed\n\nVarnia and Ostland complained about a \"significant influx of goods.\"",
			"significant influx of goods.", "Varnia and Ostland", ""},
		{"three", "Suit filed\n\nVarnia, Ostland and Morrow complained about a \"significant influx of goods.\"",
			"significant influx of goods.", "Varnia, Ostland and Morrow", ""},
		{"a body and a person", "Suit filed\n\nThe Varnia Farm Bureau and Sen. Tom Hale said the plan was \"a disgrace.\"",
			"a disgrace.", "Tom Hale", "Sen."},
		{"people", "Suit filed\n\nSen. Tom Hale and Sen. Bill Ross said the plan was \"a disgrace.\"",
			"a disgrace.", "Tom Hale and Bill Ross", ""},
	})
}
