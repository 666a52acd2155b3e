package framing

import (
	"slices"
	"testing"
)

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

// TestUndoingIsNoJudgement: the vectors put a verb beside the one it
// undoes ("subsided" by "erupt", "reinstating" by "quash",
// "reestablished" by "subvert"), and gave it the judging verb's tone;
// a calm returning or a rule restored judges nothing. The judging verbs
// keep their markers.
func TestUndoingIsNoJudgement(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The unrest in Harlow had subsided by Friday, police said.", nil},
		{"The Tarrow council voted on reinstating the ferry curfew.", nil},
		{"Quillby reestablished the harbour patrol in May.", nil},
		{"Fighting erupted again in Eastmere on Sunday.", []string{"erupted"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestAdamantIsNoPraise: "adamant" tells how firmly one holds out, a
// stance the writer may hold against its holder ("adamant opposition"),
// as "vehement" and "defiant" are; the vectors had put it beside
// "steadfast" and read it as praise.
func TestAdamantIsNoPraise(t *testing.T) {
	for _, s := range []string{
		"The Harlow councillors' adamant opposition to the toll stalled the bill.",
		"Ventry remained adamant on Sunday that the Quillby ferry would run.",
	} {
		for _, m := range Markers(s) {
			if m.Lemma == "adamant" && m.Tone == TonePositive {
				t.Errorf("%q: %q marked as praise", s, m.Text)
			}
		}
	}
}
