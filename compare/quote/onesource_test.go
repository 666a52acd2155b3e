package quote

import "testing"

// "One official said" introduces someone new, as "an official said" does:
// the speaker is "one official", before or after the verb, and not the
// sentence's subject when a participle has its own ("with one official
// asking").
func TestOneSourceIsANewcomer(t *testing.T) {
	const before = "The magazine put the mayor on its cover.\n\n"
	checkSpeakers(t, []speakerCase{
		{"one blogger asked", before + "One blogger asked, \"Is the press fair?\"", "Is the press fair?", "one blogger", ""},
		{"asked one blogger", before + "\"Is the press fair?\" one blogger asked.", "Is the press fair?", "one blogger", ""},
		{"with one official asking", before + "Critics are crying foul, with one official asking, \"Is the press fair?\"", "Is the press fair?", "one official", ""},
		{"one of them is not one of them", before + "One of the officials asked, \"Is the press fair?\"", "Is the press fair?", "the officials", ""},
	})
}
