package framing

import (
	"slices"
	"testing"
)

// TestPoliticalPositionsArePlain: the names of places on the political
// spectrum that parties and voters give themselves ("liberal Democrats",
// "moderate voters", "a centrist group") judge nothing, though the vectors
// put them beside the loaded words for the spectrum's edges; the edges,
// and the loaded figures built on them ("the liberal media"), stay.
func TestPoliticalPositionsArePlain(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The levy drew criticism from liberal councillors in Harlow.", nil},
		{"Ventry spoke to moderate and independent voters in Tarrow.", nil},
		{"A centrist group in Quillby backed the ferry plan.", nil},
		{"Ventry was once more moderate on the harbour levy.", nil},
		{"The far-left faction in Eastmere spoke against the plan.", []string{"far-left"}},
		{"Ventry blamed the liberal media for the Harlow result.", []string{"liberal media"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestNegatedSeedProposesItsBase: the vectors put "realistic" beside the
// listed "unrealistic" and "proven" beside "unproven"; without the
// negating prefix the word judges the other way, as "unreliable" beside
// "reliable" does.
func TestNegatedSeedProposesItsBase(t *testing.T) {
	for _, c := range []struct{ sentence, word, tone string }{
		{"Ventry offered a more realistic plan for the Harlow ferry.", "realistic", TonePositive},
		{"The council wants a proven manager for the Quillby port.", "proven", TonePositive},
		{"Ventry called the Harlow plan unrealistic.", "unrealistic", ToneNegative},
	} {
		found := false
		for _, m := range Markers(c.sentence) {
			if m.Text == c.word && m.Kind == Loaded {
				found = true
				if m.Tone != c.tone {
					t.Errorf("%q in %q: tone %s, want %s", c.word, c.sentence, m.Tone, c.tone)
				}
			}
		}
		if !found {
			t.Errorf("%q in %q: not marked loaded", c.word, c.sentence)
		}
	}
}
