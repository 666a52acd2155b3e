package fact

import "strings"

// Lengths of time written without a figure, and lengths in different time
// units compared: "an hour-long meeting" against "a 40-minute meeting" is
// a disagreement an editor wants shown, as "40-minute" against
// "90-minute" already is.

// unitLong reads a length of one time unit written as a compound, at k:
// "hour-long", "day-long", "week-long". It is a count of its unit, as "40-minute" is, covering a fifth of the unit
// either side (see lengthSlack). It returns the index after it, or k.
func (p *qparser) unitLong(k int) int {
	t := &p.toks[k]
	if t.kind != tokWord || t.hd == 0 || t.head().cls&lxTimeUnit == 0 || !strings.EqualFold(p.text[t.headEnd:t.end], "-long") {
		return k
	}
	const v = 1.0
	m := p.mention(k, k+1, "count", "")
	m.Unit = t.head().canon
	m.Value, m.Low, m.High = v, v*(1-lengthSlack), v*(1+lengthSlack)
	return p.emit(m, k+1)
}

// lengthSlack is how far a length stated in one time unit may be from
// one stated in another and still agree: "two hours" of 100 minutes, not
// of 90; "an hour-long" meeting of 50 minutes, not of 40. Within one unit
// the rounding rules apply as to any count.
const lengthSlack = 0.2

// maxLengthRatio is how many times one length of time may be another's and
// the two still be compared across units.
const maxLengthRatio = 4

// inDays restates a count of a time unit in days, its interval narrowed
// to lengthSlack either side when the wording is not hedged: a rounding
// of "two hours" covers 90 minutes, but a reporter with 90 minutes writes
// "90 minutes".
func inDays(m Mention, days float64) Mention {
	if m.Hedge == "" {
		m.Low, m.High = max(m.Low, m.Value*(1-lengthSlack)), min(m.High, m.Value*(1+lengthSlack))
	}
	m.Value, m.Low, m.High, m.Unit = m.Value*days, m.Low*days, m.High*days, "day"
	return m
}

// unitDays returns the length of a time unit in days, or 0 for any
// other noun.
func unitDays(unit string) float64 {
	if e := lookup(unit); e != nil && e.cls&lxTimeUnit != 0 {
		return e.num
	}
	return 0
}

// IsLength reports whether m is a length of time: a count of a time unit
// ("40-minute", "three weeks", "hour-long") that is not an age.
func IsLength(m Mention) bool {
	return m.Kind == "count" && m.Of == "" && unitDays(m.Unit) > 0
}

// sameLengthUnit restates two lengths of time in different units in days
// (see inDays) when they are within maxLengthRatio of each other; other
// mentions are returned as they are.
//
// A length restated in another unit is close to the first ("90-day",
// "three-month"; "40-minute", "two-hour"); lengths far apart in two units
// are lengths of different things ("44 seconds" into a round and "more
// than four years" unbeaten, "a few minutes" and "90 days"), and in ECB+
// every pair so compared was.
func sameLengthUnit(a, b Mention) (Mention, Mention) {
	if a.Kind != "count" || b.Kind != "count" || a.Unit == b.Unit || a.Of != "" || b.Of != "" {
		return a, b
	}
	da, db := unitDays(a.Unit), unitDays(b.Unit)
	if da == 0 || db == 0 || max(a.Value*da, b.Value*db) > maxLengthRatio*min(a.Value*da, b.Value*db) {
		return a, b
	}
	return inDays(a, da), inDays(b, db)
}

// lengthHolders sets By on each length of time in qs to the surname of
// the first person named before it in its sentence (names, from Names, in
// order of position), most often its subject: "Yvonne Hiller, who had
// worked at the plant for 15 years" and "Larry Dorsey, who has worked at
// the plant for 37 years" give two people's lengths of service, which are
// not one fact. The first name, not the nearest: "Hiller has worked for
// Kraft for about 15 years" is Hiller's time, not Kraft's. A clause joined
// on with a subject of its own is its own: in "the Sox have the high
// offer, and the O's have only offered seven years" the seven years are
// the O's (see clauseHolder). A length with no name before it in its
// sentence ("she had worked there for 15 years") keeps no holder and is
// compared with any. Only conflicts are held back by holders (see
// CompareMentions).
func lengthHolders(text string, qs, names []Mention) {
	n := 0
	for i := range qs {
		m := &qs[i]
		for n < len(names) && names[n].End <= m.Start {
			n++
		}
		if !IsLength(*m) {
			continue
		}
		first, from := "", m.Start
		for j := n - 1; j >= 0 && !sentenceBreak(text[names[j].End:m.Start]); j-- {
			if nm := names[j]; nm.Kind == "person" || nm.Kind == "name" {
				first, from = nm.Unit, nm.Start
			}
		}
		if h, ok := clauseHolder(text, from, m.Start, names[:n]); ok {
			first = h
		}
		if f := strings.Fields(strings.ToLower(first)); len(f) > 0 {
			m.By = strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
		}
	}
}

// clauseJoins open a clause of a sentence that may have a subject of its
// own: "…, and the O's offered seven years", "…; Smith served five".
var clauseJoins = []string{", and ", ", but ", ", while ", ", whereas ", "; ", " — ", " – "}

// clauseHolder returns who holds a length at pos when a clause joined on
// after the sentence's first name (at from) opens with its own subject: a
// name (names, in order, end before pos), or a capitalised word after
// "the" that the name finder does not take ("the O's"). A clause that
// opens with no subject ("…, and has worked there for 15 years") shares
// the sentence's.
func clauseHolder(text string, from, pos int, names []Mention) (string, bool) {
	if from >= pos {
		return "", false
	}
	span, at := text[from:pos], -1
	for _, j := range clauseJoins {
		if k := strings.LastIndex(span, j); k >= 0 && from+k+len(j) > at {
			at = from + k + len(j)
		}
	}
	if at < 0 {
		return "", false
	}
	for _, nm := range names {
		if nm.Start >= at && (nm.Kind == "person" || nm.Kind == "name") {
			if nm.Start == at || nm.Start == at+len("the ") && strings.HasPrefix(text[at:], "the ") {
				return nm.Unit, true
			}
			break
		}
	}
	rest, ok := strings.CutPrefix(text[at:pos], "the ")
	if !ok {
		return "", false
	}
	w, _, _ := strings.Cut(rest, " ")
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return "", false
	}
	return strings.TrimRight(w, ",.;:"), true
}

// sentenceBreak reports whether s, the text between two words, ends a
// sentence: a full stop, question or exclamation mark before a space, or
// a line break. An abbreviation ("Cpl. Jones") is taken as a break too,
// which only leaves a length without a holder.
func sentenceBreak(s string) bool {
	if strings.Contains(s, "\n") {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && (s[i+1] == ' ' || s[i+1] == '"' || s[i+1] == 0xe2) { // 0xe2 starts a curly quote
			return true
		}
	}
	return false
}

// lasting reports whether the word before token k makes the length of
// time after it how long something lasted: "the standoff lasted two hours
// before the gunman gave up", "waited for two hours before": a length, no
// offset of two hours before an event (which met another outlet's "gave
// up about two hours later" as a conflict of -2 and +2 hours).
func (p *qparser) lasting(k int) bool {
	if k == 0 || p.toks[k-1].kind != tokWord {
		return false
	}
	switch strings.ToLower(p.word(k - 1)) {
	case "lasted", "lasting", "lasts", "last", "for":
		return true
	}
	return false
}
