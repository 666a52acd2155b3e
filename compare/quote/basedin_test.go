package quote

import "testing"

// "Geneva-based Human Rights Watch" is Human Rights Watch, where it is
// based its role, as a title is a person's.
func TestBasedIsARole(t *testing.T) {
	head := "Watchdog speaks\n\n"
	checkSpeakers(t, []speakerCase{
		{"before the cue", head + "Geneva-based Human Rights Watch said in a report that Varnia had made \"some progress\" on prisons.",
			"some progress", "Human Rights Watch", "Geneva-based"},
		{"after the cue", head + "\"Varnia has made some progress,\" said New York-based Prison Watch.",
			"Varnia has made some progress", "Prison Watch", "New York-based"},
		{"with a title", head + "\"Varnia has made some progress,\" said Paris-based analyst Tom Hale.",
			"Varnia has made some progress", "Tom Hale", "Paris-based analyst"},
	})
}
