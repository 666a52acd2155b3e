package framing

import (
	"slices"
	"testing"
)

// TestPlainSenseOfRatedWords: words VADER rates for a judging sense are,
// beside the words of a court case, a job, a fire or a riot, the plain
// act: damages sought, a suit dismissed, laws broken, a fire that broke
// out, an aide fired, shots fired, a cause "to blame", the formula of no
// comment, traffic gridlock. Their judging senses stay.
func TestPlainSenseOfRatedWords(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The growers seek punitive damages from Harlow Mills.", nil},
		{"The verdict leaves Harlow Mills owing $4 million in damages.", nil},
		{"A pending suit against Harlow Mills that would be the largest in U.S. history may soon be dismissed.", nil},
		{"A judge dismissed the lawsuit on Monday.", nil},
		{"The inquiry will ask whether any state laws were broken.", nil},
		{"The fire broke out in the loft of the Quarry Lane depot at 9 p.m.", nil},
		{"Talks broke down on Thursday.", nil},
		{"Two aides who resigned or were fired in March have hired lawyers.", nil},
		{"The guard fired two shots into the air.", nil},
		{"Investigators suspect a faulty heater is to blame for the blaze.", nil},
		{"A spokeswoman for the Tarrow council declined to comment.", nil},
		{"The closures caused traffic gridlock in Eastmere for four days.", nil},
		// The judging senses stay.
		{"The mayor dismissed that criticism.", []string{"dismissed", "criticism"}},
		{"The leak damages his standing with the council.", []string{"damages"}},
		{"The councillor fired off a furious letter.", []string{"fired", "furious"}},
		{"The budget talks ended in gridlock.", []string{"gridlock"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
	for _, s := range []string{"Investigators suspect a faulty heater is to blame for the blaze."} {
		for _, m := range Markers(s) {
			if m.Kind == Attribution {
				t.Errorf("%q: %q is no verb of saying", s, m.Text)
			}
		}
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
