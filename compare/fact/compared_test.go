package fact

import "testing"

// A count that measures a gap or picks out part of a series is no total:
// "five rounds sooner" against "11 rounds", "the first two games" against
// "three games", are not compared; two gaps, and plain counts, still are.
func TestComparedCounts(t *testing.T) {
	tests := []struct {
		a, b string
		ok   bool
	}{
		{"Voss ended the bout five rounds sooner than in their first fight.", "Voss fought 11 rounds.", false},
		{"The Herons sit two games in the loss column behind the Owls.", "The Herons lost three games.", false},
		{"The Herons took the first two games from the Owls.", "The Herons lost three games.", false},
		{"The Herons sit two games behind the Owls.", "The Herons sit three games behind the Owls.", true},
		{"The Herons lost two games.", "The Herons lost three games.", true},
		{"Voss ended the bout five rounds sooner than in their first fight.", "Voss could not fight more than five rounds.", false},
		{"The Herons stumbled in their last 10 games.", "The Herons were poor in their last 10 games.", true},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		if st, ok := CompareMentions(a, b); ok != tt.ok {
			t.Errorf("CompareMentions(%q, %q) = %q, %v; want compared %v", a.Text, b.Text, st, ok, tt.ok)
		}
	}
}

// "behind", "ahead" and "than" make a gap only where they read as one:
// "left three children behind" and "thirty people other than the
// gunman" are plain counts; a gap in the standings, "ahead of", and
// "than" after a comparative are gaps.
func TestComparedNeedsAGapReading(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The ferryman left three children behind when he sailed.", ""},
		{"She will leave two dogs behind in Marlow.", ""},
		{"Thirty people other than the gunman were inside the mill.", ""},
		{"The Herons sit two games behind the Owls.", "behind"},
		{"Voss finished three lengths ahead of the field.", "ahead"},
		{"The Owls are four points ahead in the table.", "ahead"},
		{"The Owls won two games fewer than the Herons.", "than"},
		{"The march drew 300 more people than last year.", "than"},
	}
	for _, tt := range tests {
		if m := first(t, tt.text); m.Compared != tt.want {
			t.Errorf("%q: Compared = %q; want %q", tt.text, m.Compared, tt.want)
		}
	}
}

// TestStretchBehindAndAhead: "his last two games" are the two he played
// most recently, "the final two games" the two left in the season: two
// stretches, never compared. "The last two games" may be either.
func TestStretchBehindAndAhead(t *testing.T) {
	count := func(s string) Mention {
		for _, m := range Quantities(s, monday) {
			if m.Unit == "game" {
				return m
			}
		}
		t.Fatalf("%q: no count of games", s)
		return Mention{}
	}
	behind := count("Voss has 189 yards in his last two games.")
	ahead := count("Voss will sit out the final two games.")
	left := count("Reyes could start in his two remaining games.")
	either := count("Voss will miss the last two games of the season.")
	for _, tt := range []struct {
		a, b Mention
		want Status
	}{{behind, ahead, ""}, {behind, left, ""}, {ahead, left, Shared}, {either, ahead, Shared}, {either, behind, Shared}} {
		if st, _ := CompareMentions(tt.a, tt.b); st != tt.want {
			t.Errorf("%q (%s) against %q (%s): %q, want %q", tt.a.Text, tt.a.Compared, tt.b.Text, tt.b.Compared, st, tt.want)
		}
	}
}
