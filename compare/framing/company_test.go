package framing

import (
	"slices"
	"testing"
)

// TestAdjectiveByItsCompany: a word WordNet lists only as a noun
// ("downbeat", the music's beat) but which the vectors put among
// adjectives ("upbeat", "gloomy", "pessimistic") is read as the adjective
// it is in news copy (adjectiveCompany, in the neighbours' generator).
func TestAdjectiveByItsCompany(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Harlow gave a surprisingly downbeat account of the levy's chances.", []string{"downbeat"}},
		{"The Tarrow board was downbeat about the harbour.", []string{"downbeat"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
