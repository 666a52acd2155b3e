package framing

import "testing"

// TestApologyConcedes: an apology gives ground as an admission does, so
// "apologized" and "sorry" said of oneself are concession verbs, where the
// vectors had put "apologize" beside "offend" as a negative loaded verb
// and "sorry" beside "awful". Before its noun "sorry" judges ("a sorry
// excuse"), and is no concession.
func TestApologyConcedes(t *testing.T) {
	for _, c := range []struct {
		sentence, word string
		concedes       bool
	}{
		{"Councillor Ventry apologized for his remarks about Tarrow on Monday.", "apologized", true},
		{"The Quillby mayor apologises to the families.", "apologises", true},
		{"Ventry said he is deeply sorry for the delay.", "sorry", true},
		{"The Harlow treasurer said: \"I'm sorry for the delay to the ferry.\"", "sorry", true},
		{"It was a sorry excuse for a budget, the Eastmere council found.", "sorry", false},
		{"\"I feel sorry for the young,\" said a Tarrow nurse.", "sorry", false},
	} {
		got := false
		for _, m := range Markers(c.sentence) {
			if m.Text == c.word {
				got = m.Kind == Attribution && m.Tone == ToneConcession
				if !got && m.Kind == Loaded && m.Tone == ToneNegative && c.concedes {
					t.Errorf("%q in %q: still a negative loaded word", c.word, c.sentence)
				}
			}
		}
		if got != c.concedes {
			t.Errorf("%q in %q: concession %v, want %v", c.word, c.sentence, got, c.concedes)
		}
	}
}
