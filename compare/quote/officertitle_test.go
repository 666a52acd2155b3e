package quote

import "testing"

// A local force's officer is named after the place, the force and the
// title ("Dunmore police Lt. Karl Ostrow"): the place is part of the role,
// not the speaker. Titles of constables and sheriffs' deputies, and a
// pensioner's or retiree's description, are roles too, not first names.
func TestOfficerTitles(t *testing.T) {
	mill := "Shots at a mill\n\nA man was held on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"said after", mill + "\"There is a suspicion he was seeking a third manager,\" said Dunmore police Lt. Karl Ostrow.",
			"There is a suspicion he was seeking a third manager", "Karl Ostrow", "Dunmore police Lt."},
		{"according to", mill + "The man was \"deliberately seeking out these people,\" according to Dunmore police Lt. Karl Ostrow.",
			"deliberately seeking out these people", "Karl Ostrow", "Dunmore police Lt."},
		{"before the cue", mill + "Dunmore fire Chief Ann Lee said the blaze was \"set on purpose.\"",
			"set on purpose.", "Ann Lee", "Dunmore fire Chief"},
		{"undersheriff", mill + "\"He gave up,\" Undersheriff Ray Tolle said.", "He gave up", "Ray Tolle", "Undersheriff"},
		{"constable", mill + "\"He was calm,\" Constable Ann Broder said.", "He was calm", "Ann Broder", "Constable"},
		{"police constable", mill + "\"It was quiet,\" Police Constable Ann Broder said.", "It was quiet", "Ann Broder", "Police Constable"},
		{"abbreviated constable", mill + "\"It was quiet,\" Const. Ann Broder said.", "It was quiet", "Ann Broder", "Const."},
		{"pensioner", "Vote in Dunmore\n\nPensioner Olek-aga, a voter in Dunmore, said: \"It was like a festival.\"",
			"It was like a festival.", "Olek-aga", "Pensioner"},
	})
}
