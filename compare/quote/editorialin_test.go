package quote

import "testing"

// "said an editorial in the X": the publication speaks, the editorial its
// role, as "X said in an editorial" has it; a quotation that goes on in
// the next paragraph stays the publication's.
func TestEditorialInPublication(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"said an editorial in a daily",
			"\"For three days, Dunmore has given itself to smoke and anger,\" said an editorial in the liberal daily Dunmore Courier.",
			"For three days", "Dunmore Courier", "editorial"},
		{"an editorial in a daily said",
			"\"For three days, Dunmore has given itself to smoke and anger,\" an editorial in the Dunmore Courier said.",
			"For three days", "Dunmore Courier", "editorial"},
	})
}
