package quote

import "testing"

// A "she" opening the clause a cue reports is the one who reports it
// (`the governor said she apologizes`), unless that one is of the other
// sex (then "she" stays unresolved here: the chapel's owner is named only
// as a possessive), a pronoun of its own, or many (police).
func TestPronounAfterCueIsTheReporter(t *testing.T) {
	lead := "Ann Vale's chapel in Dunmore burned this weekend.\n\nNo one was hurt.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a role reports", lead + "On Saturday, the governor said she apologizes if the fire was in any way connected to \u201cundeserved negative attention\u201d brought on by her failed bid.",
			"undeserved negative attention", "the governor", ""},
		{"a role of the other sex", lead + "On Saturday, Mr. Orrin Dace said she apologizes if the fire was in any way connected to \u201cundeserved negative attention\u201d brought on by her failed bid.",
			"undeserved negative attention", "", ""},
	})
}
