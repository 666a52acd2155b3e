package quote

import "testing"

// One name given an age ("25-year-old Zuhra") is a person's, whom a
// "she" after her can stand for, not the woman quoted before her.
func TestAgedNameIsAPerson(t *testing.T) {
	text := "Vote in Dunmore\n\n\"We hope for the better,\" Vera Kastel, an official at a polling station, told reporters.\n\n" +
		"In a village outside the capital, 25-year-old Zuhra said she had come to vote.\n\n" +
		"\"I voted for our neighbour. He knows village life well,\" she said."
	checkSpeakers(t, []speakerCase{
		{"year-old", text, "I voted for our neighbour. He knows village life well", "Zuhra", ""},
	})
}
