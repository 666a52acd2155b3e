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
