package fact

import (
	"math"
	"strings"
	"time"
)

// unixDay returns the days from 1970-01-01 to t's calendar date, read in
// t's own location.
func unixDay(t time.Time) float64 {
	y, m, d := t.Date()
	return civilDay(y, m, d)
}

func civilDay(y int, m time.Month, d int) float64 {
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// validDay reports whether y-m-d is a real calendar date.
func validDay(y int, m time.Month, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}

// emitDays adds a date covering days [lo, hi], or a relative date when lo is
// NaN (no anchor).
func (p *qparser) emitDays(first, next int, lo, hi float64) int {
	m := p.mention(first, next, "date", "")
	if math.IsNaN(lo) {
		m.Unit = "relative"
		return p.emit(m, next)
	}
	m.Unit, m.Value, m.Low, m.High = "day", lo, lo, hi
	return p.emit(m, next)
}

var unanchored = math.NaN()

func monthSpan(y int, m time.Month) (float64, float64) {
	return civilDay(y, m, 1), civilDay(y, m+1, 1) - 1
}

func yearSpan(y int) (float64, float64) { return civilDay(y, 1, 1), civilDay(y+1, 1, 1) - 1 }

// dateWord reads a date or clock time that starts with a word: "Jan. 5",
// "January 5, 2024", "Monday", "last month", "the past year", "yesterday",
// "noon", "mid-afternoon".
func (p *qparser) dateWord(i int) int {
	t := &p.toks[i]
	switch {
	case t.is(lxMonth) && t.cap:
		return p.monthDate(i, i, 0)
	case t.is(lxWeekday) && t.cap:
		return p.weekday(i, i, 0)
	case t.is(lxRelMod):
		return p.relative(i)
	case t.is(lxRelDay):
		if p.pub.IsZero() {
			return p.emitDays(i, i+1, unanchored, 0)
		}
		d := unixDay(p.pub) + t.lex().num
		return p.emitDays(i, i+1, d, d)
	case t.is(lxClock):
		m := p.mention(i, i+1, "time", "")
		m.Unit, m.Value, m.Low, m.High = "clock", t.lex().num, t.lex().lo, t.lex().hi
		return p.emit(m, i+1)
	}
	return i
}

// relative reads "last/next/this/past" + week, month, year, a weekday or a
// month name; after "the", "last" and "past" mean the period just ended.
func (p *qparser) relative(i int) int {
	k := i + 1
	if k >= len(p.toks) || p.toks[k].kind != tokWord {
		return i
	}
	mod := strings.ToLower(p.word(i))
	n := &p.toks[k]
	step := 0
	switch mod {
	case "last", "past":
		step = -1
	case "next":
		step = 1
	}
	switch {
	case n.is(lxWeekday) && n.cap:
		return p.weekday(i, k, step)
	case n.is(lxMonth) && n.cap:
		return p.monthDate(i, k, step)
	case !n.is(lxTimeUnit):
		return i
	}
	unit := n.lex().canon
	if unit != "week" && unit != "month" && unit != "year" {
		return i
	}
	first := i
	rolling := mod == "past"
	if i > 0 && strings.EqualFold(p.word(i-1), "the") && step < 0 {
		first, rolling = i-1, true
	}
	if p.pub.IsZero() {
		return p.emitDays(first, k+1, unanchored, 0)
	}
	day := unixDay(p.pub)
	y, m, _ := p.pub.Date()
	if rolling { // "the past year": the period up to publication
		return p.emitDays(first, k+1, day-math.Round(n.lex().num), day)
	}
	var lo, hi float64
	switch unit {
	case "week": // weeks start on Monday
		start := day - float64((int(p.pub.Weekday())+6)%7) + 7*float64(step)
		lo, hi = start, start+6
	case "month":
		lo, hi = monthSpan(y, m+time.Month(step))
	case "year":
		lo, hi = yearSpan(y + step)
	}
	return p.emitDays(first, k+1, lo, hi)
}

// weekday reads the weekday at k: with step 0 the one on or before
// publication, -1 the one strictly before, 1 the one strictly after.
func (p *qparser) weekday(first, k, step int) int {
	if p.pub.IsZero() {
		return p.emitDays(first, k+1, unanchored, 0)
	}
	want, have := int(p.toks[k].lex().num), int(p.pub.Weekday())
	day := unixDay(p.pub)
	switch step {
	case 1:
		day += float64((want-have+6)%7 + 1)
	case -1:
		day -= float64((have-want+6)%7 + 1)
	default:
		day -= float64((have - want + 7) % 7)
	}
	return p.emitDays(first, k+1, day, day)
}

// monthDate reads a month name at k and what follows: "Jan. 5", "January 5,
// 2024", "January 2024", or a bare month after "in", "since", "last"...
// step is -1/1 after "last"/"next".
func (p *qparser) monthDate(first, k, step int) int {
	mon := time.Month(p.toks[k].lex().num)
	j := k + 1
	day, year := 0, 0
	if d, ok := p.smallInt(j, 31); ok && p.toks[j].gap == gapSpace {
		day, j = d, j+1
		if j < len(p.toks) && p.toks[j].gap == gapNone && p.toks[j].is(lxOrdinal) {
			j++
		}
	}
	y := j
	if y < len(p.toks) && p.char(y) == ',' && day > 0 {
		y++
	}
	if yr, ok := p.smallInt(y, 2999); ok && yr >= 1000 && p.toks[y].end-p.toks[y].start == 4 {
		year, j = yr, y+1
	}
	switch {
	case year > 0 && day > 0:
		if !validDay(year, mon, day) {
			return first
		}
		d := civilDay(year, mon, day)
		return p.emitDays(first, j, d, d)
	case year > 0:
		lo, hi := monthSpan(year, mon)
		return p.emitDays(first, j, lo, hi)
	case day == 0 && step == 0 && !p.monthCue(first):
		return first
	}
	return p.anchorMonth(first, j, mon, day, step)
}

// anchorMonth emits a month, or a day of it (day > 0), written without a
// year: the occurrence nearest to publication (ties go to the past), or with
// step -1/1 the nearest strictly before/after publication's month.
func (p *qparser) anchorMonth(first, next int, mon time.Month, day, step int) int {
	if p.pub.IsZero() {
		return p.emitDays(first, next, unanchored, 0)
	}
	py, pm, _ := p.pub.Date()
	best, bestDist := py, 1<<30
	for y := py - 1; y <= py+1; y++ {
		o := (y-py)*12 + int(mon) - int(pm)
		if step < 0 && o >= 0 || step > 0 && o <= 0 {
			continue
		}
		if d := max(o, -o); d < bestDist {
			best, bestDist = y, d
		}
	}
	if day == 0 {
		lo, hi := monthSpan(best, mon)
		return p.emitDays(first, next, lo, hi)
	}
	if !validDay(best, mon, day) {
		return first
	}
	d := civilDay(best, mon, day)
	return p.emitDays(first, next, d, d)
}

// monthCue reports whether a bare month name at first follows a word that
// makes it a date ("in January") rather than a name ("Theresa May").
func (p *qparser) monthCue(first int) bool {
	if first == 0 {
		return false
	}
	switch strings.ToLower(p.word(first - 1)) {
	case "in", "since", "until", "by", "early", "late", "mid", "during", "from", "through", "last", "next", "this":
		return true
	}
	return false
}

// smallInt reads a plain whole number no larger than limit at k.
func (p *qparser) smallInt(k, limit int) (int, bool) {
	if k >= len(p.toks) || p.toks[k].kind != tokNum {
		return 0, false
	}
	lit := p.text[p.toks[k].start:p.toks[k].end]
	if len(lit) > 4 || strings.ContainsAny(lit, ",.") {
		return 0, false
	}
	n := 0
	for i := 0; i < len(lit); i++ {
		n = n*10 + int(lit[i]-'0')
	}
	return n, n >= 1 && n <= limit
}

// dayMonth reads "5 January 2024" or "5 Jan" from a figure followed by a
// month name.
func (p *qparser) dayMonth(f figure) int {
	k := f.next
	if !f.digits || f.next != f.first+1 || k >= len(p.toks) || !p.toks[k].is(lxMonth) || !p.toks[k].cap {
		return 0
	}
	day, ok := p.smallInt(f.first, 31)
	if !ok {
		return 0
	}
	j, mon := k+1, time.Month(p.toks[k].lex().num)
	if yr, ok := p.smallInt(j, 2999); ok && yr >= 1000 {
		if !validDay(yr, mon, day) {
			return 0
		}
		d := civilDay(yr, mon, day)
		return p.emitDays(f.first, j+1, d, d)
	}
	if next := p.anchorMonth(f.first, j, mon, day, 0); next > f.first {
		return next
	}
	return 0
}

// yearDate emits a year ("2014") or a decade ("1990s") as a date.
func (p *qparser) yearDate(f figure) int {
	y := int(f.v)
	lo, hi := yearSpan(y)
	if f.decade {
		_, hi = yearSpan(y + 9)
	}
	return p.emitDays(f.first, f.next, lo, hi)
}

// clock reads "2:37 p.m.", "10 a.m.", "10am" or "14:30" and returns 0 when
// the figure is not a time of day.
func (p *qparser) clock(q hedged) int {
	f := q.f
	if !f.digits || f.next != f.first+1 || f.v != math.Trunc(f.v) || f.v > 24 {
		return 0
	}
	k, hour, minute := f.next, int(f.v), -1
	if k+1 < len(p.toks) && p.char(k) == ':' && p.toks[k].gap == gapNone && p.toks[k+1].gap == gapNone {
		if mm, ok := p.smallInt(k+1, 59); ok || p.word(k+1) == "00" {
			if p.toks[k+1].end-p.toks[k+1].start == 2 {
				minute, k = mm, k+2
			}
		}
	}
	meridiem := -1
	if k < len(p.toks) && p.toks[k].is(lxMeridiem) && p.toks[k].gap != gapLine {
		meridiem, k = int(p.toks[k].lex().num), k+1
	}
	if meridiem < 0 && minute >= 0 && p.elapsedMark(k) {
		return k // "the 2:15 mark", "2:15 into the round": a point in a round or a race, no time of day
	}
	switch {
	case minute < 0 && meridiem < 0:
		return 0
	case meridiem >= 0 && (hour < 1 || hour > 12):
		return 0
	case meridiem < 0 && hour > 23:
		return 0
	}
	if meridiem == 12 && hour < 12 {
		hour += 12
	} else if meridiem == 0 && hour == 12 {
		hour = 0
	}
	v, u := float64(hour*3600+max(minute, 0)*60), 3600.0
	if minute >= 0 {
		u = 60
	}
	lo, hi := widen(v, u, v-u/2, v+u/2, q.h, 900, 3600)
	m := p.mention(q.start, k, "time", q.phrase)
	m.Unit, m.Value, m.Low, m.High = "clock", v, max(lo, 0), hi
	return p.emit(m, k)
}

// elapsedMark reports whether the words at k make a minutes-and-seconds
// figure before them a time elapsed in a contest: "the 2:15 mark", "2:15
// into the seventh", "2:15 of the seventh round".
func (p *qparser) elapsedMark(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tokWord || p.toks[k].gap == gapLine {
		return false
	}
	switch strings.ToLower(p.word(k)) {
	case "mark", "into", "remaining":
		return true
	case "of":
		for j := k + 1; j < len(p.toks) && j <= k+3 && p.toks[j].kind != tokPunct; j++ {
			switch strings.ToLower(p.word(j)) {
			case "round", "period", "quarter", "half", "overtime", "inning", "set", "bout", "fight", "match", "game", "race":
				return true
			}
		}
	}
	return false
}

// CompareWeekdays compares two dates that are a bare weekday each
// ("Friday", "Saturday") and had no publication date to anchor them
// (Unit "relative"): whatever the week, a Saturday is never a Friday, so
// different weekdays conflict, and the same weekday is shared. ok is false
// unless both mentions are such weekdays: "last Friday" and "Friday" may
// be different Fridays, and a weekday anchored to a date compares as a
// day through CompareMentions.
func CompareWeekdays(a, b Mention) (Status, bool) {
	wa, oka := Weekday(a)
	wb, okb := Weekday(b)
	switch {
	case !oka || !okb:
		return "", false
	case wa == wb:
		return Shared, true
	}
	return Conflict, true
}

// Weekday returns the weekday an unanchored date names when its words are
// a capitalised weekday name and nothing else ("Friday", not "last
// Friday").
func Weekday(m Mention) (time.Weekday, bool) {
	if m.Kind != "date" || m.Unit != "relative" || m.Text == "" || m.Text[0] < 'A' || m.Text[0] > 'Z' {
		return 0, false
	}
	e := lookup(m.Text)
	if e == nil || e.cls&lxWeekday == 0 {
		return 0, false
	}
	return time.Weekday(e.num), true
}
