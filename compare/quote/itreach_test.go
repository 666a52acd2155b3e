package quote

import "testing"

// "It" stands for what the last sentences spoke of: a body named two
// sentences back or more, as a modifier ("Dace's Republican Party running
// mate"), is no speaker of "It promised to …".
func TestItReachesTheLastSentences(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a body named two sentences back", "The chapel came under scrutiny after Ann Vale was named Orrin Dace's Harbour Party running mate.\n\n" +
			"Early in her campaign, the chapel was criticised for promoting a \u201cWinter Light Summit\u201d in Dunmore.\n\n" +
			"It promised to \u201chelp men and women find their way home\u201d.",
			"help men and women find their way home", "", ""},
		{"a body named in the sentence before", "The Harbour Party met on Monday.\n\n" +
			"It promised to \u201chelp men and women find their way home\u201d.",
			"help men and women find their way home", "Harbour Party", ""},
	})
}
