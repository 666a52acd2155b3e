package fact

import "testing"

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
