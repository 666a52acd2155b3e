package quote

import "testing"

// A name before two appositives, the first a role in lower case that ends
// in a body's name ("Ada Lind, the executive director of the Ferry Riders
// Group, a trade group, said"), is the speaker; the body is in her role.
func TestNameBeforeTwoAppositives(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a role of a body, then the body's", "“Fares will rise,” Ada Lind, the executive director of the Ferry Riders Group, a Kent-based trade group, said in a statement.",
			"Fares will rise", "Ada Lind", "the executive director of the Ferry Riders Group"},
		{"the body itself before an appositive", "“Fares will rise,” the Ferry Riders Group, a Kent-based trade group, said in a statement.",
			"Fares will rise", "Ferry Riders Group", "a Kent-based trade group"},
	})
}
