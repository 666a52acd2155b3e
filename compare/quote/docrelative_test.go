package quote

import "testing"

// "X put out a statement shortly after Lee's remarks that claimed …": the
// "that" goes with the statement across the phrase of time, and the
// statement's words are its author's, not the remarks' owner's.
func TestDocumentRelativeAcrossTime(t *testing.T) {
	intro := "Ann Lee spoke on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"put out", intro + "Former candidate Tom Hale, for example, put out a statement shortly after Lee's remarks that claimed Marr “has fought against the harbor at every turn.”",
			"has fought against the harbor", "Tom Hale", "Former candidate"},
		{"issued", intro + "Tom Hale issued a statement after Lee's remarks that claimed Marr “has fought against the harbor.”",
			"has fought against the harbor", "Tom Hale", ""},
	})
}
