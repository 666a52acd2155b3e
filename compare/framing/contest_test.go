package framing

import (
	"slices"
	"testing"
)

// TestContestResultIsAFact: the result of an election or a vote is the
// story's fact, named in the plain word every outlet uses ("defeated",
// "his defeat"); the words that judge it ("crushing", "humiliating") keep
// their markers.
func TestContestResultIsAFact(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Ventry defeated the Harlow mayor in the primary on Tuesday.", nil},
		{"The Quillby ferry bill is almost certain to be defeated.", nil},
		{"His defeat will be felt in Tarrow.", nil},
		{"It was a humiliating defeat for the Eastmere council.", []string{"humiliating"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
