package framing

import (
	"slices"
	"testing"
)

// TestGroupNounIsNoJudgement: "the poor", "the needy", "the rich" name a
// class of people (WordNet's noun.group senses), the subject of a budget
// story, not the writer's judgement; before its noun the adjective may
// judge ("a poor response") and stays loaded.
func TestGroupNounIsNoJudgement(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The Tarrow budget cuts programs for the poor.", nil},
		{"Ventry spoke of mobility among the poor and middle-class families in Harlow.", nil},
		{"The urban poor, the elderly and the needy lost the Quillby ferry subsidy.", nil},
		{"The poor who live in Eastmere pay the toll.", nil},
		{"Ventry called it a poor response to the flood.", []string{"poor"}},
		{"The poor response of the Harlow council was noted.", []string{"poor"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
