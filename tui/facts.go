package tui

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storydiff/storydiff/compare"
)

// Marks of a fact's status where it is listed; conflicts share the
// panes' ! gutter mark.
const (
	markCompatible = "~"
	markAgreed     = "="
)

// isNameKind reports whether a fact is a name (a person, organisation,
// place or other proper name) rather than a figure.
func isNameKind(kind string) bool {
	switch kind {
	case "person", "org", "place", "name":
		return true
	}
	return false
}

// figure is how a mention's value reads, the interval when the wording
// allows one ("600–1,200"), or "" when the words say it better (names,
// dates that need the publication date, a tally, whose value is only its
// first count: "9-14" against "9-13" would read "9 vs 9").
func figure(kind string, m compare.FactMention) string {
	if isNameKind(kind) || m.Unit == "relative" || kind == "record" {
		return ""
	}
	if kind == "date" && m.Unit == "day" { // a duration's "day" is its unit
		return dateText(m.Low, m.High)
	}
	one := func(v float64) string {
		switch {
		case m.Unit == "clock":
			s := int(v)
			return fmt.Sprintf("%02d:%02d", s/3600%24, s/60%60)
		}
		return number(v)
	}
	s := one(m.Value)
	if m.Low != m.High {
		lo, hi := one(m.Low), one(m.High)
		// "1.15 billion–1.25 billion" reads as "1.15–1.25 billion".
		if i := strings.IndexByte(lo, ' '); i > 0 && strings.HasSuffix(hi, lo[i:]) {
			lo = lo[:i]
		}
		s = lo + "–" + hi
	}
	switch {
	case m.Unit == "%":
		s += "%"
	case m.Unit == "pp":
		s += " points"
	case m.Unit == "offset":
		s += " days"
	case kind == "money" && m.Unit != "":
		s += " " + m.Unit
	case kind == "temperature":
		s += m.Unit // "-17°", "-5°C": scales differ only where written
	case kind == "duration" && m.Unit != "":
		// "40 minutes vs 1 hour": the units are what differ.
		s += " " + m.Unit
		if m.Low != 1 || m.High != 1 {
			s += "s"
		}
	}
	return s
}

// dateText writes the days [lo, hi] a date mention covers at the precision
// its words gave: "1998-06-05", "June 1998", "1998", "1990s", or the two
// days of any other span ("last week"). A year is not its 1 January.
func dateText(lo, hi float64) string {
	day := func(v float64) time.Time { return time.Unix(int64(v)*86400, 0).UTC() }
	a, b := day(lo), day(hi)
	next := b.AddDate(0, 0, 1)
	switch {
	case lo == hi:
		return a.Format("2006-01-02")
	case a.Day() == 1 && next.Equal(a.AddDate(0, 1, 0)):
		return a.Format("January 2006")
	case a.YearDay() == 1 && next.Equal(a.AddDate(1, 0, 0)):
		return a.Format("2006")
	case a.YearDay() == 1 && next.Equal(a.AddDate(10, 0, 0)) && a.Year()%10 == 0:
		return a.Format("2006") + "s"
	}
	return a.Format("2006-01-02") + "–" + b.Format("2006-01-02")
}

// number writes a value as a reader would: 1,200, 0.85, 1.2 million.
func number(v float64) string {
	round := func(x float64) string { return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) }
	switch a := math.Abs(v); {
	case a >= 1e9:
		return round(v/1e9) + " billion"
	case a >= 1e6:
		return round(v/1e6) + " million"
	case v != math.Trunc(v) || a >= 1e15:
		return round(v)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if v < 0 {
		s = "-" + s
	}
	return s
}

// readings are the distinct values of a fact's mentions: "1,200 vs 2,100".
func readings(f compare.Fact) string {
	var vals []string
	words := slices.ContainsFunc(f.Mentions, partOfDay) // "2:37 p.m. vs mid-afternoon", not an invented 15:00
	for _, m := range f.Mentions {
		one := compare.FactMention{Value: m.Value, Low: m.Value, High: m.Value, Unit: m.Unit}
		if f.Kind == "date" && m.Unit == "day" { // a date reads at its own precision: "June 1998 vs 1998"
			one = m
		}
		v := figure(f.Kind, one)
		if v == "" || words || !showsValue(f.Kind, m) {
			v = m.Text
		}
		if !slices.Contains(vals, v) {
			vals = append(vals, v)
		}
	}
	return strings.Join(vals, " vs ")
}

// showsValue reports whether a mention's value is the figure its text
// writes, so that the value may stand for it. A range's midpoint ("as many
// as 35 to 40" is 37.5) or a vague word's guess ("a handful" is 4, "dozens"
// 36) is no figure the outlet gave: the readings quote the text instead.
// A length of time may be written in words ("hour-long" is 1 hour), so
// there a figure is exact when its span is no more than its own rounding,
// even about it ("one-year" is 0.5 to 1.5); a wider or lopsided one is a
// guess, a range or a hedge ("hundreds of years", "three to five years",
// "over eight years").
func showsValue(kind string, m compare.FactMention) bool {
	switch kind {
	case "count", "number", "money", "percent", "points":
	case "duration":
		return m.High-m.Low <= 1 && math.Abs((m.Value-m.Low)-(m.High-m.Value)) < 1e-9
	default:
		return true
	}
	if !strings.ContainsAny(m.Text, "0123456789") {
		return false
	}
	return m.Value == math.Trunc(m.Value) || strings.ContainsAny(m.Text, ".")
}

// mentionPlace names a mention's article and where it sits: "Harbor
// Herald · lede".
func mentionPlace(rep *compare.Report, m compare.FactMention) string {
	art := rep.Articles[m.Article]
	s := art.Label
	if m.Sentence >= 0 && m.Sentence < len(art.Sentences) {
		s += " · " + position(art.Sentences[m.Sentence])
	}
	return s
}

// validMention reports whether a mention points into the report.
func validMention(rep *compare.Report, m compare.FactMention) bool {
	return m.Article >= 0 && m.Article < len(rep.Articles)
}

// writeFacts lists the facts of an inspected row: conflicts and figures
// that differ within rounding with every article's wording, then the
// figures the articles agree on in one line. Names and figures only one
// article gives are left to the panes: listing every mention of a name
// across the articles buries the figures that need checking.
func writeFacts(w *textWriter, ix *index, facts []int) {
	rep := ix.rep
	var agreed []string
	for _, fi := range facts {
		f := rep.Facts[fi]
		switch {
		case f.Status == compare.FactConflict || f.Status == compare.FactCompatible:
			writeFact(w, rep, f)
		case f.Status == compare.FactShared && !isNameKind(f.Kind) && len(f.Mentions) > 0:
			agreed = append(agreed, fmt.Sprintf("“%s” (%s)", f.Mentions[0].Text, f.Kind))
		}
	}
	if len(agreed) > 0 {
		w.hanging(w.st.Subtle.Render(markAgreed+" agreed figures: "), strings.Join(agreed, " · "), nil, tsPlain, 0)
		w.blank()
	}
}

// widened reports whether a mention's wording allows more than rounding
// ("about", "up to"): more than 10% of the value. Plain rounding ("400
// jobs" as 399.5–400.5) would only be noise.
func widened(m compare.FactMention) bool {
	return m.High-m.Low > 0.1*math.Abs(m.Value)
}

// writeFact lists a conflicting or compatible fact: each article's words
// and, where the wording widens it, the range it was read as.
func writeFact(w *textWriter, rep *compare.Report, f compare.Fact) {
	mark, sty, what := markConflict, w.st.MarkConflict, "the articles give different figures"
	if f.Status == compare.FactCompatible {
		mark, sty, what = markCompatible, w.st.Subtle, compatibleWhat(f)
	}
	w.heading(fmt.Sprintf("%s fact %s (%s): %s", f.Status, f.ID, f.Kind, what))
	for _, m := range f.Mentions {
		if !validMention(rep, m) {
			continue
		}
		s := fmt.Sprintf("“%s” · %s", m.Text, mentionPlace(rep, m))
		if widened(m) {
			if v := figure(f.Kind, m); v != "" && v != m.Text { // not "“1990s” · read as 1990s"
				s += " · read as " + v
			}
		}
		w.hanging(sty.Render(mark)+" ", s, nil, tsPlain, 0)
	}
	w.blank()
}

// roughHeading heads the overview's compatible facts: figures within
// rounding or a hedge of each other, and also a clock time inside a part
// of the day, a date given more or less precisely, or one number said of
// differently named things; the text report's section says the same.
const roughHeading = "Figures that agree only roughly"

// compatibleWhat says how a compatible fact's figures agree: a date
// given more or less precisely, one number said of differently named
// things ("480 people", "about 480 jobs"), or one figure within rounding
// or a hedge.
func compatibleWhat(f compare.Fact) string {
	switch {
	case f.Kind == "date":
		return "the same date, given more or less precisely"
	case slices.ContainsFunc(f.Mentions, partOfDay):
		var parts, times []string
		for _, m := range f.Mentions {
			if l := &times; !slices.Contains(parts, m.Text) && !slices.Contains(times, m.Text) {
				if partOfDay(m) {
					l = &parts
				}
				*l = append(*l, m.Text)
			}
		}
		if len(times) == 0 {
			return "the same time, given as parts of the day"
		}
		return strings.Join(times, " and ") + " falls in " + strings.Join(parts, " and ")
	case slices.ContainsFunc(f.Mentions, func(m compare.FactMention) bool { return m.Unit != f.Mentions[0].Unit }):
		return "the same number, of differently named things"
	}
	return "the same figure within rounding"
}

// partOfDay reports whether a mention is a part of the day ("morning",
// "mid-afternoon"): a time wider than an hour.
func partOfDay(m compare.FactMention) bool {
	return m.Unit == "clock" && m.High-m.Low > 3600
}

// hasFacts reports whether the report has a fact of a status.
func hasFacts(rep *compare.Report, status string) bool {
	return slices.ContainsFunc(rep.Facts, func(f compare.Fact) bool { return f.Status == status && len(f.Mentions) > 0 })
}

// addFacts adds the overview's facts of one status: a line per fact with
// the values read, then a line per mention that enter jumps to. It reports
// whether there were any.
func (ov *overview) addFacts(ix *index, status string, st *Styles) bool {
	rep := ix.rep
	mark, sty := markConflict, st.MarkConflict
	if status != compare.FactConflict {
		mark, sty = markCompatible, st.Subtle
	}
	found := false
	for _, f := range rep.Facts {
		if f.Status != status || len(f.Mentions) == 0 {
			continue
		}
		found = true
		head := fmt.Sprintf(" %s %s: %s", mark, f.Kind, readings(f))
		ov.add(sty.Render(head), head, -1)
		for _, m := range f.Mentions {
			if validMention(rep, m) {
				ov.wrapped(fmt.Sprintf("“%s” · %s", m.Text, mentionPlace(rep, m)), 4, ix.rowOf(m.Article, m.Sentence), st)
			}
		}
	}
	return found
}
