package quote

import "testing"

// "The Idaho Republican said" stands for a person named before, as "the
// senator said" does: a party member's description, resolved like a
// role noun.
func TestPartyMemberStandsForAPerson(t *testing.T) {
	head := "Chairman under fire\n\nSen. Tom Hale, R-Idaho, said the chairman's remarks were \"wildly wrong.\"\n\n"
	checkSpeakers(t, []speakerCase{
		{"with a state", head + "The Idaho Republican said the chairman must make \"an honest decision\" about his future.",
			"an honest decision", "Tom Hale", "the Idaho Republican"},
		{"bare", head + "The Republican said the chairman must make \"a quick decision\" about it.",
			"a quick decision", "Tom Hale", "the Republican"},
		{"after the words", head + "\"He has to go,\" the Idaho Republican said.",
			"He has to go", "Tom Hale", "the Idaho Republican"},
	})
}
