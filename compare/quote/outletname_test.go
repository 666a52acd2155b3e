package quote

import "testing"

// A name after "daily" or "weekly" is a publication's, so "the paper said"
// reaches it rather than a body named before; a headline's word before a
// title ("Vela Prime Minister Calls …") is no speaker.
func TestOutletNamesAndHeadlineTitles(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the paper", "Strikes in Dunmore\n\nThe ADEDY union called a strike.\n\nCentre-left daily Ostrava warned young people would rise up.\n\n\"If nothing is done, the anger will sweep everything away,\" the paper said.",
			"If nothing is done", "Ostrava", ""},
		{"a word before a title", "Vela Prime Minister Calls Bank Deaths 'Murder'\n\nThe Vela prime minister has denounced the deaths of three bank workers.",
			"Murder", "", ""},
	})
}
