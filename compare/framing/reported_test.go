package framing

import (
	"slices"
	"testing"
)

// wantLoaded checks the loaded words of each sentence.
func wantLoaded(t *testing.T, cases []struct {
	sentence string
	want     []string
}) {
	t.Helper()
	for _, c := range cases {
		want := c.want
		if want == nil {
			want = []string{}
		}
		if got := loadedWords(c.sentence); !slices.Equal(got, want) {
			t.Errorf("loaded words of %q:\n got %q\nwant %q", c.sentence, got, want)
		}
	}
}

// TestNounOfAVerbOfSaying: the noun of a verb of saying names what was
// said ("that argument", "the complaints"), which VADER rates for a
// quarrel or a grievance (note10: "argument(s)" marked as the outlet's
// word). The verb's own forms keep their attribution, and a noun of
// judgement stays loaded.
func TestNounOfAVerbOfSaying(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"Harbour officials say that argument does not hold water.", nil},
		{"The port laid out its argument that the dredging was overdue.", nil},
		{"The arguments range from the cost of the pier to its height.", nil},
		{"Fishermen filed complaints with the harbour board in March.", nil},
		{"The mayor's tirade against the harbour board was a disaster.", []string{"tirade", "disaster"}},
	})
	runKind(t, Attribution, []kindCase{
		{"The harbour master argued that the pier was safe.", []string{"argued=argue/assertion"}},
		{"Fishermen complained about the delay.", []string{"complained=complain/emotive"}},
	})
}
