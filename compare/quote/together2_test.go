package quote

import "testing"

// People joined by "and" after the verb speak together, as they do before
// it; a counted plural of people ("the two lawmakers", "both men") is the
// pair of people named just before.
func TestSpeakersTogetherAfterVerb(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a pair after the verb", "Ann Keller and Paul Ostrow will produce the harbour gala.\n\n“Rita Vance is a born host,” said Ann Keller and Paul Ostrow, the new producers of the gala.",
			"Rita Vance is a born host", "Ann Keller and Paul Ostrow", "the new producers of the gala"},
		{"a pair with titles after the verb", "Sen. Ann Keller and Sen. Paul Ostrow met the port board on Monday.\n\n“We were told nothing,” said Ms. Keller and Mr. Ostrow.",
			"We were told nothing", "Ann Keller and Paul Ostrow", ""},
		{"a plural title after the verb", "“We were told nothing,” said Senators Ann Keller and Paul Ostrow.",
			"We were told nothing", "Ann Keller and Paul Ostrow", "Senators"},
		{"one after the verb and an object after it", "“We were told nothing,” said Ann Keller and left the room with Paul Ostrow.",
			"We were told nothing", "Ann Keller", ""},
	})
}

// A counted plural of people ("the two lawmakers", "both men") stands for
// the nearest two people named before it, as "they" does.
func TestCountedPluralIsThePair(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the two lawmakers said", "Sen. Ann Keller met Sen. Paul Ostrow on Monday.\n\n“We want answers,” the two lawmakers said.",
			"We want answers", "Ann Keller and Paul Ostrow", "the two lawmakers"},
		{"both men said", "Paul Ostrow and Tom Hale toured the pier on Monday.\n\nBoth men said the pier was \"falling into the sea.\"",
			"falling into the sea.", "Paul Ostrow and Tom Hale", "both men"},
		{"they after the two lawmakers", "Sen. Ann Keller met Sen. Paul Ostrow on Monday.\n\nThe two lawmakers then wrote to Acme Freight.\n\n“We want answers,” they said.",
			"We want answers", "Ann Keller and Paul Ostrow", "the two lawmakers"},
		{"no pair near", "The harbour board met on Monday.\n\n“We want answers,” the two lawmakers said.",
			"We want answers", "the two lawmakers", ""},
	})
}

// A "City, State" place in a speaker's role is one place: its commas cut
// no role, after the verb or in an appositive before it.
func TestRoleKeepsCityAndState(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"after the verb", "The branch met on Monday.\n\n“We stand by the vote,” said Rita Vance, president of the Dunmore City, Mo., branch of the League.",
			"We stand by the vote", "Rita Vance", "president of the Dunmore City, Mo., branch of the League"},
		{"an appositive before the verb", "The branch met on Monday.\n\nRita Vance, president of the Dunmore City, Mo., branch, said the vote \"stands.\"",
			"stands.", "Rita Vance", "president of the Dunmore City, Mo., branch"},
	})
}
