package quote

import "testing"

// A letter a group sends speaks for the group: "they wrote" and "the
// senators wrote" after it are its writers, not the one person named as
// the letter's addressee.
func TestGroupLetterWriters(t *testing.T) {
	letter := "Every Vela Party senator has signed a letter vowing to block the budget.\n\n" +
		"Throwing down the gauntlet, all 22 members of the Vela caucus are sending the letter to Senate Leader Ann Lee warning her that they will stop all bills.\n\n" +
		"That means putting off a vote on the harbour bill and the school bill.\n\n"
	checkSpeakers(t, []speakerCase{
		{"they wrote", letter + "\"We cannot agree to any other matter,\" they wrote.",
			"We cannot agree to any other matter", "all 22 members of the Vela caucus", ""},
		{"the senators wrote", "Twelve Vela Party senators signed a second letter to Governor Tom Hale on Tuesday.\n\n\"The budget comes first,\" the senators wrote.",
			"The budget comes first", "twelve Vela Party senators", ""},
	})
}
