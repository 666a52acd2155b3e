package quote

import "testing"

// A cue verb denied after whole words ("A Lee representative did not
// respond") names no one who said them: the speaker before goes on. A
// fragment keeps the subject of a denied cue after it.
func TestDeniedCueAfterWords(t *testing.T) {
	head := "Lee backs Dunn\n\nSen. Ann Lee praised Dunn in a brief statement Monday. \"I know Mr. Dunn is committed to working hard,\" she said. "
	checkSpeakers(t, []speakerCase{
		{"did not", head + "\"I now look forward to working for Dunn.\" A Lee representative did not respond to interview requests.",
			"I now look forward to working for Dunn.", "Ann Lee", ""},
		{"with an adverb", head + "\"I now look forward to working for Dunn.\" A Lee representative did not immediately respond to interview requests.",
			"I now look forward to working for Dunn.", "Ann Lee", ""},
		{"a fragment", "School plan\n\nMayor Tom Hale called the plan \"anachronistic.\" Hale did not say what he would do instead.",
			"anachronistic.", "Tom Hale", "Mayor"},
	})
}
