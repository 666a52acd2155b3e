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
		{"The Harlow treasurer said she was sorry to hear of his death.", "sorry", false},
		{"\"We are so sorry for your loss,\" the Quillby mayor told the family.", "sorry", false},
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

// TestForetoldRegretConcedesNothing: "sorry" after a future or a
// conditional "be" tells of a regret to come, a warning ("You'll be
// sorry") or a wish, and concedes nothing; said of the present or the
// past it is an apology.
func TestForetoldRegretConcedesNothing(t *testing.T) {
	for _, c := range []struct {
		sentence string
		concedes bool
	}{
		{"The caller told the Harlow clerk: 'You'll be sorry.'", false},
		{"\"They will be sorry they crossed the Quillby dockers,\" the note read.", false},
		{"Ventry said he would be sorry to see the Tarrow ferry go.", false},
		{"The Eastmere driver said: \"I'm sorry for the crash.\"", true},
		{"Ventry said he was sorry for the delay.", true},
	} {
		got := false
		for _, m := range Markers(c.sentence) {
			if m.Lemma == "sorry" && m.Kind == Attribution && m.Tone == ToneConcession {
				got = true
			}
		}
		if got != c.concedes {
			t.Errorf("%q: concession %v, want %v", c.sentence, got, c.concedes)
		}
	}
}

// TestPleaInCourtIsNoEntreaty: "pleaded guilty", "pleaded not guilty"
// and "pleading the Fifth" name a plea entered in court, a fact of the
// case; the emotive "pleaded" of an entreaty stays.
func TestPleaInCourtIsNoEntreaty(t *testing.T) {
	for _, c := range []struct {
		sentence string
		emotive  bool
	}{
		{"The Harlow treasurer pleaded guilty in May to a fraud charge.", false},
		{"Ventry pleaded not guilty to three counts of theft.", false},
		{"Since she will be pleading the Fifth, the Quillby clerk asked to be excused.", false},
		{"Bystanders pleaded with the Tarrow driver to stop.", true},
	} {
		got := false
		for _, m := range Markers(c.sentence) {
			got = got || m.Kind == Attribution && m.Tone == ToneEmotive
			if m.Kind == Negation && !c.emotive {
				t.Errorf("%q: %q marked a negation inside the plea", c.sentence, m.Text)
			}
		}
		if got != c.emotive {
			t.Errorf("%q: emotive %v, want %v", c.sentence, got, c.emotive)
		}
	}
}
