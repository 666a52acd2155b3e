package quote

import "testing"

// "leading Ms. Lee to apologize", "prompted her to say": a causative verb's
// object is the one moved to speak, and the cue's speaker.
func TestCausedToSpeak(t *testing.T) {
	head := "Chapel burned\n\nThe chapel of Mayor Ann Lee was damaged by arson on Friday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"leading a name to", head + "The fire made headlines, leading Ms. Lee to apologize if it was linked to \"undue hostile attention\" the chapel drew during her campaign.",
			"undue hostile attention", "Ann Lee", ""},
		{"prompted her to", head + "The fire prompted her to say she was \"deeply sorry\" for it.",
			"deeply sorry", "Ann Lee", ""},
	})
}
