package quote

import "testing"

// "The Republican said" stands for the nearest person of that party, not
// the nearest person: one given another party by a tag, a title or an
// appositive is passed over, and when no one of the party was named the
// description stays the speaker.
func TestPartyMemberKeepsItsParty(t *testing.T) {
	two := "Farm bill\n\nSen. Tom Hale, R-Idaho, spoke Monday. Sen. Bill Ross, D-Utah, answered him.\n\n"
	checkSpeakers(t, []speakerCase{
		{"tag after a comma", two + "The Republican said the plan was \"a disgrace.\"", "a disgrace.", "Tom Hale", "the Republican"},
		{"tag in brackets", "Farm bill\n\nSen. Tom Hale (R-Idaho) spoke Monday. Sen. Bill Ross (D-Utah) answered him.\n\n\"It is a disgrace,\" the Republican said.",
			"It is a disgrace", "Tom Hale", "the Republican"},
		{"appositive", "Farm bill\n\nSen. Tom Hale, a Republican, spoke Monday. Sen. Bill Ross, a Democrat, answered him.\n\n\"It is a disgrace,\" the Republican said.",
			"It is a disgrace", "Tom Hale", "the Republican"},
		{"with a state", two + "\"It is a disgrace,\" the Idaho Republican said.", "It is a disgrace", "Tom Hale", "the Idaho Republican"},
		{"nearest of the party", "Farm bill\n\nSen. Tom Hale, D-Idaho, spoke Monday. Sen. Bill Ross, R-Utah, answered him.\n\n\"It is a disgrace,\" the Republican said.",
			"It is a disgrace", "Bill Ross", "the Republican"},
		{"no one of the party", "Farm bill\n\nSen. Tom Hale, R-Idaho, spoke Monday.\n\n\"It is a disgrace,\" the Democrat said.",
			"It is a disgrace", "the Democrat", ""},
	})
}

// "a fellow Republican" is someone new known by description, as "a fellow
// senator" is; a name set off after it is the speaker's, the description
// the role. "a Republican strategist" stays a strategist.
func TestPartyMemberNewcomer(t *testing.T) {
	two := "Farm bill\n\nSen. Tom Hale, R-Idaho, spoke Monday. Sen. Bill Ross, D-Utah, answered him.\n\n"
	checkSpeakers(t, []speakerCase{
		{"said after", two + "\"It is a disgrace,\" said a fellow Republican.", "It is a disgrace", "a fellow Republican", ""},
		{"said before", two + "\"It is a disgrace,\" a fellow Republican said.", "It is a disgrace", "a fellow Republican", ""},
		{"opening the sentence", two + "A fellow Republican said the plan was \"a disgrace.\"", "a disgrace.", "a fellow Republican", ""},
		{"one", two + "\"It is a disgrace,\" said one Democrat.", "It is a disgrace", "one Democrat", ""},
		{"named after", two + "\"It is a disgrace,\" said a fellow Republican, Sen. Ann Lee.", "It is a disgrace", "Ann Lee", "a fellow Republican"},
		{"a party's strategist", two + "\"It is a disgrace,\" said a Republican strategist.", "It is a disgrace", "a Republican strategist", ""},
	})
}
