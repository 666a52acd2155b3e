package quote

import "testing"

// A quotation left unclosed before its cue (`"We have a long history,
// Ms. Lind said. "I am sure …"`) ends at the cue's comma and is the cue's
// speaker's; the quotation opened after the cue is another. A quotation
// nested in an open one after a sentence of its words stays nested.
func TestUnclosedQuoteEndsAtItsCue(t *testing.T) {
	lind := "Ada Lind, the ferry chief, spoke on Monday.\n\n"
	cases := []speakerCase{
		{"the name before the verb", lind + "“We have such a long history with the river, Ms. Lind said. “I am sure some will not like it, but others will be glad.”",
			"We have such a long history with the river", "Ada Lind", ""},
		{"the words after the cue", lind + "“We have such a long history with the river, Ms. Lind said. “I am sure some will not like it, but others will be glad.”",
			"I am sure some will not like it", "Ada Lind", ""},
		{"the verb before the name", lind + "“We have such a long history with the river, said Ms. Lind. “I am sure some will not like it.”",
			"We have such a long history with the river", "Ada Lind", ""},
	}
	checkSpeakers(t, cases)
	for _, c := range cases[:1] {
		q, _ := findQuote(Extract(c.text, pipelineSentences(c.text)), c.quote)
		if q.Text != c.quote {
			t.Errorf("words %q; want %q", q.Text, c.quote)
		}
	}
	nested := "“He told me, “Stop the boats.” I did not,” Lind said."
	if q, ok := findQuote(Extract(nested, pipelineSentences(nested)), "He told me"); !ok || q.Speaker != "Lind" {
		t.Errorf("nested quotation: %+v", q)
	}
}
