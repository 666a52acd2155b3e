package fact

import "testing"

// TestTakingPartIsNotHarmed: a count of those who take part ("about 100
// youths hurled stones") and a count of those harmed ("100 people were
// injured") are two figures, however near, under one noun or two.
func TestTakingPartIsNotHarmed(t *testing.T) {
	acted := first(t, "About 100 youths hurled stones at the depot.")
	if acted.Fate != "acted" {
		t.Fatalf("%q: fate %q; want acted", acted.Text, acted.Fate)
	}
	hurt := first(t, "100 youths were injured.")
	if st, ok := CompareMentions(acted, hurt); ok {
		t.Errorf("%q against %q: %q; want not compared", acted.Text, hurt.Text, st)
	}
	people := first(t, "About 100 people have been injured.")
	if st, ok := CompareCounts(acted, people); ok {
		t.Errorf("%q against %q: %q; want not compared", acted.Text, people.Text, st)
	}
	joined := first(t, "More than 100 people joined a vigil.")
	if st, ok := CompareMentions(joined, people); ok {
		t.Errorf("%q against %q: %q; want not compared", joined.Text, people.Text, st)
	}
	// Those attacked were harmed, not taking part.
	if m := first(t, "Ten guards were attacked at the gate."); m.Fate == "acted" {
		t.Errorf("%q: fate acted", m.Text)
	}
	// Two counts of those taking part still agree.
	if st, ok := CompareMentions(first(t, "about 100 youths marched"), first(t, "100 youths rioted")); st != Compatible || !ok {
		t.Errorf("two counts of youths taking part: %q %v; want compatible", st, ok)
	}
}

// "fighting for their lives" tells of the gravely hurt, not of those taking
// part in a fight; a count that fights still takes part.
func TestFightingForLifeIsNoTakingPart(t *testing.T) {
	for _, text := range []string{
		"Two people fighting for their lives were flown to Harwell.",
		"Three crew battling for life were pulled from the hull.",
	} {
		if m := first(t, text); m.Fate == "acted" {
			t.Errorf("%q: fate acted; want not", m.Text)
		}
	}
	if m := first(t, "About 40 youths fought with guards at the depot."); m.Fate != "acted" {
		t.Errorf("%q: fate %q; want acted", m.Text, m.Fate)
	}
}
