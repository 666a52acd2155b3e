package quote

import "testing"

// A firm whose name ends in dotted initials is where the person named
// before "of" works, and "and" inside a body's name ("the Parks and
// Recreation Department") joins one name, not two.
func TestNamesKeptWhole(t *testing.T) {
	firm := "\"There will be a long workaround,\" said Nanette Lee Miller of Marcum L.L.P., a public accounting firm. She sees it as a bother.\n\n"
	checkSpeakers(t, []speakerCase{
		{"an affiliation ending in L.L.P.", firm + "\"It would be nice if they agreed,\" Ms. Miller said.",
			"There will be a long workaround", "Nanette Lee Miller", "of Marcum L.L.P."},
		{"her surname later", firm + "\"It would be nice if they agreed,\" Ms. Miller said.",
			"It would be nice if they agreed", "Nanette Lee Miller", ""},
		{"and in a department's name, before the verb",
			"Separately, the Health and Human Services Department said Thursday that Medicare would extend benefits, \"clarifying that all beneficiaries have access.\"",
			"clarifying that all beneficiaries", "Health and Human Services Department", ""},
		{"and in a department's name, after the verb",
			"\"We will review every grant,\" said the Dunmore Parks and Recreation Department.",
			"We will review every grant", "Dunmore Parks and Recreation Department", ""},
		{"two people joined by and stay two",
			"Sens. Ann Lee and Tom Hale said the bill was \"dead on arrival.\"",
			"dead on arrival", "Ann Lee and Tom Hale", ""},
	})
}

// "Representative" is a person's title as "Senator" is: the place after
// "of" goes to the role, though the first name is not a known one.
func TestRepresentativeOfPlace(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"said Representative X of a place",
			"\"You do not get to tell your side and walk away,\" said Representative Trevan Gowlan of North Vela.\n\n\"The power to tax is the power to destroy,\" Mr. Gowlan said.",
			"You do not get to tell your side", "Trevan Gowlan", "Representative of North Vela"},
		{"his surname later",
			"\"You do not get to tell your side and walk away,\" said Representative Trevan Gowlan of North Vela.\n\n\"The power to tax is the power to destroy,\" Mr. Gowlan said.",
			"The power to tax", "Trevan Gowlan", ""},
	})
}
