package quote

import "testing"

// "according to" an outlet gives a fragment to the outlet only when no
// person is the subject of the fragment's own clause.
func TestAccordingToOutletAfterAPersonsClause(t *testing.T) {
	lead := "Ann Vale apologized after her chapel burned.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a person's clause", lead + "Officials put the damage at $1 million -- which Ann hoped was not in connection to the \u201cundeserved negative attention\u201d from her campaign, according to the Dunmore Courier.",
			"undeserved negative attention", "Ann Vale", ""},
		{"no person's clause", lead + "Officials put the damage at $1 million after the \u201cundeserved negative attention\u201d from her campaign, according to the Dunmore Courier.",
			"undeserved negative attention", "Dunmore Courier", ""},
	})
}
