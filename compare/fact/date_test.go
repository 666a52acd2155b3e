package fact

import (
	"testing"
	"time"
)

// day is the Unix day of a calendar date, as Quantities reports dates.
func day(y int, m time.Month, d int) float64 {
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func TestQuantitiesTimes(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"at 2:37 p.m. in New York", want{"2:37 p.m.", "time", "clock", 52620, 52590, 52650, ""}},
		{"by 10 a.m.", want{"10 a.m.", "time", "clock", 36000, 34200, 37800, ""}},
		{"at 10am", want{"10am", "time", "clock", 36000, 34200, 37800, ""}},
		{"at 12 a.m.", want{"12 a.m.", "time", "clock", 0, 0, 1800, ""}},
		{"at 14:30", want{"14:30", "time", "clock", 52200, 52170, 52230, ""}},
		{"at noon", want{"noon", "time", "clock", 43200, 41400, 45000, ""}},
		{"by mid-afternoon", want{"mid-afternoon", "time", "clock", 54000, 50400, 57600, ""}},
		{"at about 3 p.m.", want{"about 3 p.m.", "time", "clock", 54000, 52200, 55800, "about"}},
	})
}

func TestQuantitiesDates(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"met Monday", want{"Monday", "date", "day", day(2017, 1, 9), 0, 0, ""}},
		{"on Friday", want{"Friday", "date", "day", day(2017, 1, 6), 0, 0, ""}},
		{"last Monday", want{"last Monday", "date", "day", day(2017, 1, 2), 0, 0, ""}},
		{"next Monday", want{"next Monday", "date", "day", day(2017, 1, 16), 0, 0, ""}},
		{"yesterday", want{"yesterday", "date", "day", day(2017, 1, 8), 0, 0, ""}},
		{"on Jan. 5", want{"Jan. 5", "date", "day", day(2017, 1, 5), 0, 0, ""}},
		{"on Dec. 28", want{"Dec. 28", "date", "day", day(2016, 12, 28), 0, 0, ""}},
		{"January 5, 2024", want{"January 5, 2024", "date", "day", day(2024, 1, 5), 0, 0, ""}},
		{"on 5 January 2024", want{"5 January 2024", "date", "day", day(2024, 1, 5), 0, 0, ""}},
		{"in March 2015", want{"March 2015", "date", "day", day(2015, 3, 1), day(2015, 3, 1), day(2015, 3, 31), ""}},
		{"in November", want{"November", "date", "day", day(2016, 11, 1), day(2016, 11, 1), day(2016, 11, 30), ""}},
		{"listed in New York in 2014.", want{"2014", "date", "day", day(2014, 1, 1), day(2014, 1, 1), day(2014, 12, 31), ""}},
		{"the 2016 election", want{"2016", "date", "day", day(2016, 1, 1), day(2016, 1, 1), day(2016, 12, 31), ""}},
		{"in the 1990s", want{"1990s", "date", "day", day(1990, 1, 1), day(1990, 1, 1), day(1999, 12, 31), ""}},
		{"by mid-2014", want{"2014", "date", "day", day(2014, 1, 1), day(2014, 1, 1), day(2014, 12, 31), ""}},
		{"Last year, sales", want{"Last year", "date", "day", day(2016, 1, 1), day(2016, 1, 1), day(2016, 12, 31), ""}},
		{"last month", want{"last month", "date", "day", day(2016, 12, 1), day(2016, 12, 1), day(2016, 12, 31), ""}},
		{"this week", want{"this week", "date", "day", day(2017, 1, 9), day(2017, 1, 9), day(2017, 1, 15), ""}},
		{"last week", want{"last week", "date", "day", day(2017, 1, 2), day(2017, 1, 2), day(2017, 1, 8), ""}},
		{"in the last year", want{"the last year", "date", "day", day(2016, 1, 10), day(2016, 1, 10), day(2017, 1, 9), ""}},
		{"three weeks ago", want{"three weeks ago", "date", "day", day(2016, 12, 19), day(2016, 12, 15), day(2016, 12, 22), ""}},
		{"less than three weeks after the decision", want{"less than three weeks after", "date", "offset", 21, 10.5, 21, "less than"}},
		{"just a few weeks after he met", want{"a few weeks after", "date", "offset", 21, 14, 35, ""}},
		{"two days before the vote", want{"two days before", "date", "offset", -2, -2.5, -1.5, ""}},
		{"for three weeks", want{"three weeks", "count", "week", 3, 2.5, 3.5, ""}},
		{"less than three weeks", want{"less than three weeks", "count", "week", 3, 1.5, 3, "less than"}},
		{"After the 40-minute meeting", want{"40-minute", "count", "minute", 40, 39.5, 40.5, ""}},
		{"a three-day visit", want{"three-day", "count", "day", 3, 2.5, 3.5, ""}},
		{"on 5 Jan, it", want{"5 Jan", "date", "day", day(2017, 1, 5), 0, 0, ""}},
	})
	for _, m := range Quantities("on February 30, 2024 and 31 April 2023", monday) {
		if m.Kind == "date" && (m.Text[0] == 'F' || m.Text == "31 April 2023") {
			t.Errorf("impossible date read: %q", m.Text)
		}
	}
}

// TestRelativeDatesUnanchored: with no publication date, dates that need
// one say so and carry no value; absolute dates are unaffected.
func TestRelativeDatesUnanchored(t *testing.T) {
	for _, in := range []string{"Monday", "last month", "last year", "three weeks ago", "Jan. 5", "yesterday", "in November"} {
		ms := Quantities(in, time.Time{})
		if len(ms) != 1 || ms[0].Kind != "date" || ms[0].Unit != "relative" || ms[0].Value != 0 || ms[0].Low != 0 || ms[0].High != 0 {
			t.Errorf("Quantities(%q, zero) = %+v; want one relative date", in, ms)
		}
	}
	ms := Quantities("January 5, 2024 and 2014", time.Time{})
	if len(ms) != 2 || ms[0].Unit != "day" || ms[1].Unit != "day" {
		t.Errorf("absolute dates without publication date = %+v", ms)
	}
	if _, ok := CompareMentions(Quantities("Monday", time.Time{})[0], Quantities("Monday", time.Time{})[0]); ok {
		t.Error("unanchored dates compared; want not comparable")
	}
}

func TestYearIsNotACount(t *testing.T) {
	for _, in := range []string{"in 2014", "in 2014, it", "since 2014 when", "2014."} {
		m := findText(t, Quantities(in, monday), "2014")
		if m.Kind != "date" || m.Unit != "day" {
			t.Errorf("%q: 2014 is %s %q; want a date", in, m.Kind, m.Unit)
		}
	}
}
