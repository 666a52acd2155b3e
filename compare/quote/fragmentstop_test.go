package quote

import "testing"

// Words that close their sentence inside the marks take no cue from the
// next sentence that does not touch them: in `to allow "seed-related
// conduct." They include … something Ostland says`, Ostland says something
// else. A cue opening the next sentence still speaks for them.
func TestFragmentClosedBySentence(t *testing.T) {
	text := "The Harbor Ministry said it lacks the staff to police all farms. It laid out eight priorities for states that want to allow “seed-related conduct.” They include keeping seeds in-state — something Ostland says Dunmore has failed to do."
	for _, q := range Extract(text, pipelineSentences(text)) {
		if q.Speaker == "Ostland" {
			t.Errorf("%q given to Ostland", q.Text)
		}
	}
	checkSpeakers(t, []speakerCase{
		{"a cue touching them", "The ministry wants to allow “seed-related conduct.” Ostland said so on Monday.",
			"seed-related conduct", "Ostland", ""},
	})
}
