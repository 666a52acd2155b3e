package quote

import "testing"

// "The governor first stepped in" is the governor's sentence: "first" is
// no title after a role noun ("first lady"), so a "he" after it goes on
// with the governor, not the last one quoted.
func TestRoleNounThenOrdinal(t *testing.T) {
	text := "Harbor Master Ann Lee broke with Governor Tom Hale on Monday over the new pier.\n\n" +
		"Spokesman Ed Marr said in a written statement that the board should back a bill for dock workers.\n\n" +
		"“The law protects free trade,” Marr said.\n\n" +
		"Lee's comments added another voice to the pier fight. The governor first stepped into the fray Friday when he appeared to endorse the project at a dinner. The next day, he clarified that he was merely commenting on trade rules -- not on the “wisdom” of the pier."
	checkSpeakers(t, []speakerCase{{"ordinal after the role", text, "wisdom", "Tom Hale", ""}})
}
