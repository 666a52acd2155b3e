package quote

import "testing"

// A term in quotation marks between a preposition and "grounds" or
// "reasons" (`on "religious freedom" grounds`) is the writer marking a
// label, not a quotation of the person the sentence is about.
func TestGroundsTermIsNoQuote(t *testing.T) {
	for _, text := range []string{
		"Ferry bill vetoed\n\nHarbour Gov. Ann Lee announced her decision to veto a bill on Wednesday that would have allowed ferry firms to refuse service to anyone on \"harbour safety\" grounds, in effect letting them turn away tourists.",
		"Ferry bill vetoed\n\nGov. Ann Lee closed the pier for \"public order\" reasons, her office said.",
	} {
		if qs := Extract(text, pipelineSentences(text)); len(qs) > 0 {
			t.Errorf("%q: quote %q (speaker %q), want none", text, qs[0].Text, qs[0].Speaker)
		}
	}
	text := "Ferry bill vetoed\n\nGov. Ann Lee said she vetoed it on \"harbour safety grounds.\""
	if q, ok := findQuote(Extract(text, pipelineSentences(text)), "harbour safety grounds."); !ok || q.Speaker != "Ann Lee" {
		t.Errorf("the grounds she gave in her words: %+v", q)
	}
}
