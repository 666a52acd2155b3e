package fact

import "testing"

// first returns the first quantity in text, failing when there is none.
func first(t *testing.T, text string) Mention {
	t.Helper()
	ms := Quantities(text, monday)
	if len(ms) == 0 {
		t.Fatalf("no quantity in %q", text)
	}
	return ms[0]
}

func TestCompareMentions(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"rose 0.9 per cent", "up about 1%", Compatible, true},
		{"1 million new jobs", "1 million American jobs", Shared, true},
		{"1,200 workers", "2,100 workers", Conflict, true},
		{"1,200 workers", "1,200 workers", Shared, true},
		{"1,200 workers", "about 1,200 workers", Compatible, true},
		{"about 1,200 workers", "around 1,200 workers", Shared, true}, // the same sort of hedge
		{"1 million", "one million", Shared, true},
		{"1 million", "1,000,000", Shared, true},
		{"$15 billion", "15 billion dollars", Shared, true},
		{"$15 billion", "$16 billion", Conflict, true},
		{"$15 billion", "€15 billion", Conflict, true}, // the same sum in another currency
		{"£1.2bn", "$1.2bn", Conflict, true},
		{"£1.2bn", "$1.5bn", "", false}, // maybe the sum converted
		{"the 40-minute meeting", "the hour-long meeting", Conflict, true},
		{"the 40-minute meeting", "the two-hour meeting", Conflict, true},
		{"the 90-minute meeting", "the two-hour meeting", Conflict, true},
		{"the 100-minute meeting", "the two-hour meeting", Compatible, true},
		{"the hour-long meeting", "the 55-minute meeting", Compatible, true},
		{"jailed for two years", "jailed for 24 months", Compatible, true},
		{"a week-long strike", "a three-day strike", Conflict, true},
		{"a 60-year-old man", "60 minutes", "", false}, // an age is no length
		{"0.9 per cent", "0.9 percentage points", "", false},
		{"3%", "3 jobs", "", false},
		{"3 jobs", "3 brands", "", false},
		{"3 jobs", "3", "", false},
		{"more than 100 people", "fewer than 100 people", Conflict, true}, // the bounds touch but exclude 100
		{"at least 100 people", "up to 100 people", Compatible, true},     // both include 100
		{"nearly 100 people", "more than 100 people", Conflict, true},
		{"nearly 2,000 workers", "1,900 workers", Compatible, true},
		{"up to 50,000 jobs", "60,000 jobs", Conflict, true},
		{"at 2:37 p.m.", "by mid-afternoon", Compatible, true},
		{"at 2:37 p.m.", "at 10 a.m.", Conflict, true},
		// A part of the day has no sharp edges: a neighbouring part, or a
		// clock time within two hours of it, is not compared; a clock
		// time inside it agrees; parts far apart still conflict.
		{"that afternoon", "that evening", "", false},
		{"in the evening", "at 5 p.m.", "", false},
		{"in the morning", "at 3 p.m.", Conflict, true},
		{"in the morning", "at 11 p.m.", Conflict, true},
		{"in the morning", "in the evening", Conflict, true},
		{"in the morning", "at midday", Compatible, true},
		{"in the morning", "at 1:30 p.m.", "", false},
		{"in the evening", "at 11 p.m.", "", false},
		{"in the evening", "at midnight", "", false},
		{"in the afternoon", "at 9 a.m.", Conflict, true},
		{"in the morning", "by mid-morning", Compatible, true},
		{"in the evening", "at 8 p.m.", Compatible, true},
		{"in 2014", "in 2014", Shared, true},
		{"in 2014", "last year", Conflict, true},
		{"Last year", "in 2016", Shared, true},
		{"Monday", "Jan. 9", Shared, true},
		{"less than three weeks after", "a few weeks after", Compatible, true},
		{"two days before", "two days after", Conflict, true},
		{"about half of the revenue", "48% of the revenue", Compatible, true},
		{"about half of the revenue", "60% of the revenue", Conflict, true},
		// Others beside some told before are a part, not the total; two
		// parts told two ways still conflict.
		{"three other automatic rifles", "Nine assault rifles", "", false},
		{"two more ships were seized", "five ships were seized", "", false},
		{"two other rifles", "three other rifles", Conflict, true},
		{"three other rifles", "three rifles", Shared, true},
		// A place's size is not a count of those the story counts.
		{"a town of about 15,000 people", "612 people", "", false},
		{"about 15,000 people fled", "612 people", Conflict, true},
		// One unit of measure spelt two ways.
		{"about 150 metres", "150 meters", Compatible, true},
		{"150 metres", "200 meters", Conflict, true},
		{"speeds up to 120 miles per hour", "speeds of 120 mph", Compatible, true},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		got, ok := CompareMentions(a, b)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CompareMentions(%q, %q) = %q, %v; want %q, %v", a.Text, b.Text, got, ok, tt.want, tt.ok)
		}
		if rgot, rok := CompareMentions(b, a); rgot != got || rok != ok {
			t.Errorf("CompareMentions is not symmetric for %q, %q", a.Text, b.Text)
		}
	}
}

func TestCompareNames(t *testing.T) {
	ma, jack := Mention{Text: "Ma", Kind: "person"}, Mention{Text: "Jack Ma", Kind: "person"}
	if got, ok := CompareMentions(ma, jack); got != Shared || !ok {
		t.Errorf("CompareMentions(Ma, Jack Ma) = %q, %v; want shared", got, ok)
	}
	if _, ok := CompareMentions(jack, Mention{Text: "Donald Trump", Kind: "person"}); ok {
		t.Error("different people compared; want not comparable")
	}
	if _, ok := CompareMentions(jack, first(t, "$5")); ok {
		t.Error("a name compared with money")
	}
}

func TestSameName(t *testing.T) {
	m := func(text, kind string) Mention { return Mention{Text: text, Kind: kind} }
	tests := []struct {
		a, b Mention
		want bool
	}{
		{m("Ma", ""), m("Jack Ma", ""), true},
		{m("Jack Ma", "person"), m("Ma", "person"), true},
		{m("Alibaba Group", "org"), m("Alibaba", ""), true},
		{m("Alibaba's", ""), m("Alibaba Group", "org"), true},
		{m("USTR", ""), m("Office of the U.S. Trade Representative", "org"), true},
		{m("President-elect Donald Trump", "person"), m("Trump", ""), true},
		{m("President-elect Donald Trump", ""), m("Donald Trump", ""), true},
		{m("U.S.", "place"), m("US", "place"), true},
		{m("FBI", ""), m("Federal Bureau of Investigation", ""), true},
		{m("Trump", ""), m("Trump Tower", "place"), false},
		{m("Trump", ""), m("Trump Tower", ""), false},
		{m("Jack", ""), m("Jack Ma", "person"), false},
		{m("Ma", ""), m("Alibaba Group", "org"), false},
		{m("SoftBank", ""), m("Alibaba Group", "org"), false},
		{m("", ""), m("", ""), false},
		{first(t, "$5"), first(t, "$5"), false},
	}
	for _, tt := range tests {
		if got := SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v; want %v", tt.a.Text, tt.b.Text, got, tt.want)
		}
		if got := SameName(tt.b, tt.a); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v; want %v (reversed)", tt.b.Text, tt.a.Text, got, tt.want)
		}
	}
}

// Counts of differently named things agree when their figures do, are
// not small, and neither measures time; they never conflict: "three
// jurors" and "four people" are not one figure within rounding.
func TestCompareCounts(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"480 people", "about 480 permanent jobs", Compatible, true},
		{"480 people", "480 permanent jobs", Shared, true},   // one figure, not one within rounding
		{"the 67 killings", "the 67 slayings", Shared, true}, // "the 1967 killings" are dated (TestYearBeforeNoun)
		{"1,200 workers", "about 1,150 employees", Compatible, true},
		{"three jurors", "four people", "", false},
		{"two jurors", "two officers", "", false}, // small counts recur by coincidence
		{"1,200 workers", "2,100 employees", "", false},
		{"12 years", "12 fights", "", false}, // a length of time is no count of things
		{"12 times", "12 bills", "", false},
		{"about a dozen ships", "12 nautical miles", "", false}, // a measure is no count of things
		{"about 150 fishing boats", "150 km", "", false},
		{"three jurors", "$3", "", false},
		// The nouns must be able to count the same things: people under
		// two names, one kind of act, people and what befalls each of
		// them; not acts and ships.
		{"23 pirates", "23 piracy suspects", Shared, true},
		{"the 13 homers", "13 home runs", Shared, true},
		{"nearly 100 attacks", "as many as 100 merchant vessels", "", false},
		{"46 arrests", "46 people", Shared, true}, // an arrest befalls one person
		{"nearly 100 attacks", "100 people", "", false},
		{"100 people", "about 100 vessels", "", false}, // not by a blood vessel's body, a rare sense of person
		{"about 20 shots", "20 gunmen", "", false},     // not by a rare sense: one who shoots
		{"20 emergency calls", "20 dispatchers", "", false},
		{"40 plainclothes", "40 officers", "", false},            // a misread noun counts nothing known
		{"30 crewmembers", "about 30 sailors", Compatible, true}, // a compound is what its last part is
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		got, ok := CompareCounts(a, b)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CompareCounts(%q, %q) = %q, %v; want %q, %v", a.Text, b.Text, got, ok, tt.want, tt.ok)
		}
	}
}

// A round figure of one unit ("$1 million", "$100,000") is what rounds
// to it: from 950,000, not from 500,000, which is written "$500,000".
// Read as half a unit either side, "$1 million" agreed roughly with
// "$500,000", a factor of two (audit r25, a BASIL pair).
func TestRoundFigureOfOneUnit(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
	}{
		{"costing the group $1 million", "they reserved $500,000 of airtime", Conflict},
		{"costing the group $1 million", "they spent $700,000", Conflict},
		{"costing the group $1 million", "they spent $960,000", Compatible},
		{"costing the group $1 million", "they spent $1.4 million", Compatible},
		{"costing the group about $1 million", "they spent $900,000", Compatible},
		{"a $100,000 grant", "a $60,000 grant", Conflict},
		{"1,000 workers", "600 workers", Conflict},
		{"10 million viewers", "6 million viewers", Conflict},
		{"$2 million", "$1.6 million", Compatible}, // two units: half a unit either side
	}
	for _, tc := range tests {
		got, ok := CompareMentions(first(t, tc.a), first(t, tc.b))
		if got != tc.want || !ok {
			t.Errorf("CompareMentions(%q, %q) = %q, %v; want %q", tc.a, tc.b, got, ok, tc.want)
		}
	}
}

// TestBodiesAreNoCountOfPeople: a count of schools, firms or families
// is of bodies of people, never of people, however near the figures; a
// collective noun that counts its members still may.
func TestBodiesAreNoCountOfPeople(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		ok   bool
	}{
		{"more than a hundred schools remain shut", "more than 100 people joined the march", false},
		{"about 40 families were moved", "about 40 residents were moved", false},
		{"some 30 firms signed", "some 30 workers signed", false},
		{"23 crew were freed", "23 sailors were freed", true},
	} {
		if _, ok := CompareCounts(first(t, tt.a), first(t, tt.b)); ok != tt.ok {
			t.Errorf("%q against %q compared %v; want %v", tt.a, tt.b, ok, tt.ok)
		}
	}
}
