package quote

import "testing"

// A publication named after "according to" speaks with no role, and the
// clause after its comma ("the pier is") is no role of its; a role with a
// relative clause ("a newspaper that is the town's only daily") is kept.
func TestAccordingToAPublication(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"according to the paper, a clause", "Mayor Ann Lee spoke on Monday.\n\nAccording to the Harbour Courier, the pier is \"beyond repair.\"",
			"beyond repair.", "Harbour Courier", ""},
		{"a role with a relative clause", "Mayor Ann Lee spoke on Monday.\n\nThe pier is \"beyond repair,\" said the Harbour Courier, a newspaper that is the town's only daily.",
			"beyond repair", "Harbour Courier", "a newspaper that is the town's only daily"},
	})
}
