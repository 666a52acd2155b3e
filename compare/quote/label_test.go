package quote

import "testing"

// A quotation standing before a plural noun as the kind of remarks it
// names is the writer's summing up, nobody's words; a quoted adjective
// before a noun, and words a cue gives someone, stay theirs.
func TestQuotedLabelBeforeANounIsNoQuote(t *testing.T) {
	text := "Mayor Ilse Ostrand's statement on Tuesday that she would not chair the debate seemed certain to open the door to another round of “I just might …” threats from the mayor.\n\n" +
		"Clearly, I expect a flurry of \"now the council has to answer\" comments.\n\n" +
		"She later posted an apology for her \"deeply hurtful\" words.\n\n" +
		"\"I just might run again,\" Ostrand said."
	got := map[string]string{}
	for _, q := range Extract(text, nil) {
		got[q.Text] = q.Speaker
	}
	for _, no := range []string{"I just might …", "now the council has to answer"} {
		if s := got[no]; s != "" {
			t.Errorf("%q is given to %q: the writer's label", no, s)
		}
	}
	for _, yes := range []string{"deeply hurtful", "I just might run again"} {
		if _, ok := got[yes]; !ok {
			t.Errorf("%q is not kept: %v", yes, got)
		}
	}
}

// A length of time after a quotation dates the words; it names no kind of
// remarks, and the speaker stays (review-r22: "hours after the vote").
func TestQuotationBeforeATimeKeepsItsSpeaker(t *testing.T) {
	text := `Senator Ann Smith accused Jones of "playing politics with people's lives" hours after the vote.`
	qs := Extract(text, nil)
	if len(qs) != 1 || qs[0].Speaker != "Ann Smith" {
		t.Errorf("Extract = %+v; want one quote by Ann Smith", qs)
	}
}
