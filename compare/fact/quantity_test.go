package fact

import (
	"math"
	"strings"
	"testing"
	"time"
)

// monday is the publication date used by the tests: Monday 9 January 2017,
// the day Jack Ma met Donald Trump.
var monday = time.Date(2017, 1, 9, 18, 30, 0, 0, time.UTC)

// want is one expected mention; a zero Low/High pair means Low==High==Value.
type want struct {
	text, kind, unit string
	value, low, high float64
	hedge            string
}

// findText returns the mention whose Text is text, failing the test when
// there is none.
func findText(t *testing.T, ms []Mention, text string) Mention {
	t.Helper()
	for _, m := range ms {
		if m.Text == text {
			return m
		}
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Kind+":"+m.Text)
	}
	t.Fatalf("no mention %q; got %q", text, got)
	return Mention{}
}

func near(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func checkMention(t *testing.T, in string, m Mention, w want) {
	t.Helper()
	low, high := w.low, w.high
	if low == 0 && high == 0 {
		low, high = w.value, w.value
	}
	if m.Kind != w.kind || m.Unit != w.unit || m.Hedge != w.hedge || !near(m.Value, w.value) ||
		!near(m.Low, low) || !near(m.High, high) {
		t.Errorf("%q: %q = %s %q %g [%g, %g] hedge %q; want %s %q %g [%g, %g] hedge %q", in, m.Text,
			m.Kind, m.Unit, m.Value, m.Low, m.High, m.Hedge, w.kind, w.unit, w.value, low, high, w.hedge)
	}
}

func runTable(t *testing.T, pub time.Time, tests []struct {
	in string
	w  want
}) {
	t.Helper()
	for _, tt := range tests {
		ms := Quantities(tt.in, pub)
		checkMention(t, tt.in, findText(t, ms, tt.w.text), tt.w)
	}
}

func TestQuantitiesNumbers(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"one million people", want{"one million people", "count", "person", 1e6, 9.5e5, 1.5e6, ""}},
		{"a total of 1 million.", want{"1 million", "number", "", 1e6, 9.5e5, 1.5e6, ""}},
		{"1m users signed up", want{"1m users", "count", "user", 1e6, 9.5e5, 1.5e6, ""}},
		{"1,000 workers", want{"1,000 workers", "count", "worker", 1000, 950, 1500, ""}},
		{"3.5 tonnes", want{"3.5 tonnes", "count", "tonne", 3.5, 3.45, 3.55, ""}},
		{"a dozen eggs", want{"a dozen eggs", "count", "egg", 12, 10, 14, ""}},
		{"50,000 jobs", want{"50,000 jobs", "count", "job", 50000, 45000, 55000, ""}},
		{"twenty-five thousand fans", want{"twenty-five thousand fans", "count", "fan", 25000, 24500, 25500, ""}},
		{"two hundred and fifty", want{"two hundred and fifty", "number", "", 250, 249.5, 250.5, ""}},
		{"China's 300 million-strong middle class", want{"300 million-strong", "count", "member", 3e8, 2.5e8, 3.5e8, ""}},
		{"half a million", want{"half a million", "number", "", 5e5, 4.5e5, 5.5e5, ""}},
		{"about half of the revenue", want{"about half", "percent", "%", 50, 45, 55, "about"}},
		{"two-thirds of the board", want{"two-thirds", "percent", "%", 200.0 / 3, 200.0/3 - 2.5, 200.0/3 + 2.5, ""}},
		{"a third of voters", want{"a third", "percent", "%", 100.0 / 3, 100.0/3 - 2.5, 100.0/3 + 2.5, ""}},
		{"a couple of days", want{"a couple of days", "count", "day", 2, 2, 3, ""}},
		{"a few companies", want{"a few companies", "count", "company", 3, 2, 5, ""}},
		{"dozens of companies", want{"dozens of companies", "count", "company", 36, 24, 120, ""}},
		{"tens of thousands of people", want{"tens of thousands of people", "count", "person", 3e4, 2e4, 1e5, ""}},
		{"Several other companies", want{"Several other companies", "count", "company", 4, 3, 7, ""}},
		{"7,000 US brands", want{"7,000 US brands", "count", "brand", 7000, 6500, 7500, ""}},
		{"1 million small and medium-sized US businesses", want{"1 million small and medium-sized US businesses", "count", "business", 1e6, 9.5e5, 1.5e6, ""}},
		{"1,200 workers", want{"1,200 workers", "count", "worker", 1200, 1150, 1250, ""}},
		{"10-12%", want{"10-12%", "percent", "%", 11, 9.5, 12.5, ""}},
		{"2000 workers", want{"2000 workers", "count", "worker", 2000, 1500, 2500, ""}},
		{"1 person will hire", want{"1 person", "count", "person", 1, 0.5, 1.5, ""}},
		{"2 said no", want{"2", "number", "", 2, 1.5, 2.5, ""}},
		// A hyphen standing in for a dash ends the phrase before a number.
		{"The three ferry hands-two women and a man-were rescued.", want{"three ferry hands", "count", "hand", 3, 2.5, 3.5, ""}},
		{"The three ferry hands-two women and a man-were rescued.", want{"two women", "count", "woman", 2, 1.5, 2.5, ""}},
		{"Thirty-two women and no-one else", want{"Thirty-two women", "count", "woman", 32, 31.5, 32.5, ""}},
		{"The six-foot-five champion won.", want{"six-foot-five", "count", "foot", 6, 5.5, 6.5, ""}},
		// A compound ending in an irregular plural counts itself, not the
		// next plural ("candles"); "specimen" is no plural.
		{"hundreds of schoolchildren holding candles", want{"hundreds of schoolchildren", "count", "schoolchild", 300, 200, 1000, ""}},
		{"40 gunmen", want{"40 gunmen", "count", "gunman", 40, 39.5, 40.5, ""}},
		{"40 specimens", want{"40 specimens", "count", "specimen", 40, 39.5, 40.5, ""}},
		// Where the spelling rules guess wrong, WordNet knows the noun.
		{"12 movies", want{"12 movies", "count", "movie", 12, 11.5, 12.5, ""}},
		{"12 cities", want{"12 cities", "count", "city", 12, 11.5, 12.5, ""}},
		{"three campuses", want{"three campuses", "count", "campus", 3, 2.5, 3.5, ""}},
		{"two thieves", want{"two thieves", "count", "thief", 2, 1.5, 2.5, ""}},
		{"four drives", want{"four drives", "count", "drive", 4, 3.5, 4.5, ""}},
	})
}

func TestQuantitiesMoney(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"rose to $94.74 at", want{"$94.74", "money", "USD", 94.74, 94.735, 94.745, ""}},
		{"US$5", want{"US$5", "money", "USD", 5, 4.5, 5.5, ""}},
		{"HK$10 billion", want{"HK$10 billion", "money", "HKD", 1e10, 9.5e9, 1.5e10, ""}},
		{"€3 million", want{"€3 million", "money", "EUR", 3e6, 2.5e6, 3.5e6, ""}},
		{"£2bn", want{"£2bn", "money", "GBP", 2e9, 1.5e9, 2.5e9, ""}},
		{"$1.2bn", want{"$1.2bn", "money", "USD", 1.2e9, 1.15e9, 1.25e9, ""}},
		{"sales worth $15 billion", want{"$15 billion", "money", "USD", 1.5e10, 1.45e10, 1.55e10, ""}},
		{"15 billion dollars", want{"15 billion dollars", "money", "USD", 1.5e10, 1.45e10, 1.55e10, ""}},
		{"5 million Hong Kong dollars", want{"5 million Hong Kong dollars", "money", "HKD", 5e6, 4.5e6, 5.5e6, ""}},
		{"100 million yuan", want{"100 million yuan", "money", "CNY", 1e8, 9.5e7, 1.5e8, ""}},
		{"RMB5 billion", want{"RMB5 billion", "money", "CNY", 5e9, 4.5e9, 5.5e9, ""}},
		{"5 million USD", want{"5 million USD", "money", "USD", 5e6, 4.5e6, 5.5e6, ""}},
		{"200 pounds sterling", want{"200 pounds sterling", "money", "GBP", 200, 199.5, 200.5, ""}},
		{"15 pounds of cherries", want{"15 pounds", "count", "pound", 15, 14.5, 15.5, ""}},
		{"more than $1 billion", want{"more than $1 billion", "money", "USD", 1e9, 1e9, 2e9, "more than"}},
		{"estimated at $US2 million", want{"$US2 million", "money", "USD", 2e6, 1.5e6, 2.5e6, ""}},
		{"estimated at $ US2 million", want{"$ US2 million", "money", "USD", 2e6, 1.5e6, 2.5e6, ""}},
		{"a fine of $NZ40,000", want{"$NZ40,000", "money", "NZD", 40000, 35000, 45000, ""}},
		{"a $5-million grant pool", want{"$5-million", "money", "USD", 5e6, 4.5e6, 5.5e6, ""}},
		{"a $2.5-billion bridge", want{"$2.5-billion", "money", "USD", 2.5e9, 2.45e9, 2.55e9, ""}},
		{"$2.1B for the stadium", want{"$2.1B", "money", "USD", 2.1e9, 2.05e9, 2.15e9, ""}},
		{"a 21 mln euros bid", want{"21 mln euros", "money", "EUR", 2.1e7, 2.05e7, 2.15e7, ""}},
		// The trade's "MM" is a million (a thousand thousands), not a word
		// after $21.
		{"the pitcher wants $21MM a year", want{"$21MM", "money", "USD", 2.1e7, 2.05e7, 2.15e7, ""}},
		{"a $3.5mm signing bonus", want{"$3.5mm", "money", "USD", 3.5e6, 3.45e6, 3.55e6, ""}},
		{"paid 21MM dollars over three years", want{"21MM dollars", "money", "USD", 2.1e7, 2.05e7, 2.15e7, ""}},
		{"offers near $140-150MM", want{"$140-150MM", "money", "USD", 1.45e8, 1.395e8, 1.505e8, ""}},
		// A sum hyphenated into an adjective is still a sum of money.
		{"a 5-million-dollar settlement", want{"5-million-dollar", "money", "USD", 5e6, 4.5e6, 5.5e6, ""}},
		{"a two-billion-euro rescue plan", want{"two-billion-euro", "money", "EUR", 2e9, 1.5e9, 2.5e9, ""}},
		{"a 20-dollar bill", want{"20-dollar", "money", "USD", 20, 19.5, 20.5, ""}},
	})
	// In lower case and with no currency, "mm" is a millimetre.
	if ms := Quantities("a 9mm pistol", monday); len(ms) > 0 && ms[0].Value != 9 {
		t.Errorf("a 9mm pistol: %+v; want no million", ms[0])
	}
}

// TestConversionsAreNoSecondFigure: a sum restated in another currency
// beside itself is one figure, which may meet the same sum elsewhere and
// contradicts none. Compared as a second figure, the bare "$" of an
// Australian paper's "$US2 million ($3.04 million)" was a US$3.04 million
// in conflict with every other outlet's $2 million. Converted sums are
// marked "*".
func TestConversionsAreNoSecondFigure(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Damage to the hall was put at $ US2 million ($3.04 million), police said.", "$ US2 million, $3.04 million*"},
		{"The ferry cost £1.7m (about $2.6m) to refit.", "£1.7m, about $2.6m*"},
		{"Sales were $3.04 million (US$2 million) last year.", "$3.04 million*, US$2 million"},
		{"Tickets rose to C$15 (US$11) each.", "C$15, US$11*"},
		{"The bridge cost 1 million euros, or $1.1 million, to build.", "1 million euros, $1.1 million*"},
		// One currency: two figures.
		{"Profit was $5 million ($3 million) and costs $2 million, or $1 million more.", "$5 million, $3 million, $2 million, $1 million"},
		// Not beside each other: two figures.
		{"It paid £1.7m for the ferry and $2.6m for the dock.", "£1.7m, $2.6m"},
	} {
		var got []string
		for _, m := range Quantities(tt.in, monday) {
			if m.Kind == "money" {
				got = append(got, m.Text+map[bool]string{true: "*"}[m.Converted])
			}
		}
		if strings.Join(got, ", ") != tt.want {
			t.Errorf("%q: got %q, want %s", tt.in, got, tt.want)
		}
	}
	conv := findText(t, Quantities("Damage was put at $ US2 million ($3.04 million).", monday), "$3.04 million")
	for _, tt := range []struct {
		other string
		want  Status
	}{{"It caused $2 million in damage.", ""}, {"It caused $3.04 million in damage.", Shared}} {
		m := Quantities(tt.other, monday)[0]
		if st, _ := CompareMentions(conv, m); st != tt.want {
			t.Errorf("%q against %q: %q, want %q", conv.Text, m.Text, st, tt.want)
		}
	}
}

func TestQuantitiesPercentAndPoints(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"rose 0.9 per cent to", want{"0.9 per cent", "percent", "%", 0.9, 0.85, 0.95, ""}},
		{"up about 1% by", want{"about 1%", "percent", "%", 1, 0.5, 1.5, "about"}},
		{"rose 3 percent", want{"3 percent", "percent", "%", 3, 2.5, 3.5, ""}},
		{"just over 10%", want{"just over 10%", "percent", "%", 10, 10, 11, "just over"}},
		{"2.5 percentage points", want{"2.5 percentage points", "points", "pp", 2.5, 2.45, 2.55, ""}},
		{"cut by 25 basis points", want{"25 basis points", "points", "pp", 0.25, 0.245, 0.255, ""}},
	})
}

// TestHedgeIntervals pins the documented hedge rules.
func TestHedgeIntervals(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"about 1,234 people", want{"about 1,234 people", "count", "person", 1234, 1110.6, 1357.4, "about"}},
		{"around 500 jobs", want{"around 500 jobs", "count", "job", 500, 450, 550, "around"}},
		{"roughly 1,000", want{"roughly 1,000", "number", "", 1000, 900, 1500, "roughly"}},
		{"some 300 people", want{"some 300 people", "count", "person", 300, 270, 330, "some"}},
		{"nearly 100", want{"nearly 100", "number", "", 100, 90, 100, "nearly"}},
		{"almost 2,000 workers", want{"almost 2,000 workers", "count", "worker", 2000, 1800, 2000, "almost"}},
		{"just under 50%", want{"just under 50%", "percent", "%", 50, 45, 50, "just under"}},
		{"more than 1 million", want{"more than 1 million", "number", "", 1e6, 1e6, 2e6, "more than"}},
		{"over 40 people", want{"over 40 people", "count", "person", 40, 40, 60, "over"}},
		{"at least 20", want{"at least 20", "number", "", 20, 20, 30, "at least"}},
		{"up to 50,000 jobs", want{"up to 50,000 jobs", "count", "job", 50000, 25000, 50000, "up to"}},
		{"as many as 300 people", want{"as many as 300 people", "count", "person", 300, 150, 300, "as many as"}},
		{"fewer than 100 people", want{"fewer than 100 people", "count", "person", 100, 50, 100, "fewer than"}},
		{"less than 1%", want{"less than 1%", "percent", "%", 1, 0, 1, "less than"}},
		// A range is bounded by its end on the hedge's side, not its midpoint.
		{"as many as 35 to 40 firefighters", want{"as many as 35 to 40 firefighters", "count", "firefighter", 37.5, 21.25, 40, "as many as"}},
		{"more than 35 to 40 firefighters", want{"more than 35 to 40 firefighters", "count", "firefighter", 37.5, 35, 53.75, "more than"}},
	})
}

// TestNotQuantities lists text that must yield no figure at all.
func TestNotQuantities(t *testing.T) {
	for _, in := range []string{
		"G20 summit", "COVID-19 cases", "24/7 support", "version 1.2.3", "one of the best",
		"One surefire way", "each one will hire", "Theresa May said", "do some great things",
		"more than doubled", "the 5th", "half-hearted", "few people care", "",
	} {
		if ms := Quantities(in, monday); len(ms) != 0 {
			t.Errorf("Quantities(%q) = %+v; want none", in, ms)
		}
	}
}

// TestQuantitiesOffsets checks that Text is the text at Start:End and that
// mentions come in order without overlapping.
func TestQuantitiesOffsets(t *testing.T) {
	in := "Shares rose 0.9 per cent to $94.74 at 2:37 p.m. Monday, about 1% in 2014, after a 40-minute meeting."
	ms := Quantities(in, monday)
	if len(ms) != 7 {
		t.Fatalf("got %d mentions, want 7: %+v", len(ms), ms)
	}
	end := 0
	for _, m := range ms {
		if m.Start < end || in[m.Start:m.End] != m.Text {
			t.Errorf("mention %q at [%d, %d) overlaps or misplaced", m.Text, m.Start, m.End)
		}
		end = m.End
	}
	if got := strings.Join(texts(ms), "|"); got != "0.9 per cent|$94.74|2:37 p.m.|Monday|about 1%|2014|40-minute" {
		t.Errorf("texts = %s", got)
	}
}

func texts(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text
	}
	return out
}

// TestPartOfWholeCountsTheSameThings: in "X of Y Ns" the part X counts
// Ns as the whole Y does, so "178 of 369 punches" gives 178 punches (an
// outlet's "landed 178 punches" is that figure, not the 369 thrown); a
// figure of something else before "of" keeps its own kind.
func TestPartOfWholeCountsTheSameThings(t *testing.T) {
	for _, c := range []struct{ text, figure, kind, unit string }{
		{"The champion was landing 178 of 369 punches thrown.", "178", "count", "punch"},
		{"Three out of the 12 jurors held out.", "Three", "count", "juror"},
		{"The challenger connected on just 30 of his 207 punches.", "30", "count", "punch"},
		{"Turnout was 40% of 3,000 voters.", "40%", "percent", "%"},
		{"He scored 12 in a win over 9 teams.", "12", "number", ""},
	} {
		m := findText(t, Quantities(c.text, monday), c.figure)
		if m.Kind != c.kind || m.Unit != c.unit {
			t.Errorf("%q: %s is %s %q, want %s %q", c.text, c.figure, m.Kind, m.Unit, c.kind, c.unit)
		}
	}
}

// A team's name with a number in it is no count: "the 76ers" read as 76
// "ers", listed among the figures five outlets agree on.
func TestNumberInName(t *testing.T) {
	for _, text := range []string{"the Philadelphia 76ers fired their coach", "the 49ers won"} {
		if ms := Quantities(text, monday); len(ms) > 0 {
			t.Errorf("Quantities(%q) = %+v; want no figure", text, ms)
		}
	}
}

// A unit glued to its number is still a measure, not a name with a number
// in it: "10kms" and "10lbs" were counts before names were kept apart, and
// must stay figures ("10 kilometres", "10 pounds").
func TestGluedUnitIsAMeasure(t *testing.T) {
	for _, c := range []struct{ text, unit string }{{"he ran 10kms before dawn", "kilometre"}, {"she lost 10lbs in a month", "pound"}} {
		ms := Quantities(c.text, monday)
		if len(ms) != 1 || ms[0].Value != 10 {
			t.Errorf("Quantities(%q) = %+v; want one figure 10", c.text, ms)
			continue
		}
		if measure(ms[0].Unit) != c.unit {
			t.Errorf("Quantities(%q): unit %q measures %q, want %q", c.text, ms[0].Unit, measure(ms[0].Unit), c.unit)
		}
	}
}

// A minutes-and-seconds mark in a round or a race is no time of day, and
// a shooting line ("1-of-16") is no count of "of". Both fail on main:
// "the 2:15 mark" was 2:15 a.m., "1-of-16" a count with the unit "of".
func TestNoClockOrUnitInContestFigures(t *testing.T) {
	for _, text := range []string{
		"the referee stopped the fight at the 2:15 mark of the seventh",
		"he was down at 2:15 of the seventh round",
		"a goal 3:40 into the second period",
		"Cole went 1-of-16 from the field",
	} {
		for _, m := range Quantities(text, monday) {
			if m.Kind == "time" || m.Unit == "of" {
				t.Errorf("%q: read %q as %s %q", text, m.Text, m.Kind, m.Unit)
			}
		}
	}
	// Times of day stay times of day.
	for _, text := range []string{"at 2:15 p.m.", "met at 14:30 on Monday", "the 12:30 train left", "The 9:30 left on time"} {
		if m := first(t, text); m.Kind != "time" || m.Unit != "clock" {
			t.Errorf("%q: read %+v; want a time of day", text, m)
		}
	}
}

// A number hyphenated to "dozen" is the dozens it counts, not a count of
// dozens: "nearly two-dozen executive orders" is about 24 orders.
func TestHyphenatedDozen(t *testing.T) {
	checkKinds(t, [][2]string{
		{"The mayor signed nearly two-dozen executive orders.", "count:nearly two-dozen executive orders/order"},
		{"Police questioned three-dozen marchers.", "count:three-dozen marchers/marcher"},
	})
	if m := first(t, "Police questioned three-dozen marchers."); m.Value != 36 {
		t.Errorf("three-dozen marchers: %v; want 36", m.Value)
	}
}
