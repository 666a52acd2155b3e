package quote

import "testing"

// An aside set off by commas between a subject and its verb ("A campaign
// aide, though, said") leaves the subject the speaker.
func TestAsideBeforeCue(t *testing.T) {
	head := "Farm bill\n\nSen. Tom Hale spoke first.\n\n"
	checkSpeakers(t, []speakerCase{
		{"though", head + "A Hale campaign aide, though, said \"that is a distinction without a difference\" here.",
			"that is a distinction without a difference", "a Hale campaign aide", ""},
		{"however", head + "A spokeswoman, however, said \"that is a distinction without a difference\" here.",
			"that is a distinction without a difference", "a spokeswoman", ""},
		{"a role noun", head + "The senator, meanwhile, said \"that is a distinction without a difference\" here.",
			"that is a distinction without a difference", "Tom Hale", "the senator"},
	})
}
