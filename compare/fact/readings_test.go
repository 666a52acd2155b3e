package fact

import (
	"slices"
	"testing"
	"time"
)

// TestAreaUnits: an area or a volume keeps its unit ("square metre",
// "square foot"), so that one building's floor in metres and another
// outlet's in feet are not a count of "square"s in conflict.
func TestAreaUnits(t *testing.T) {
	checkKinds(t, [][2]string{
		{"The 2,300-square-metre depot burned.", "count:2,300-square-metre/square metre"},
		{"The 25,000-square-foot depot burned.", "count:25,000-square-foot/square foot"},
		{"A 40-cubic-yard skip stood outside.", "count:40-cubic-yard/cubic yard"},
		{"A 40-minute delay followed.", "count:40-minute/minute"},
	})
	a, b := first(t, "The 2,300-square-metre depot burned."), first(t, "The 25,000-square-foot depot burned.")
	if st, ok := CompareMentions(a, b); ok && st == Conflict {
		t.Errorf("CompareMentions(%q, %q) = conflict; want no conflict", a.Text, b.Text)
	}
}

// TestHomeToPopulation: "home to 90,000 people" gives a place's size, not
// people a story counts as hurt or killed.
func TestHomeToPopulation(t *testing.T) {
	checkKinds(t, [][2]string{
		{"The storm hit Tarn island, home to 90,000 people, on Friday.", "count:90,000 people/person@home date:Friday"},
		{"The storm hurt 90 people on Tarn island.", "count:90 people/person"},
	})
}

// TestDimensionIsNoCount: a number joined to another by "×" or "x" is a
// size or a drive ("a 4×4 truck", "2x4 planks"), no count of the noun after.
func TestDimensionIsNoCount(t *testing.T) {
	checkKinds(t, [][2]string{
		{"Thieves rammed a 4×4 truck into the shop.", ""},
		{"He bought 2x4 planks.", ""},
		{"Thieves rammed two trucks into the shop.", "count:two trucks/truck"},
	})
}

// TestLastedBeforeIsLength: "lasted two hours before" says how long
// something lasted, no offset before an event; "two hours before the
// vote" is one.
func TestLastedBeforeIsLength(t *testing.T) {
	checkKinds(t, [][2]string{
		{"The siege lasted three hours before the man surrendered.", "count:three hours/hour"},
		{"Crews fought the blaze for nearly six hours before it died.", "count:nearly six hours/hour"},
		{"He called three hours before the vote.", "date:three hours before"},
	})
}

// TestMoneyRangeMultiplier: a range of sums that gives its multiplier
// once and repeats its currency sign ("between $140 and $150 million",
// "$140- $150 million", "$140 to $150 million") is one range mention in
// millions, as "$140 to 150 million" is; "$140 and $150 million" (no
// "between") are two sums.
func TestMoneyRangeMultiplier(t *testing.T) {
	tests := []struct {
		text   string
		want   []float64 // the sums' values
		lo, hi float64   // a range's ends, which its one mention must cover
	}{
		{"The Falcons offered between $140 and $150 million.", []float64{145e6}, 140e6, 150e6},
		{"The Falcons (seven years, $140- $150 million) bid too.", []float64{145e6}, 140e6, 150e6},
		{"The Falcons offered $140 to $150 million.", []float64{145e6}, 140e6, 150e6},
		{"The Falcons offered $140 to 150 million.", []float64{145e6}, 140e6, 150e6},
		{"Bids ran from $20 to $30 billion.", []float64{25e9}, 20e9, 30e9},
		{"Seats cost $5 to $10,000.", []float64{5002.5}, 5, 10000},
		{"He paid $140 and $150 million went to the fund.", []float64{140, 150e6}, 0, 0},
	}
	for _, tt := range tests {
		var got []float64
		var sums []Mention
		for _, m := range Quantities(tt.text, time.Time{}) {
			if m.Kind == "money" {
				got = append(got, m.Value)
				sums = append(sums, m)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sums %v; want %v", tt.text, got, tt.want)
			continue
		}
		if tt.hi > 0 && (sums[0].Low > tt.lo || sums[0].High < tt.hi) {
			t.Errorf("%q: range %g to %g; want it to cover %g to %g", tt.text, sums[0].Low, sums[0].High, tt.lo, tt.hi)
		}
	}
}

// TestWoundedAndDeadAreTwoFigures: a count of those shot or hurt and a
// count of those killed are two figures of one attack ("shot four
// clerks", "killed two clerks"); two counts of the dead still conflict,
// and a count of the wounded still agrees with the same count.
func TestWoundedAndDeadAreTwoFigures(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"The gunman shot four clerks at the depot.", "The gunman killed two clerks at the depot.", "", false},
		{"Police said 12 people were injured in the blast.", "The blast killed 3 people.", "", false},
		{"The gunman killed two clerks at the depot.", "The gunman shot and killed three clerks.", Conflict, true},
		{"Four people were hurt in the crash.", "The crash injured four people.", Shared, true},
		{"She is charged in the shooting deaths of two clerks.", "She killed two clerks.", Shared, true},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		if st, ok := CompareMentions(a, b); st != tt.want || ok != tt.ok {
			t.Errorf("CompareMentions(%q, %q) = %q, %v; want %q, %v", a.Text, b.Text, st, ok, tt.want, tt.ok)
		}
	}
}

// TestCountOfTwoNouns: "some 420 riders and crew" counts both and is a
// total that "246 riders" does not contradict; the same total still
// agrees, and a count joined to a verb ("killed 10 people and injured
// 80") or to another count stays a count of its noun alone.
func TestCountOfTwoNouns(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"The ferry evacuated some 420 riders and crew.", "The ferry carried 246 riders.", "", false},
		{"The ferry evacuated some 420 riders and crew.", "Some 420 riders and crew left the ferry.", Shared, true},
		{"The storm killed 10 people and injured 80.", "The storm killed 12 people.", Conflict, true},
		{"Pirates seized two boats and 22 fishermen.", "Pirates seized three boats.", Conflict, true},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		if st, ok := CompareMentions(a, b); st != tt.want || ok != tt.ok {
			t.Errorf("CompareMentions(%q, %q) = %q, %v; want %q, %v", a.Text, b.Text, st, ok, tt.want, tt.ok)
		}
	}
}

// TestBetweenAndIsARange: "between 30 and 40 years" is one range, as "30
// to 40 years" is, not a bare 30 beside a count of 40 years; without
// "between", "and" joins two figures.
func TestBetweenAndIsARange(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"The dunes took between 30 and 40 years to form.", []float64{35}},
		{"Between 60 and 100 marchers were held overnight.", []float64{80}},
		{"The dunes took 30 years and 40 years more to settle.", []float64{30, 40}},
	}
	for _, tt := range tests {
		var got []float64
		for _, m := range Quantities(tt.text, time.Time{}) {
			got = append(got, m.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: figures %v; want %v", tt.text, got, tt.want)
		}
	}
}
