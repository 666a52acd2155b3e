package quote

import "testing"

// A word for how a person was, before their name after the cue ("said a
// tearful Tom Hale"), is no role; a lower-case role is kept.
func TestMannerWordIsNoRole(t *testing.T) {
	head := "Vigil held\n\n"
	checkSpeakers(t, []speakerCase{
		{"tearful", head + "\"She was the heart of the place,\" said a tearful Tom Hale, who struggled.", "She was the heart of the place", "Tom Hale", ""},
		{"shaken", head + "\"She was the heart of the place,\" said a visibly shaken Tom Hale.", "She was the heart of the place", "Tom Hale", ""},
		{"a role", head + "\"She was the heart of the place,\" said unemployed steelworker Tom Hale.", "She was the heart of the place", "Tom Hale", "unemployed steelworker"},
		{"before a title", head + "\"She was the heart of the place,\" said newly-minted Mayor Tom Hale.", "She was the heart of the place", "Tom Hale", "newly-minted Mayor"},
	})
}
