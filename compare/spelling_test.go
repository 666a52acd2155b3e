package compare

import (
	"testing"

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
	// The British spelling of a loaded word is as loaded.
	if len(markedAs(r, "apologised")) == 0 || len(markedAs(r, "apologised")) != len(markedAs(r, "apologized")) {
		t.Errorf("apologized %v, apologised %v", markedAs(r, "apologized"), markedAs(r, "apologised"))
	}
}
