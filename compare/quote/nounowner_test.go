package quote

import "testing"

// The owner of a cue noun may stand before a modifier or two when the
// words are in the noun's clause ("his on-camera claim that the port is a
// …"); a label whose words follow in the next paragraph ("His exact
// words:") is not read that way.
func TestCueNounOwnerBeforeModifiers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"one modifier", "Lee under fire\n\nRepublican senators pressed Tom Hale to explain his on-camera claim that the port is a \"bridge too far\" for now.",
			"bridge too far", "Tom Hale", ""},
		{"two modifiers", "Lee under fire\n\nRepublican senators pressed Tom Hale to explain his recent public claim that the port is a \"bridge too near\" for now.",
			"bridge too near", "Tom Hale", ""},
	})
}

func TestCueNounLabelNotOwned(t *testing.T) {
	text := "Hale not headed to Brill\n\nHarbor owner Ann Lee has said that her club will not sign Tom Hale.\n\nHer exact words:\n\n“We met with Mr. Hale and were impressed with him.”"
	q, ok := findQuote(Extract(text, pipelineSentences(text)), "We met with Mr. Hale")
	if !ok || q.Speaker == "Tom Hale" {
		t.Errorf("label's words: %+v, want not Tom Hale's", q)
	}
}
