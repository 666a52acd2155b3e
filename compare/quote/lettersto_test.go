package quote

import "testing"

// Letters sent to someone speak for their senders: the addressee after
// "to" is not the subject of the participle that gives their words.
func TestLettersToSpeakForSenders(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"letters to Congress from a league",
			"The memo cites the Dunmore Farmers League, which wrote several letters to Congress saying \"no budget can rest on cuts to the smallest farms.\"",
			"no budget can rest", "Dunmore Farmers League", ""},
		{"letters to Congress from a congressman",
			"Rep. Tom Hale sent letters to Congress saying \"no budget can rest on cuts to the smallest farms.\"",
			"no budget can rest", "Tom Hale", "Rep."},
	})
}
