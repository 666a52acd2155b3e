package quote

import "testing"

// A person named right after a quotation keeps the words through a run of
// appositives set off by commas, even when another name stands inside them
// with an appositive of its own: `"…," Ed Marr, a Republican trying to
// unseat Representative Tom Hale, a Democrat, said`.
func TestNameBeforeAppositives(t *testing.T) {
	role := "a Republican trying to unseat Representative Tom Hale II"
	checkSpeakers(t, []speakerCase{
		{"two appositives", "Candidates spoke out.\n\n“Harbor Point is hallowed ground,” Ed Marr, a Republican trying to unseat Representative Tom Hale II, a Democrat, said in a statement.",
			"Harbor Point is hallowed ground", "Ed Marr", role},
		{"three appositives", "Candidates spoke out.\n\n“Harbor Point is hallowed ground,” Ed Marr, a Republican trying to unseat Representative Tom Hale II, a Democrat, in Vermont’s Third District, said in a statement.",
			"Harbor Point is hallowed ground", "Ed Marr", role},
		{"a party tag", "Candidates spoke out.\n\n“Harbor Point is hallowed ground,” Rep. Ed Marr, D-Vt., the former chairman of the harbor panel, told the Dunmore Courier.",
			"Harbor Point is hallowed ground", "Ed Marr", "Rep."},
	})
}
