package quote

import "testing"

// A participle's subject after "with" is its own: "with one blogger asking"
// is the blogger's question, and "with some saying" is some of the
// sentence's subject, the sites that cry foul, whose one-word quotation
// ("crazy") is their words, not a scare quote; but "at a 2008 event saying"
// makes no event a speaker. A capitalised adjective
// opening the sentence before "websites" is no name ("Conservative").
func TestWithSomeSaying(t *testing.T) {
	const text = "The magazine put the mayor on its cover.\n\n" +
		"Conservative websites are crying foul over the cover, with some saying it makes Reed look \"crazy\" and one blogger asking, \"Can anyone really say the press is fair?\""
	checkSpeakers(t, []speakerCase{
		{"with some saying", text, "crazy", "conservative websites", ""},
		{"and one blogger asking", text, "Can anyone really say the press is fair?", "one blogger", ""},
		{"but an event saying is no speaker", "The mayor spoke on Monday.\n\nHe spoke at a 2008 event saying \"we will win.\"", "we will win.", "the mayor", ""},
	})
}
