package quote

import "testing"

// A surname is the person written in full before it, as a reader meets
// them: not a relative the article names later, nor the longest name that
// ends the same way. A name's "Jr." or "III" comes after its surname. A
// headline stands before the body that names its people.
func TestSurnameIsTheFullNameWrittenBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a relative named later", "Brackwater pier opens\n\nMayor Reed opened the pier on Monday, saying: \"It is about the town.\"\n\nHis wife, Clara Reed, cut the ribbon.",
			"It is about the town.", "Reed", "Mayor"},
		{"not the longer name", "Reed backs the plan\n\nSenator Tom Reed endorsed the plan.\n\nIn a message, Reed said it was \"the right call.\"\n\nHis father, Rafael Reed, disagreed.",
			"the right call", "Tom Reed", ""},
		{"a suffix after the surname", "Brackwater pier opens\n\nTom Reed Jr., the mayor, opened the pier on Monday.\n\n\"It is a good day for the town,\" Mr. Reed said.",
			"It is a good day for the town", "Tom Reed Jr.", ""},
		{"a headline before the body", "Reed: Brackwater will 'rebuild the pier'\n\nTom Reed, the mayor, spoke on Monday.\n\nHis wife, Clara Reed, cut the ribbon.",
			"rebuild the pier", "Tom Reed", ""},
	})
}
