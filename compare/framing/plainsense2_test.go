package framing

import (
	"slices"
	"testing"
)

// TestPlainSensesOfThreatAndClaim: "threat" as a danger to a thing, a
// sporting "victory" claimed (won), and "claimed" with a counted object
// (the storm took them) judge and doubt nothing; the menace, the claim
// of an election and a claim of speech stay.
func TestPlainSensesOfThreatAndClaim(t *testing.T) {
	marked := func(s string) []string {
		out := []string{}
		for _, m := range Markers(s) {
			if m.Kind == Loaded || m.Kind == Attribution {
				out = append(out, m.Text)
			}
		}
		return out
	}
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Rising water is a threat to the levee at Harlow.", nil},
		{"Engineers called the silt a threat to their pumps.", nil},
		{"Tarrow Rovers claimed victory in the regional final on Sunday.", nil},
		{"Harlow claimed victory over Eastmere with a late goal.", nil},
		{"The storm claimed two trawlers and a ferry off Eastmere.", nil},
		// The judging and doubting senses stay.
		{"The council's threat to close the harbour angered traders.", []string{"threat", "angered"}},
		{"The governor claimed victory in the election before the count ended.", []string{"claimed"}},
		{"The mayor claimed two aides had leaked the report.", []string{"claimed"}},
	} {
		if got := marked(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: marked %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestNamesInRunningText: a sentence of running text whose capitals
// outnumber its lower-case words ("Sens. Kit Bond and Jim Talent") is no
// title-case headline: it ends with a full stop, and its capitals are
// names, "Talent" no word of praise.
func TestNamesInRunningText(t *testing.T) {
	for _, s := range []string{
		"Backing came from Sens. Kit Bond and Jim Talent.",
		"Support From Rep. Jim Talent And Sen. Kit Bond.",
	} {
		if got := loadedWords(s); len(got) > 0 {
			t.Errorf("%q: loaded %q, want none", s, got)
		}
	}
	// A headline keeps its capitals as no names.
	if got := loadedWords("Mayor Slams Critics Over Budget Disaster"); !slices.Contains(got, "Disaster") {
		t.Errorf("headline: loaded %q, want Disaster among them", got)
	}
}
