package quote

import "testing"

// A quotation that takes up its sentence from the verb on, after "who" or
// "and", is someone's words with no cue beside it; a short phrase so set
// stays a scare quote.
func TestPredicateQuote(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"after who", "\u201cThere is no fair way to try this,\u201d Orrin Dace said.\n\n" +
			"He pointed to a group of 300 clerks who \u201care said to be both the wrongdoers and the wronged.\u201d",
			"are said to be both the wrongdoers and the wronged.", "Orrin Dace", ""},
		{"after and", "The chapel burned on Friday.\n\n" +
			"Governor Ann Vale stopped by the chapel this morning and \u201ctold the pastor that she is sorry for the trouble it has had.\u201d",
			"told the pastor that she is sorry for the trouble it has had.", "Ann Vale", "Governor"},
	})
	text := "The chapel burned on Friday.\n\nThe pastor stayed home and \u201crested up.\u201d"
	if qs := Extract(text, pipelineSentences(text)); len(qs) != 0 {
		t.Errorf("a short phrase after and: got %q, want no quotation", qs[0].Text)
	}
}
