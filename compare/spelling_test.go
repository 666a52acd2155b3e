package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/ingest"
)

// An American and a British outlet running one story, the same words in
// their own spelling and typography: no word diff changes a word, no group
// is framed differently (the same loaded word in either spelling), and the
// quotes are the same quotes, not altered ones.
func TestSpellingAndTypographyAreOneStory(t *testing.T) {
	us, err := ingest.Parse("us.txt", []byte("Council criticized over harbor closure\n\n"+
		"The city council was sharply criticized on Monday for closing the harbor to traffic for a week.\n\n"+
		"\"We prioritized safety above everything,\" Mayor Ann Lee said, and she apologized to the fishermen.\n\n"+
		"The defense program will be reviewed by an outside organization in the fall.\n"))
	if err != nil {
		t.Fatal(err)
	}
	uk, err := ingest.Parse("uk.txt", []byte("Council criticised over harbour closure\n\n"+
		"The city council was sharply criticised on Monday for closing the harbour to traffic for a week.\n\n"+
		"‘We prioritised safety above everything,’ Mayor Ann\u00a0Lee said, and she apologised to the fishermen.\n\n"+
		"The defence programme will be reviewed by an outside organisation in the fall.\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := Compare([]*ingest.Document{us, uk}, Options{})
	if len(r.Groups) < 3 {
		t.Fatalf("%d groups; the four sentences are one story", len(r.Groups))
	}
	for _, g := range r.Groups {
		for _, d := range g.Diff {
			if !allEqual(d.Ops) {
				t.Errorf("group %s shows an edit: %s", g.ID, DiffNotation(d.Ops, nil))
			}
		}
		if g.DivergentFraming {
			t.Errorf("group %s is framed differently: %v", g.ID, g.FramingDiffers)
		}
	}
	for _, q := range r.Quotes {
		for _, m := range q.Matches {
			if m.Relation != "identical" {
				t.Errorf("%q is %s", q.Text, m.Relation)
			}
		}
	}
	// The British spelling of a verb with a tone is as marked. Both
	// outlets write it, so in the report it is the story's word, no
	// outlet's framing (storyWords): the sentences are asked alone.
	us1 := framing.Markers("The mayor said she apologized to the fishermen.")
	uk1 := framing.Markers("The mayor said she apologised to the fishermen.")
	if len(uk1) < 2 || len(uk1) != len(us1) || uk1[1].Lemma != us1[1].Lemma || uk1[1].Tone != framing.ToneConcession {
		t.Errorf("apologized %v, apologised %v", us1, uk1)
	}
}
