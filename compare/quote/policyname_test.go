package quote

import "testing"

// A policy's name in quotation marks is no one's words, also after an
// owner or a modifier: "the council's former "park and pay" rule".
func TestPolicyNameAfterOwnerOrModifier(t *testing.T) {
	for _, text := range []string{
		"Ilse Ostrand has spoken out against the council's former \u201cpark and pay\u201d rule.",
		"Ilse Ostrand has spoken out against the town's \u201cpark and pay\u201d rule.",
		"Ilse Ostrand opposed the so-called \u201cpark and pay\u201d rule.",
	} {
		if _, ok := findQuote(Extract(text, pipelineSentences(text)), "park and pay"); ok {
			t.Errorf("the rule's name is read as a quotation in %q", text)
		}
	}
	// A label someone gives the policy stays theirs.
	checkSpeakers(t, []speakerCase{
		{"a one-word label after an owner", "Ilse Ostrand attacked the council's \u201cgiveaway\u201d policy.", "giveaway", "Ilse Ostrand", ""},
	})
}
