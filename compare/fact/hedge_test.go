package fact

import "testing"

// "Shortly after", "just after" and "soon after" a time put it a little
// later, "shortly before" and "just before" a little earlier: "shortly
// after 6:40 p.m." agrees with "6:43 p.m." and still conflicts with a
// time well away from it, or on the wrong side.
func TestHedgesOfTime(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
	}{
		{"The alarm at the Kessel mill sounded shortly after 6:40 p.m.", "The alarm sounded at 6:43 p.m.", Compatible},
		{"The alarm sounded just after 6:40 p.m.", "The alarm sounded at 6:43 p.m.", Compatible},
		{"The alarm sounded soon after 6:40 p.m.", "The alarm sounded at 6:43 p.m.", Compatible},
		{"The alarm sounded shortly before 6:40 p.m.", "The alarm sounded at 6:37 p.m.", Compatible},
		{"The alarm sounded just before 6:40 p.m.", "The alarm sounded at 6:37 p.m.", Compatible},
		{"The alarm sounded shortly after 6:40 p.m.", "The alarm sounded at 6:37 p.m.", Conflict},
		{"The alarm sounded shortly after 6:40 p.m.", "The alarm sounded at 7:30 p.m.", Conflict},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		if st, _ := CompareMentions(a, b); st != tt.want {
			t.Errorf("CompareMentions(%q [hedge %q], %q) = %q; want %q", a.Text, a.Hedge, b.Text, st, tt.want)
		}
	}
}
