package fact

import (
	"testing"
	"time"
)

// A number that is part of a name or a date is no figure.
func TestNumberOfName(t *testing.T) {
	checkKinds(t, [][2]string{
		{"Lawmakers passed post-Sept. 11 laws on ports.", ""},
		{"She is the No. 2 Republican in the Assembly.", ""},
		{"They cited the Title 9 cases and the Route 66 signs.", ""},
		{"He flew the Orion 7 mission.", ""},
		{"It is the Fortune 500 companies that pay.", ""},
		// A name as the object of a verb, a first word, a decimal: figures.
		{"The act gives Parliament 60 days.", "count:60 days/day"},
		{"Overall 12 marchers were hurt.", "count:12 marchers/marcher"},
		{"The Hawks 102, the Owls 99.", "number:102/ number:99/"},
		{"Averages were Okafor 14.9 points.", "count:14.9 points/point"},
		// A headline in title case capitalises every word.
		{"Crowd Riots After Teen Shot 11 Times By Guards", "number:11/"},
	})
}

// TestLawNumbers: a number after a word that numbers bills, ballot measures
// or amendments is part of the law's name, never a year or a count, even
// in four digits, after a verb or at a sentence's start.
func TestLawNumbers(t *testing.T) {
	checkKinds(t, [][2]string{
		{"The governor vetoed Senate Bill 1174 on Friday.", "date:Friday"},
		{"Marchers filled the plaza to protest SB 1290.", ""},
		{"Lawmakers passed House Bill 2357 in a late vote.", ""},
		{"The chamber approved H.R. 4127 without debate.", ""},
		{"Voters rejected Proposition 17 by a wide margin.", ""},
		{"Proposition 17 banned the tolls.", ""},
		{"The Prop. 17 campaign spent freely.", ""},
		{"Ranchers had opposed Amendment 58, which capped water use.", ""},
		{"Backers of Measure 41 rallied in Millbrook.", ""},
	})
}

// "The 12000 block of East Pine Street" places a shooting on a street
// ("the 1900 block" too, no year); a decade written in words dates; neither counts blocks or fifties. Blocks
// counted, and a century's number before a plural noun, stay counts.
func TestAddressBlockAndWordDecade(t *testing.T) {
	checkKinds(t, [][2]string{
		{"He was shot outside a home in the 12000 block of East 231st Street.", ""},
		{"The fire began in the 3400 block of Marsh Lane.", ""},
		{"Police closed the 1900 block of Elm Street.", ""}, // no year 1900
		{"The Dunmore mill opened in 1900.", "date:1900"},
		{"The fire spread about 10 blocks of Marsh Lane.", "count:about 10 blocks/block"},
		{"Her photographs filled the magazines of the nineteen fifties.", "date:nineteen fifties"},
		{"The mill thrived in the eighteen nineties.", "date:eighteen nineties"},
		{"Nineteen marchers were hurt.", "count:Nineteen marchers/marcher"},
	})
	a := first(t, "Her photographs filled the magazines of the nineteen fifties.")
	if a.Kind != "date" || a.Low != unixDay(time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)) ||
		a.High != unixDay(time.Date(1959, 12, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("nineteen fifties: %s [%v, %v]; want the days of 1950-1959", a.Kind, a.Low, a.High)
	}
}
