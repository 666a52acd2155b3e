package quote

import "testing"

// "Hale first told a story about Ross. And he then added" is Hale's:
// "first" between a subject and its cue verb keeps the subject the one who
// speaks, as "also" and "then" do, so the pronoun does not fall to the man
// the story was about.
func TestAdverbOfOrderBeforeCue(t *testing.T) {
	head := "Debate night\n\nRep. Tom Hale (R-Idaho), charging at Republican Bill Ross, spoke first.\n\n"
	added := " And he then added: “With respect to that quote, the words don't come out right.”"
	checkSpeakers(t, []speakerCase{
		{"first", head + "Hale first told a story about Ross." + added,
			"With respect to that quote, the words don't come out right.", "Tom Hale", ""},
		{"spoke", head + "Hale first spoke about Ross." + added,
			"With respect to that quote, the words don't come out right.", "Tom Hale", ""},
	})
}
