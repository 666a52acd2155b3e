package quote

import "testing"

// People known by a plural description speak as that description
// ("Union leaders said", "Other union leaders have called", "The
// protesters chanted"); a plural noun that is an object ("an e-mail to
// union members saying") is not the speaker.
func TestPluralDescribedSpeakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"leaders said", "Strikes in Dunmore\n\nUnion leaders said the cuts were \"savage hits\".",
			"savage hits", "union leaders", ""},
		{"other leaders have called", "Strikes in Dunmore\n\nOther union leaders have called the cuts \"savage blows\".",
			"savage blows", "other union leaders", ""},
		{"protesters chanted", "Strikes in Dunmore\n\nThe protesters chanted \"thieves out\" outside the hall.",
			"thieves out", "protesters", ""},
	})
}

func TestPluralObjectIsNoSpeaker(t *testing.T) {
	text := "Strikes in Dunmore\n\nMayor Tom Hale spoke on Friday.\n\nHe sent an e-mail to DPU members saying he hoped it would \"clear up any confusion\" caused by his remarks."
	q, ok := findQuote(Extract(text, pipelineSentences(text)), "clear up any confusion")
	if ok && q.Speaker == "DPU members" {
		t.Errorf("the e-mail's addressees speak: %+v", q)
	}
}

// A bare plural after "but" is a class of people, not a source: "but
// critics question how "clean" a terminal … can be" quotes no one.
func TestBarePluralIsNoSource(t *testing.T) {
	text := "Port plan\n\nThe terminal is meant to anchor the plan to cut emissions, but critics question how \"clean\" a terminal built for ever-larger ships can be."
	if q, ok := findQuote(Extract(text, pipelineSentences(text)), "clean"); ok && q.Speaker != "" {
		t.Errorf("a scare quote given a speaker: %+v", q)
	}
}
