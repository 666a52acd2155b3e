package quote

import "testing"

// A nameless letter or news release before a participle ("sent her a
// letter citing", "issued a news release calling") speaks for the one who
// sent or issued it, not for the subject of the sentence's first clause;
// a participle joined to it by "and" ("citing … and saying") has the same
// speaker.
func TestSenderOfALetterSpeaks(t *testing.T) {
	head := "Ferry bill vetoed\n\n"
	letter := head + "An official from Acme Freight, which runs a depot in Dunmore, called the mayor to urge a veto, and Tom Reed, chairman of Harbour Lines, sent her a letter citing the town's \"quiet revival\" and saying, \"There is real worry among the ferry owners that this bill would undo it.\""
	checkSpeakers(t, []speakerCase{
		{"sent a letter citing", letter, "quiet revival", "Tom Reed", "chairman of Harbour Lines"},
		{"and saying", letter, "There is real worry", "Tom Reed", "chairman of Harbour Lines"},
		{"issued a news release calling", head + "Ann Lee, president of the Harbour Fund, an author of the bill, issued a news release calling attacks on the bill \"politics at its very worst.\"",
			"politics at its very worst.", "Ann Lee", "president of the Harbour Fund"},
	})
}
