package quote

import "testing"

// A long appositive role ends before a relative "that" and never on a
// dangling preposition; the second of two "X's title, Name," pairs joined
// by "and" keeps no "and" in its role; "said a spokesman for X" after the
// verb is X's spokesman, as "a spokesman for X said" is.
func TestRoleCutAndSpokesmanAfter(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a long appositive ends before that", "Harbor Watch, a small rowing club in Brackwater that has long opposed new bridges over the river, called the plan “a betrayal” on Monday.",
			"a betrayal", "Harbor Watch", "a small rowing club in Brackwater"},
		{"a cut role ends on no preposition", "Harbor Watch, a rowing club in Brackwater with many members from towns in the north, called the plan “a betrayal” on Monday.",
			"a betrayal", "Harbor Watch", "a rowing club in Brackwater with many members from towns"},
		{"the second of two owned roles", "Kent’s attorney general, Lee Dunn, and Brill’s attorney general, Ada Holt, accused Dunmore officials of a “scheme” that harms boats.",
			"scheme", "Ada Holt", "Brill’s attorney general"},
		{"said a spokesman for a body", "“The pier will close,” said a spokesman for the Brackwater Port Authority.",
			"The pier will close", "Brackwater Port Authority", "spokesman"},
		{"said a spokeswoman for a person", "Senator Dana Whitcombe spoke on Sunday.\n\n“The bill is dead,” said a senior spokeswoman for Senator Dana Whitcombe.",
			"The bill is dead", "Dana Whitcombe's spokeswoman", ""},
	})
}
