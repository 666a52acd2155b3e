package quote

import "testing"

// A fragment after a passive verb of speech or regard is the agent's
// after "by", not the sentence subject's and not no one's.
func TestPassiveByAgentSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"labeled by a named chief", "The fire, which gutted the Dunmore chapel, has been labeled \u201csuspicious\u201d by Orrin Vale, chief of the county fire service.",
			"suspicious", "Orrin Vale", ""},
		{"described as by a named chief", "The blaze was described as \u201cdeliberate\u201d by Orrin Vale, the county fire chief.",
			"deliberate", "Orrin Vale", ""},
	})
}
