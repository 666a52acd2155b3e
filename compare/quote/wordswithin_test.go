package quote

import "testing"

// A quotation no cue gives a speaker takes the speaker of a longer
// quotation of the same article that holds all its words: the lede's and
// the headline's teasers of words quoted whole further down. A scare
// quote of a word or two, and words that speakers who differ both hold,
// stay no one's.
func TestWordsWithinTakeTheSpeaker(t *testing.T) {
	story := "Democrat running for mayor mocks Vell as 'baker who never left'\n\n" +
		"Portland Rep. Ada Grange is under fire after a recording showed her mocking Sen. Tom Vell as “a baker who never left town” at a dinner.\n\n" +
		"Grange apologized on Tuesday.\n\n" +
		"“You might get a baker who never left town, never ran a business,” Grange told donors.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the lede's teaser", story, "a baker who never left town", "Ada Grange", ""},
		{"the headline's teaser", story, "baker who never left", "Ada Grange", ""},
		{"two speakers hold the words", story + "“A baker who never left town is what we need,” Vell said.",
			"a baker who never left town", "", ""},
	})
}

func TestWordsWithinLeaveAShortScareQuote(t *testing.T) {
	text := "“We need fare changes now,” said Tom Reed, the ferry chief.\n\nThe board met on Friday.\n\nThe plan brings “fare changes” for riders."
	for _, q := range Extract(text, pipelineSentences(text)) {
		if q.Text == "fare changes" && q.Speaker != "" {
			t.Errorf("a scare quote of two words is %q's", q.Speaker)
		}
	}
}
