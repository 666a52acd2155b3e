package quote

import "testing"

// A headline's quotation in title case beside a work noun or a maker's
// ("'The Salt Road' Sequel", "Sequel 'Harbour Lights'", "'Salt Road'
// Director Ann Lee") is a title, no quote; a cue verb before the noun
// keeps the words quoted ("Calls Courier Report 'Outrageous Distortion'").
func TestHeadlineWorkTitles(t *testing.T) {
	for _, text := range []string{
		"Lee in talks to direct 'The Salt Road' sequel 'Harbour Lights'\n\nApril 4, 2012\n\nAnn Lee is in talks with the studio.",
		"'Salt Road' Director Ann Lee in Tough Talks for Sequel\n\nAnn Lee is in talks with the studio.",
		"ANN LEE WON'T DIRECT 'THE SALT ROAD' SEQUEL\n\nAnn Lee is in talks with the studio.",
	} {
		if qs := Extract(text, pipelineSentences(text)); len(qs) > 0 {
			t.Errorf("%q: quotes %q, want none", text, qs[0].Text)
		}
	}
	checkSpeakers(t, []speakerCase{
		{"a cue verb before the noun", "Hale Calls Courier Report 'Outrageous Distortion'\n\nTom Hale called the report \"an outrageous distortion.\"",
			"Outrageous Distortion", "Tom Hale", ""},
	})
}
