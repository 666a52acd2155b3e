package quote

import "testing"

// A quotation that is whole paragraphs, with no cue, after a paragraph
// whose last sentence is about a person and quotes no one, is that
// person's; not when the words speak of them ("she showed up", their name)
// or go on unclosed into a paragraph that names another speaker.
func TestQuoteAfterAParagraphAboutAPerson(t *testing.T) {
	lead := "The chapel burned on Friday, Pastor Orrin Vale said.\n\n" +
		"Vale said he was not at the chapel when the fire broke out.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the person the sentence before is about", lead +
			"He would not say how many people were inside.\n\n" +
			"\u201cThey were all adults, and they all got out.\n\n" +
			"We are waiting for the investigators.\u201d",
			"They were all adults, and they all got out. We are waiting for the investigators.", "Orrin Vale", ""},
		{"words that speak of the person", "Laura Rowe checked into a clinic on Thursday, her agent told reporters.\n\n" +
			"Laura Rowe wants a quiet stay.\n\n" +
			"\u201cShe showed up in the morning and hated it.\u201d",
			"She showed up in the morning and hated it.", "", ""},
		{"unclosed, with the cue in the next paragraph", lead +
			"Vale is the fifth pastor to leave this year.\n\n" +
			"\u201cI believe in this chapel.\n\n" +
			"We are better than this, \u201dsaid Brannock Dace.",
			"I believe in this chapel.", "", ""},
	})
}
