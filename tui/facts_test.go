package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/fact"
)

// The overview leads with the figures the articles disagree on, each
// article's wording of them, then those that agree only roughly,
// and sums up each article from its report summary.
func TestOverviewListsConflictsAndSummaries(t *testing.T) {
	m := press(newTestModel(t, loadFixture(t), 120, 60), "o")
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{
		"! count: 400 vs 450",
		"“450 jobs” · Meridian Wire · lede",
		"“400 jobs” · Coastline Daily Evening Edition Online · paragraph 3",
		"Figures that agree only roughly",
		"“about $1.2 billion” · Meridian Wire · lede",
		"═ 3 shared · ≈ 1 related · ◆ 1 unique sentence · originality 28% · leaves out 1 of 5 facts",
		"framing: loaded 1 (1+), doubt verbs 1 ",
		"framing: loaded 3 (2+, 1−), hedges 1 ",
		"framing: assertion verbs 1 ",
		"quotes: Vega 1",
		"Meridian Wire (given to Vega)",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("overview lacks %q:\n%s", want, v)
		}
	}
	if strings.Index(v, "Conflicts") > strings.Index(v, "Coverage") {
		t.Error("the conflicts come after the coverage matrix")
	}
	// The cursor starts on the first conflicting mention; enter shows it.
	m = press(m, "enter")
	if it := m.ix.items[m.cur]; m.mode != modePanes || m.ix.rows[it.row].group < 0 || !strings.Contains(memberText(m.ix.rep, m.ix.rows[it.row], 0), "400 jobs") {
		t.Errorf("enter on the first conflict line: mode %d, item %+v", m.mode, it)
	}
}

// The inspector lists a row's conflicting and compatible figures with every
// article's words, and leaves names out: they are in every group.
func TestInspectorListsFiguresNotNames(t *testing.T) {
	m := press(newTestModel(t, loadFixture(t), 100, 40), "n", "n", "n", "n", "n", "enter") // the deal: $1.2 billion
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{
		"compatible fact f2 (money): the same figure within rounding",
		"~ “$1.2 billion” · Harbor Herald · lede",
		"~ “about $1.2 billion” · Meridian Wire · lede · read as 1.08–1.32 billion USD",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("inspector of the deal lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "f3") || strings.Contains(v, "Blue Line ·") {
		t.Errorf("inspector lists the name Blue Line as a fact:\n%s", v)
	}
}

// A quote's matches show the word diff, a warning when the other article
// gives the words to someone else, and where the words appear as paraphrase.
func TestInspectorQuoteMatches(t *testing.T) {
	m := press(newTestModel(t, loadFixture(t), 100, 50), "t", "4", "n", "enter")
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{
		"variant quote q1",
		"Meridian Wire · Vega (port director) · altered · ≠ given to another speaker",
		"“[-This is a-]{+A+} great day for the{+ whole+} harbor”",
		"given as paraphrase in Coastline Daily Evening Edition Online ¶4",
		"The mayor said it was a great day for the harbor.",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("quote inspector lacks %q:\n%s", want, v)
		}
	}
}

func TestFigure(t *testing.T) {
	for _, c := range []struct {
		kind string
		m    compare.FactMention
		want string
	}{
		{"count", compare.FactMention{Value: 1200, Low: 1080, High: 1320, Unit: "worker"}, "1,080–1,320"},
		{"count", compare.FactMention{Value: 480, Low: 480, High: 480, Unit: "job"}, "480"},
		{"money", compare.FactMention{Value: 1.2e9, Low: 1.15e9, High: 1.25e9, Unit: "USD"}, "1.15–1.25 billion USD"},
		{"money", compare.FactMention{Value: 6.4e9, Low: 6.4e9, High: 6.4e9, Unit: "USD"}, "6.4 billion USD"},
		{"percent", compare.FactMention{Value: 1.1, Low: 1.05, High: 1.15, Unit: "%"}, "1.05–1.15%"},
		{"points", compare.FactMention{Value: 8, Low: 8, High: 8, Unit: "pp"}, "8 points"},
		{"time", compare.FactMention{Value: 52860, Low: 52860, High: 52860, Unit: "clock"}, "14:41"},
		{"date", compare.FactMention{Value: 19786, Low: 19786, High: 19786, Unit: "day"}, "2024-03-04"},
		{"date", compare.FactMention{Value: 10378, Low: 10378, High: 10407, Unit: "day"}, "June 1998"},
		{"date", compare.FactMention{Value: 10561, Low: 10561, High: 10591, Unit: "day"}, "December 1998"},
		{"date", compare.FactMention{Value: 10227, Low: 10227, High: 10591, Unit: "day"}, "1998"},
		{"date", compare.FactMention{Value: 7305, Low: 7305, High: 10956, Unit: "day"}, "1990s"},
		{"date", compare.FactMention{Value: 19786, Low: 19786, High: 19792, Unit: "day"}, "2024-03-04–2024-03-10"},
		{"date", compare.FactMention{Unit: "relative"}, ""},
		// A duration in days is a length of time, not a day since 1970.
		{"duration", compare.FactMention{Value: 8, Low: 8, High: 8, Unit: "day"}, "8 days"},
		{"duration", compare.FactMention{Value: 1, Low: 1, High: 1, Unit: "day"}, "1 day"},
		{"org", compare.FactMention{Unit: "Norvanta"}, ""},
	} {
		if got := figure(c.kind, c.m); got != c.want {
			t.Errorf("figure(%s, %+v) = %q, want %q", c.kind, c.m, got, c.want)
		}
	}
}

// On the bundled demo the overview names the construction-workers conflict
// with each outlet's words.
func TestDemoOverviewListsTheConflict(t *testing.T) {
	rep, err := demoLoad(t)(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	v := ansi.Strip(press(newTestModel(t, rep, 120, 40), "o").View().Content)
	for _, want := range []string{"! count: 1,200 vs 2,100", "“2,100 construction workers” · 03-coastline-daily.txt", "1,200 construction workers” · 01-harbor-herald.txt"} {
		if !strings.Contains(v, want) {
			t.Errorf("demo overview lacks %q:\n%s", want, v)
		}
	}
}

// A compatible fact whose counts name different things is not called the
// same figure within rounding: "three jurors" and "three holdouts" are one
// number said of differently named things.
func TestInspectorNamesDifferentlyNamedCounts(t *testing.T) {
	rep := loadFixture(t)
	jobs := &rep.Facts[0] // 400 jobs, 450 jobs, 400 jobs: made one number of two nouns
	jobs.Status = compare.FactCompatible
	jobs.Mentions = jobs.Mentions[:1]
	other := rep.Facts[0].Mentions[0]
	other.Article, other.Sentence, other.Unit = 2, 3, "worker"
	jobs.Mentions = append(jobs.Mentions, other)
	m := newTestModel(t, rep, 100, 40)
	i := m.ix.groupItem(2)
	if i < 0 {
		t.Fatal("the jobs group is no item")
	}
	v := screen(press(m.moveTo(i, m.ix.items[i].row), "enter"))
	if !strings.Contains(v, "the same number, of differently named things") || strings.Contains(v, "within rounding") {
		t.Errorf("the inspector on counts of two nouns:\n%s", v)
	}
}

// A clock time inside a part of the day is not a figure within rounding:
// the overview gives each article's words, not a time nobody wrote, and
// the inspector says the time falls in the part of the day.
func TestPartOfDayIsWordedAsSuch(t *testing.T) {
	f := compare.Fact{Kind: "time", Status: compare.FactCompatible, Mentions: []compare.FactMention{
		{Text: "2:37 p.m.", Value: 52620, Low: 52590, High: 52650, Unit: "clock"},
		{Text: "mid-afternoon", Value: 54000, Low: 50400, High: 57600, Unit: "clock"},
	}}
	if got := readings(f); got != "2:37 p.m. vs mid-afternoon" {
		t.Errorf("readings = %q, want the articles' words", got)
	}
	if got := compatibleWhat(f); got != "2:37 p.m. falls in mid-afternoon" {
		t.Errorf("compatibleWhat = %q", got)
	}
	f.Mentions[0] = compare.FactMention{Text: "about 3 p.m.", Value: 54000, Low: 52200, High: 55800, Unit: "clock"}
	if got := readings(f); got != "about 3 p.m. vs mid-afternoon" {
		t.Errorf("readings = %q", got)
	}
	clock := compare.Fact{Kind: "time", Status: compare.FactCompatible, Mentions: []compare.FactMention{
		{Text: "3:33 a.m.", Value: 12780, Low: 12750, High: 12810, Unit: "clock"},
		{Text: "about 3:30 a.m.", Value: 12600, Low: 11700, High: 13500, Unit: "clock"},
	}}
	if got := compatibleWhat(clock); got != "the same figure within rounding" {
		t.Errorf("two clock times: compatibleWhat = %q", got)
	}
}

// The overview's section of compatible figures is named for all it holds,
// a clock time inside a part of the day among them, not for rounding.
func TestOverviewNamesRoughFiguresForWhatTheyAre(t *testing.T) {
	rep := loadFixture(t)
	rep.Facts = append(rep.Facts, compare.Fact{ID: "f-time", Kind: "time", Status: compare.FactCompatible, Mentions: []compare.FactMention{
		{Article: 0, Sentence: 0, Text: "2:37 p.m.", Value: 52620, Low: 52590, High: 52650, Unit: "clock"},
		{Article: 1, Sentence: 0, Text: "mid-afternoon", Value: 54000, Low: 50400, High: 57600, Unit: "clock"},
	}})
	v := ansi.Strip(press(newTestModel(t, rep, 120, 80), "o").View().Content)
	head := strings.Index(v, "Figures that agree only roughly")
	item := strings.Index(v, "2:37 p.m. vs mid-afternoon")
	if head < 0 || item < head {
		t.Errorf("the part of the day is not under a heading naming rough agreement:\n%s", v)
	}
	if strings.Contains(v, "within rounding") {
		t.Errorf("the overview calls a part of the day a figure within rounding:\n%s", v)
	}
}

// Lengths of time in two units name their units: "40 vs 1" would read as
// a count that is forty times off.
func TestDurationReadingsNameTheirUnits(t *testing.T) {
	f := compare.Fact{Kind: "duration", Status: compare.FactConflict, Mentions: []compare.FactMention{
		{Text: "40-minute", Value: 40, Low: 39.5, High: 40.5, Unit: "minute"},
		{Text: "hour-long", Value: 1, Low: 0.8, High: 1.2, Unit: "hour"},
	}}
	if got := readings(f); got != "40 minutes vs 1 hour" {
		t.Errorf("readings = %q, want each figure with its unit", got)
	}
}

// A vague plural of a length or a range of lengths is no figure the
// outlet gave: "hundreds of years" is not 300 years, "three to five years"
// not 4.
func TestVagueDurationReadingsAreTheirWords(t *testing.T) {
	f := compare.Fact{Kind: "duration", Status: compare.FactCompatible, Mentions: []compare.FactMention{
		{Text: "hundreds of years", Value: 300, Low: 200, High: 1000, Unit: "year"},
		{Text: "three to five years", Value: 4, Low: 3, High: 5, Unit: "year"},
		{Text: "485 years", Value: 485, Low: 484.5, High: 485.5, Unit: "year"},
	}}
	if got := readings(f); got != "hundreds of years vs three to five years vs 485 years" {
		t.Errorf("readings = %q, want the vague and the range in their words", got)
	}
	// One or two of a unit, in words or figures, are exact: they read as
	// their figure, so one length does not look like two readings.
	f = compare.Fact{Kind: "duration", Status: compare.FactConflict, Mentions: []compare.FactMention{
		{Text: "one-year", Value: 1, Low: 0.5, High: 1.5, Unit: "year"},
		{Text: "two years", Value: 2, Low: 1.5, High: 2.5, Unit: "year"},
		{Text: "2 years", Value: 2, Low: 1.5, High: 2.5, Unit: "year"},
		{Text: "over eight years", Value: 8, Low: 8, High: 12, Unit: "year"},
	}}
	if got := readings(f); got != "1 year vs 2 years vs over eight years" {
		t.Errorf("readings = %q, want exact lengths as figures, the hedged one in its words", got)
	}
}

// A range's midpoint and a vague word's guess are no figure the outlets
// gave: they read as their words, beside a figure that reads as itself.
func TestRangeAndVagueReadingsAreTheirWords(t *testing.T) {
	f := compare.Fact{Kind: "count", Status: compare.FactCompatible, Mentions: []compare.FactMention{
		{Text: "about 40 volunteer firefighters", Value: 40, Low: 36, High: 44, Unit: "firefighter"},
		{Text: "as many as 35 to 40 volunteer firefighters", Value: 37.5, Low: 21.25, High: 40, Unit: "firefighter"},
	}}
	if got := readings(f); got != "40 vs as many as 35 to 40 volunteer firefighters" {
		t.Errorf("readings = %q, want the range in its words, not its midpoint 37.5", got)
	}
	f = compare.Fact{Kind: "count", Status: compare.FactCompatible, Mentions: []compare.FactMention{
		{Text: "a handful of people", Value: 4, Low: 2, High: 6, Unit: "person"},
		{Text: "several people", Value: 4, Low: 3, High: 7, Unit: "person"},
	}}
	if got := readings(f); got != "a handful of people vs several people" {
		t.Errorf("readings = %q, want the words, not an invented 4", got)
	}
}

// A tally reads as its words: its value is only its first count, so
// "9-14" against "9-13" read "9 vs 9".
func TestRecordReadingsAreTheirWords(t *testing.T) {
	f := compare.Fact{Kind: "record", Status: compare.FactConflict, Mentions: []compare.FactMention{
		{Text: "9-14 start", Value: 9, Low: 9, High: 9, Unit: "record"},
		{Text: "9-13", Value: 9, Low: 9, High: 9, Unit: "record"},
	}}
	if got := readings(f); got != "9-14 start vs 9-13" {
		t.Errorf("readings = %q, want each tally's words", got)
	}
}

// A date known only to the month or the year reads at that precision in
// the overview: "1998" is not 1 January. The mentions come from the fact
// reader on invented text, so the test follows what it emits.
func TestDatesReadAtTheirOwnPrecision(t *testing.T) {
	var ms []compare.FactMention
	var dates []fact.Mention
	for _, text := range []string{"Vell was convicted in June 1998 of fraud.", "Vell was convicted in 1998 of fraud."} {
		for _, m := range fact.Quantities(text, time.Time{}) {
			if m.Kind == "date" {
				dates = append(dates, m)
				ms = append(ms, compare.FactMention{Text: m.Text, Value: m.Value, Low: m.Low, High: m.High, Unit: m.Unit})
			}
		}
	}
	if len(ms) != 2 {
		t.Fatalf("want one date in each sentence, got %+v", ms)
	}
	if st, ok := fact.CompareMentions(dates[0], dates[1]); !ok || st != fact.Compatible {
		t.Errorf("June 1998 against 1998: status %v (%v), want compatible", st, ok)
	}
	f := compare.Fact{Kind: "date", Status: compare.FactCompatible, Mentions: ms}
	if got := readings(f); got != "June 1998 vs 1998" {
		t.Errorf("readings = %q, want %q", got, "June 1998 vs 1998")
	}
}

// A truncated rendering says which article cut the quotation short.
func TestInspectorSaysWhoCutsAQuoteShort(t *testing.T) {
	rep := loadFixture(t)
	for i := range rep.Quotes {
		q := &rep.Quotes[i]
		switch q.ID {
		case "q1":
			q.Matches[0].Relation, q.Matches[0].OtherSpeaker = "truncated", false
		case "q2":
			// The wire's words cut to a part of the mayor's.
			q.Start += strings.Index(q.Text, "great day for the")
			q.Text = "great day for the"
			q.End = q.Start + len(q.Text)
			q.Matches[0].Relation, q.Matches[0].OtherSpeaker = "truncated", false
		}
	}
	m := press(newTestModel(t, rep, 100, 50), "t", "4", "n", "enter")
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Meridian Wire · Vega (port director) · truncated: Meridian Wire cuts it short") {
		t.Errorf("quote inspector does not say the wire cut it short:\n%s", v)
	}
	// Narrow, the words go on a line of their own rather than off the edge.
	m = press(newTestModel(t, rep, 60, 50), "t", "4", "n", "enter")
	v = ansi.Strip(m.View().Content)
	if !strings.Contains(v, "truncated: Meridian Wire cuts it short") {
		t.Errorf("at 60 columns the quote inspector cuts off who cut the quote short:\n%s", v)
	}
}
