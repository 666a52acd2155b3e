package fact

import "testing"

// A count told per something is a rate: it never conflicts with a total
// ("averaging 4.1 metres per jump" against "jumped 310 metres in all")
// nor with a rate per another thing; it still agrees with the same figure
// told plainly, and two totals still conflict.
func TestRateIsNoTotal(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"Orla Finch closed the meet averaging 4.1 metres per jump.", "Finch covered 310 metres over the meet.", "", false},
		{"The ferry carried 90 crates a trip all winter.", "The ferry carried 1,400 crates this winter.", "", false},
		{"Finch averaged 4.1 metres at the meet.", "Finch covered 310 metres over the meet.", "", false},
		{"The Vell twins scored 12 goals apiece.", "The Vell twins scored 30 goals.", "", false},
		{"The ferry carried 90 crates a trip all winter.", "The ferry carried 60 crates a day all winter.", "", false},
		{"Finch averaged 4.1 metres a jump.", "Finch cleared 4.1 metres per jump.", Shared, true},
		{"Finch covered 310 metres over the meet.", "Finch covered 250 metres over the meet.", Conflict, true},
		{"The ferry carried 90 crates a year ago.", "The ferry carried 60 crates on Tuesday.", Conflict, true},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		if st, ok := CompareMentions(a, b); st != tt.want || ok != tt.ok {
			t.Errorf("CompareMentions(%q [rate %q], %q [rate %q]) = %q, %v; want %q, %v", a.Text, a.Rate, b.Text, b.Rate, st, ok, tt.want, tt.ok)
		}
	}
}
