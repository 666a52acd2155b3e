package framing

import "testing"

// TestSeedNegatedTakesOtherTone: the vectors propose a seed's antonym
// beside it ("unreliable" by "reliable"); the negating prefix turns the
// tone, where another seed's prefix-shaped neighbour keeps its own
// ("incredible" by "remarkable" is no negated "credible").
func TestSeedNegatedTakesOtherTone(t *testing.T) {
	for _, c := range []struct{ sentence, word, tone string }{
		{"Marrowfield Logistics calls the audit sloppy and unreliable.", "unreliable", ToneNegative},
		{"The Quillby crew were unskilled at night landings, the inspector wrote.", "unskilled", ToneNegative},
		{"The Quillby crew showed incredible patience on the ridge.", "incredible", TonePositive},
	} {
		var got *Marker
		for _, m := range Markers(c.sentence) {
			if m.Text == c.word {
				got = &m
			}
		}
		if got == nil {
			t.Errorf("%q: no marker on %q", c.sentence, c.word)
			continue
		}
		if got.Tone != c.tone {
			t.Errorf("%q: %q has tone %q, want %q", c.sentence, c.word, got.Tone, c.tone)
		}
	}
}
