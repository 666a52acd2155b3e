package fact

import "testing"

// A count of what someone missed and a count of what they took part in
// are a part of a series and its complement: "missed three races" never
// conflicts with "rode in 11 races". Two counts of missed races still
// compare, and a verb of missing further back, or another verb's
// count, marks nothing.
func TestMissedCounts(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"Dara Quell missed three races after a fall in May.", "Quell rode in 11 races this year.", "", false},
		{"Quell sat out three races after a fall in May.", "Quell rode in 11 races this year.", "", false},
		{"Quell, despite missing all three races in June, won the cup.", "Quell rode in 11 races this year.", "", false},
		{"Quell missed three races after a fall in May.", "Quell skipped four races after a fall in May.", Conflict, true},
		{"Quell missed three races after a fall in May.", "Quell missed three races.", Shared, true},
		{"Quell rode in 14 races this year.", "Quell rode in 11 races this year.", Conflict, true},
		{"Quell missed the ferry and waited 40 minutes.", "Quell waited 90 minutes.", Conflict, true},
		{"Divers reached the missing 12 climbers at dawn.", "Divers reached 15 climbers at dawn.", Conflict, true},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		if st, ok := CompareMentions(a, b); st != tt.want || ok != tt.ok {
			t.Errorf("CompareMentions(%q [missed %v], %q [missed %v]) = %q, %v; want %q, %v", a.Text, a.Missed, b.Text, b.Missed, st, ok, tt.want, tt.ok)
		}
	}
}
