package quote

import "testing"

// "replied with a single word: "Yup."": the count of the words said is
// part of the cue, which stays next to the quotation, so a one-word reply
// in capitals is someone's words, not a name in quotation marks.
func TestCueWithASingleWord(t *testing.T) {
	head := "Port deal signed\n\nDana Hale, the harbour master, met the board on Friday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a single word", head + "Asked by an aide whether the deal was final, Ms. Hale replied with a single word: “Yup.”",
			"Yup.", "Dana Hale", ""},
		{"one word", head + "Ms. Hale answered in one word: “Never.”", "Never.", "Dana Hale", ""},
		{"two words", head + "Ms. Hale replied with just two words: “Not yet.”", "Not yet.", "Dana Hale", ""},
	})
	text := head + "Ms. Hale replied with a single word: “Yup.”"
	if q, _ := findQuote(Extract(text, pipelineSentences(text)), "Yup."); q.Cue != "replied with a single word" {
		t.Errorf("cue %q; want %q", q.Cue, "replied with a single word")
	}
}
