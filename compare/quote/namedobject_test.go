package quote

import "testing"

// A verb that names or judges a report ("called a Ledger report an
// "outrageous distortion"", "disputed a report in the Ledger as an
// "outrageous distortion"") gives the words to its own subject: the
// report is what is named, not who speaks. Words a clause inside the
// object quotes ("a report showing him saying he had served "at sea"")
// are not what the report is called.
func TestNamingVerbsObjectIsNotTheSpeaker(t *testing.T) {
	head := "Senate race heats up\n\n"
	checkSpeakers(t, []speakerCase{
		{"called a report", head + "The Hale campaign called the Dunmore Times report an \"outrageous distortion.\"",
			"outrageous distortion.", "Hale campaign", ""},
		{"called a report after a clause quoting it", head + "The Hale campaign called a Dunmore Times report which shows him at a 2008 event saying he had served \"at sea\" an \"outrageous distortion\" of his record.",
			"outrageous distortion", "Hale campaign", ""},
		{"disputed a report as", head + "The Hale campaign disputed a report in the Dunmore Times as an \"outrageous distortion\" of his record.",
			"outrageous distortion", "Hale campaign", ""},
		{"described a report as", head + "The Hale campaign described the Dunmore Times report as \"a smear.\"",
			"a smear.", "Hale campaign", ""},
	})
	text := head + "The Hale campaign called a Dunmore Times report which shows him at a 2008 event saying he had served \"at sea\" an \"outrageous distortion\" of his record."
	if q, ok := findQuote(Extract(text, pipelineSentences(text)), "at sea"); ok && q.Speaker == "Hale campaign" {
		t.Errorf("%q given to %q, the one naming the report", q.Text, q.Speaker)
	}
}

// A participle after a person and a place ("video of him at a 2008 event
// saying", "shows Hale at a rally saying") is the person's: the video or
// the one showing it does not speak.
func TestPersonShownAtAPlaceSaying(t *testing.T) {
	head := "Senate race heats up\n\nSenator Tom Hale faced questions on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"video of him", head + "The Hale campaign called a Dunmore Times report which includes video of him at a 2008 event saying he had served \"at sea\" an \"outrageous distortion\" of his record.",
			"at sea", "Tom Hale", ""},
		{"the quotation after it", head + "The Hale campaign called a Dunmore Times report which includes video of him at a 2008 event saying he had served \"at sea\" an \"outrageous distortion\" of his record.",
			"outrageous distortion", "Hale campaign", ""},
		{"shows a name", head + "The Times report shows Hale at a 2008 rally saying he had served \"at sea\" in the war.",
			"at sea", "Tom Hale", ""},
	})
}
