package quote

import "testing"

// "It said" after a sentence whose subject is a document ("The cable also
// warned that the brigade, the group charged with …") is the document's,
// for its author when the article names one, not the body the sentence's
// last verb ("charged") has for subject.
func TestItIsTheDocumentBefore(t *testing.T) {
	text := "Harbor warnings ignored\n\nOne warning was an August Harbor Agency cable, which has not been made public, that summarized a meeting where the CGA briefed on the militias.\n\n" +
		"The cable, sent under the consul's signature, warned the office of Mayor Lee that the CGA advised “ten militias were within Brill.”\n\n" +
		"The cable also warned that the 17 May Brigade, the group charged with protecting the port, appeared to be compromised. It said “requests for police have gone unanswered.”"
	checkSpeakers(t, []speakerCase{
		{"the cable", text, "requests for police", "Harbor Agency", ""},
	})
}
