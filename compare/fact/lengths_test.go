package fact

import "testing"

// A length of time belongs to the person its sentence, or its clause with
// a subject of its own, names first:
// two people's lengths of service do not conflict, one person's do, and
// lengths that agree are one fact whoever is named first.
func TestLengthsCompareByHolder(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"Mara Quill, who had worked at the mill for 15 years, was fired.",
			"Dale Osgood, who has worked at the mill for 37 years, said he ran.", "", false},
		{"Osgood's been at the mill for 37 years and knew Mara Quill.",
			"Mara Quill was fired. Quill had worked at the mill for 15 years.", "", false},
		{"Mara Quill was fired. Quill has worked for Brantley Mills for about 15 years.",
			"Mara Quill, who had worked at the mill for 25 years, was fired.", Conflict, true},
		{"Mara Quill was fired. Quill has worked for Brantley Mills for about 15 years.",
			"She had worked at the mill for 15 years.", Compatible, true},
		{"Mara Quill, who had worked at the mill for 15 years, was fired.",
			"A spokesman for Brantley Mills said she had worked at the mill for 15 years.", Shared, true},
		{"It was Dale Osgood. Quill had worked at the mill for 15 years.",
			"She had worked at the mill for 17 years.", Conflict, true},
		// A clause with a subject of its own holds its length; one
		// without shares the sentence's.
		{"The Harlow Rovers hold Pell Vance for the next two years, so a trade is unlikely.",
			"The Rovers made the top bid, the Comets are out, and the Mariners have offered only seven years.", "", false},
		{"The Harlow Rovers hold Pell Vance for the next two years, so a trade is unlikely.",
			"So the Rovers have the top bid, and the M’s have reportedly offered only seven years.", "", false},
		{"The Rovers made the top bid; the Mariners offered seven years.",
			"The Rovers bid two years more than anyone.", "", false},
		{"Mara Quill was fired on Monday, and had worked at the mill for 15 years.",
			"Mara Quill, who had worked at the mill for 25 years, was fired.", Conflict, true},
		{"Mara Quill was fired on Monday, and had worked at the mill for 15 years.",
			"Dale Osgood, who has worked at the mill for 37 years, said he ran.", "", false},
	}
	for _, tt := range tests {
		a, b := firstLength(t, tt.a), firstLength(t, tt.b)
		got, ok := CompareMentions(a, b)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%q (by %q) vs %q (by %q): got %q %v, want %q %v", tt.a, a.By, tt.b, b.By, got, ok, tt.want, tt.ok)
		}
	}
}

func firstLength(t *testing.T, text string) Mention {
	t.Helper()
	qs, _ := Scan(text, monday)
	for _, m := range qs {
		if IsLength(m) {
			return m
		}
	}
	t.Fatalf("no length of time in %q", text)
	return Mention{}
}

// A range written with "to" is read whole, not as its end: a recommended
// "46 to 57 months" is a range that a sentence of "four years" falls in,
// and "from 46 to 57" is a change, read as two figures.
func TestToRanges(t *testing.T) {
	tests := []struct {
		text, mention, unit string
		low, high           float64
	}{
		{"Prosecutors asked for 46 to 57 months in prison.", "46 to 57 months", "month", 45.5, 57.5},
		{"They must take a 30- to 50-hour course first.", "30- to 50-hour", "hour", 29.5, 50.5},
		{"In all, 2 to 3 million people voted.", "2 to 3 million people", "person", 1.5e6, 3.5e6},
		{"The rate rose from 46 to 57 percent.", "57 percent", "%", 56.5, 57.5},
		{"The doors open at 10 to 11 p.m. nightly.", "11 p.m.", "clock", 81000, 84600},
	}
	for _, tt := range tests {
		m := findText(t, Quantities(tt.text, monday), tt.mention)
		if m.Unit != tt.unit || !near(m.Low, tt.low) || !near(m.High, tt.high) {
			t.Errorf("%q: %q is %s [%v, %v], want %s [%v, %v]", tt.text, m.Text, m.Unit, m.Low, m.High, tt.unit, tt.low, tt.high)
		}
	}
	a := findText(t, Quantities("Prosecutors asked for 46 to 57 months in prison.", monday), "46 to 57 months")
	b := findText(t, Quantities("He was given four years in prison.", monday), "four years")
	if st, ok := CompareMentions(a, b); !ok || st != Compatible {
		t.Errorf("46 to 57 months vs four years: got %q %v, want compatible", st, ok)
	}
}
