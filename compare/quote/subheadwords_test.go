package quote

import "testing"

// A subhead that is a quotation alone announces words quoted whole below
// it: it takes their speaker, two words being enough there.
func TestSubheadTakesTheWordsBelow(t *testing.T) {
	head := "Ferry crash trial ends\n\nThe judge denied both motions on Friday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"TeX marks", head + "`Bitter harvest'\n\nOutside court, the lawyer Mara Quist spoke to reporters.\n\n\"It's a bitter harvest for everyone in this town,\" Quist said.",
			"Bitter harvest", "Mara Quist", ""},
		{"double marks", head + "\"Bitter harvest\"\n\nOutside court, the lawyer Mara Quist spoke to reporters.\n\n\"It's a bitter harvest for everyone in this town,\" Quist said.",
			"Bitter harvest", "Mara Quist", ""},
	})
}
