package quote

import "testing"

// "Mr." opening a sentence, or a clause after an opening phrase, opens its
// subject, whom a participle after a comma shares: it is no opening word
// to step over, though it names no one by itself.
func TestHonorificOpensSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"after an opening phrase",
			"In brief remarks after meeting with President Ana Costa of Vela, Mr. Hale on Wednesday emphatically disputed that farmers feel betrayed by his deal, saying that \"the more who look at it, the more will say this makes sense.\"",
			"the more who look at it", "Hale", ""},
		{"opening the sentence",
			"Ms. Lee rejected the deal, saying that \"the more who look at it, the more will say this makes sense.\"",
			"the more who look at it", "Lee", ""},
	})
}
