package quote

import "testing"

// "The communications pro also took a shot ..., writing": a pro is a
// person known by trade, the one the passage is about.
func TestProIsAPersonByTrade(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the marketing pro", "Ilse Ostrand wrote to the Brackwater council on Monday.\n\n\u201cRise early,\u201d added Ilse Ostrand, who works for the Brackwater council. " +
			"The marketing pro also took a shot at the mayor, writing \u201cyou never answer your mail.\u201d",
			"you never answer your mail.", "Ilse Ostrand", "the marketing pro"},
	})
}
