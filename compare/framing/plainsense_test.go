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
		{"The mayor dismissed that criticism.", []string{"dismissed"}},
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

// TestPlainWordsOfCrimeAndIllness: a killing and an illness are facts of a
// story, told in the words every outlet uses ("accused of murdering",
// "the 1971 slayings", "terminally ill", "suffers from kidney disease",
// "died of cancer"); their figures stay loaded ("a cancer that must be cut
// out", "what the country is suffering from", "ill will").
func TestPlainWordsOfCrimeAndIllness(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Ann Tarrow is accused of murdering two clerks at a Dunmore bakery.", nil},
		{"The 1971 slayings went unsolved for decades.", nil},
		{"The suspect is terminally ill, police said.", nil},
		{"The suspect suffers from kidney disease and lives in a hospice.", nil},
		{"Her brother died of cancer last year.", nil},
		{"The campaign against the port was a cancer on the council.", []string{"cancer"}},
		{"He asked what the country is suffering from.", []string{"suffering"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
