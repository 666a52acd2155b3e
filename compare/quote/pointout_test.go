package quote

import "testing"

// "point out" is a cue in every form ("as Mr. Hale pointed out", "Hale
// points out that"); "pointed to" is none.
func TestPointOutIsACue(t *testing.T) {
	head := "Farm bill\n\nSen. Tom Hale spoke first.\n\n"
	checkSpeakers(t, []speakerCase{
		{"as X pointed out", head + "But, as Mr. Hale pointed out, \"the committees determine the details\" in separate bills.",
			"the committees determine the details", "Tom Hale", ""},
		{"after the words", head + "\"The committees determine the details,\" Hale pointed out.",
			"The committees determine the details", "Tom Hale", ""},
	})
	text := head + "Hale pointed to a \"dangerous gap\" in the rules."
	for _, q := range Extract(text, pipelineSentences(text)) {
		if q.Speaker != "" {
			t.Errorf("pointed to: %q given to %q", q.Text, q.Speaker)
		}
	}
}
