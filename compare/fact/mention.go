package fact

import "strings"

// Mention is one figure or name found in a text.
type Mention struct {
	Start, End int    // byte offsets of the whole expression in the text
	Text       string // text[Start:End]
	Kind       string // "money", "percent", "points", "count", "record", "time", "date", "number", "temperature", "person", "org", "place", "name"
	// Value is the normalised figure (see the package documentation); 0 for names.
	Value float64
	// Low and High bound what the wording allows; Low <= Value <= High.
	Low, High float64
	// Unit is the currency, "%", "pp", the counted noun, "clock", "day",
	// "offset" or "relative"; for a record, what it is a tally of
	// ("record", "score", "vote", "record, last 10"); for names, the
	// canonical name.
	Unit string
	// Hedge is the hedging phrase in lower case ("about", "more than"), or "".
	Hedge string
	// Aliases are other ways to write a name: surname, acronym, the form
	// without a corporate suffix, the titled form. Nil for quantities.
	Aliases []string
	// Of is, for an age ("60-year-old"), what it is the age of: "person:"
	// and the surname for a named person, "person-f" or "person-m" for a
	// woman or a man ("a 60-year-old woman"), "person" for another person
	// ("the 15-year-old"), each followed by "/" and a nationality when
	// one is told ("person/australian"), else the noun ("a 41-year-old
	// murder case" is "case"); for a count that gives a place's size,
	// the place ("a town of 15,000 people" is "town"). "" for other
	// figures.
	Of string
	// By is, for a length of time ("worked at the plant for 15 years"),
	// the surname, in lower case, of whom its sentence (or its clause,
	// when the clause has a subject of its own) names first: whose time
	// it is (see lengthHolders). "" when none is named there.
	By string
	// Other marks a count of others beside some told before ("seven
	// AK-47s, three other automatic rifles", "two more ships"): a part of
	// a total, which a count of the total does not contradict.
	Other bool
	// Second is, for a record (a tally: "9-14", "voted 7-2"), its second
	// count; Value is its first.
	Second float64
	// Attributive marks a count joined by a hyphen to the noun it sizes
	// ("a three-game losing streak", "a 12-point lead"): the size of one
	// thing, which a count of the same noun elsewhere ("eight losses in
	// their last 10 games") need not contradict. Lengths of time
	// ("40-minute") are not marked: they compare as lengths. A sum
	// between an article and a thing it prices ("a $12,500 Breitling watch")
	// is marked too (see itemPrices).
	Attributive bool
	// Drawn marks a record of three counts, won-lost-drawn ("45-7-2"),
	// and Draws is its third count.
	Drawn bool
	Draws uint16
	// Converted marks a sum restated in another currency beside itself
	// ("85 million euros ($108 million)"): it agrees with the same sum
	// elsewhere and contradicts nothing (see conversions).
	Converted bool
	// Fate is, for a count of those harmed, what befell them: "killed"
	// ("killed two co-workers", "10 people died") or "hurt" ("shot three
	// co-workers", "12 people were injured"); for a count of those who
	// take part, "acted" ("about 100 youths hurled petrol bombs"); else
	// "" (see fateOf).
	Fate string
	// Also is, for a count of two nouns joined ("420 passengers and
	// crew"), the second: a total, which another outlet's count of the
	// first alone ("246 passengers") does not contradict.
	Also string
	// Compared is, for a count that measures a difference or picks out
	// part of a series, the word that says so, in lower case: "sooner"
	// in "five rounds sooner", "behind" in "two games in the loss column
	// behind", "first" in "the first two games"; else "". Such a count is
	// no total of those things: a count of them told otherwise ("more
	// than five rounds", "won two games") does not conflict with it (see
	// comparedCount).
	Compared string
	// Bearing is, for a distance that places something from a place
	// ("30 miles east of Orlin", "48km (30 miles) south-east of Orlin"),
	// its compass direction in lower case without a hyphen:
	// "east", "southwest"; else "". Distances on bearings that share no
	// point of the compass ("northwest", "east") place two things and
	// are never compared.
	Bearing string
	// Rate is, for a count told per something, what it is per, in lower
	// case: "run" in "3.8 yards per run", "carry" in "5.2 yards a
	// carry", "each" in "ten points each", "average" in "averaged 3.8
	// yards"; else "" (see rateOf). A rate and a total, or rates per two
	// things, never conflict.
	Rate string
	// Missed marks a count of what someone missed ("missed four games",
	// "sat out two meetings"; see missedCount): the part of a series
	// they were absent from, which a count of what they took part in
	// ("played in 10 games") does not contradict.
	Missed bool
}

// Status is how two mentions of a fact relate.
type Status string

const (
	Shared     Status = "shared"     // the same figure, stated the same way
	Compatible Status = "compatible" // different wording, overlapping intervals
	Conflict   Status = "conflict"   // the intervals do not overlap
)

// CompareMentions reports how a and b relate. The boolean is false when they
// cannot be compared: different kinds or units, a date that could not be
// anchored, or names that are not the same (names that are the same, by
// SameName, are Shared).
func CompareMentions(a, b Mention) (Status, bool) {
	if a.Kind != b.Kind {
		return "", false
	}
	if isNameKind(a.Kind) {
		if SameName(a, b) {
			return Shared, true
		}
		return "", false
	}
	if a.Kind == "record" {
		return compareRecords(a, b)
	}
	if a.Converted || b.Converted {
		// A restatement contradicts nothing: the rate or the rounding is
		// the outlet's. A sum agrees only with the same sum (a sum near it
		// may be another fact's); a measure with one it overlaps ("about
		// 600 metres (2,000 feet)", "about 2,000 feet").
		if a.Unit == b.Unit && a.Value == b.Value && a.Low == b.Low && a.High == b.High {
			return Shared, true
		}
		if a.Kind == "money" {
			return "", false
		}
		a.Converted, b.Converted = false, false
		if st, ok := CompareMentions(a, b); ok && st != Conflict {
			return st, true
		}
		return "", false
	}
	a, b = sameLengthUnit(a, b)
	if a.Kind == "count" && a.Unit != b.Unit && measure(a.Unit) != "" && measure(a.Unit) == measure(b.Unit) {
		b.Unit = a.Unit // "150 metres", "150 meters"; "120 mph", "120 miles per hour"
	}
	if a.Kind == "money" && a.Unit != b.Unit && a.Unit != "" && b.Unit != "" {
		// "£1.2bn" and "$1.2bn": the same figure in another currency is
		// a classic rewrite error. Different figures in two currencies,
		// even within rounding of each other ("2m euros" and "$2.5
		// million"), may be one sum converted ("£1.7m; $2.6m") and are
		// not compared.
		if a.Value == b.Value {
			return Conflict, true
		}
		return "", false
	}
	if a.Unit != b.Unit || a.Unit == "relative" || !isQuantityKind(a.Kind) || !sameHolder(a.Of, b.Of) {
		return "", false
	}
	if bearingsApart(a.Bearing, b.Bearing) {
		// "about 30 miles northwest of where the van was found" and
		// "about 30 miles east of Orlin": two places, not one distance.
		return "", false
	}
	if comparatives[a.Compared] != comparatives[b.Compared] || facing(a.Compared)*facing(b.Compared) < 0 {
		// "finished five rounds sooner" and "fought more than five
		// rounds": a difference and a count, however near. "His last
		// two games" and "the final two games": the stretch behind and
		// the one ahead.
		return "", false
	}
	if a.Fate != b.Fate && a.Fate != "" && b.Fate != "" && (a.Fate == "acted" || b.Fate == "acted") {
		// "about 100 youths hurled petrol bombs" and "100 people were
		// injured": those taking part and those harmed are two figures,
		// however near.
		return "", false
	}
	ha, hb := hedgeByPhrase[a.Hedge], hedgeByPhrase[b.Hedge]
	if a.Value == b.Value && a.Low == b.Low && a.High == b.High && ha == hb {
		return Shared, true
	}
	lo, hi := max(a.Low, b.Low), min(a.High, b.High)
	switch {
	case lo < hi:
		return Compatible, true
	case lo == hi && !openAt(a, ha, lo) && !openAt(b, hb, lo):
		return Compatible, true
	case (partOfDay(a) || partOfDay(b)) && clockGap(a, b) <= dayPartSlack:
		// "Afternoon" and "evening", or "evening" and "8 p.m.", need not
		// contradict: a part of the day has no edges a reader holds a
		// reporter to. Parts far apart ("morning" and "11 p.m.",
		// "morning" and "evening") still conflict.
		return "", false
	case a.Attributive != b.Attributive:
		// "a three-game losing streak" against "eight losses in their
		// last 10 games": the size of a streak and a count of games are
		// two figures. Only a conflict is held back: "a 12-point lead"
		// and "led by 12 points" still agree.
		return "", false
	case a.Other != b.Other:
		// "three other automatic rifles" beside seven AK-47s against
		// "nine assault rifles": a part and a total. Two counts of others
		// ("two other rifles", "three other rifles") are one part told
		// two ways.
		return "", false
	case a.Compared != b.Compared:
		// "the first two games" and "lost three games": a part of a
		// series and a total.
		return "", false
	case a.Rate != b.Rate:
		// "averaging 3.8 yards per run" and "52 catches for 440 yards":
		// an average and a total are two figures. Only a conflict is
		// held back: "averaged 12 points" and "12 points a game" agree.
		return "", false
	case a.Missed != b.Missed:
		// "missed four games" and "played in 10 games": the part of a
		// season someone was absent from and the part they played.
		return "", false
	case a.Also != b.Also:
		// "420 passengers and crew" and "246 passengers": a total and a
		// part of it.
		return "", false
	case a.Fate != "" && b.Fate != "" && a.Fate != b.Fate:
		// "shot three co-workers" and "killed two co-workers": the
		// wounded and the dead of one attack are two figures.
		return "", false
	case a.By != "" && b.By != "" && a.By != b.By:
		// Two people's lengths of service ("Quill, who had worked there
		// for 15 years"; "Osgood, who has worked there for 37 years")
		// are not one fact. Only a conflict is held back: a holder read
		// from the sentence's first name is weak evidence ("The Nationals
		// bid over eight years, the Orioles over seven"), and lengths
		// that agree are likely one fact whoever the sentence names.
		return "", false
	}
	return Conflict, true
}

// compareRecords compares two tallies: only tallies of one thing (the
// same Unit, named by the words around them) compare, Shared when both
// counts are the same and else in Conflict. A score or a vote may be
// told either way round ("won 88-72", "a 72-88 loss"); a won-lost record
// may not. A tally that nothing names ("Klitschko, 58-3, floored...") is
// Shared with the same tally and compared with no other, unless both
// name one holder (Of): then both are that holder's record ("Klitschko
// (52-3)", "Klitschko, 53-3, 47 KO's"). Tallies of two named holders
// are never compared.
func compareRecords(a, b Mention) (Status, bool) {
	// "45-7-2" and "45-7" may be one record told without its draws.
	same := a.Value == b.Value && a.Second == b.Second && (a.Draws == b.Draws || a.Drawn != b.Drawn)
	if a.Of != b.Of && a.Of != "" && b.Of != "" {
		return "", false // Klitschko's record and Rahman's
	}
	if a.Of != "" && a.Of == b.Of && (a.Unit == "" || b.Unit == "") {
		if u := a.Unit + b.Unit; u == "" || u == "record" {
			a.Unit, b.Unit = "record", "record"
		}
	}
	if a.Unit == "" || b.Unit == "" {
		if same {
			return Shared, true
		}
		return "", false
	}
	if a.Unit != b.Unit {
		return "", false
	}
	if !strings.HasPrefix(a.Unit, "record") {
		same = same || a.Value == b.Second && a.Second == b.Value
	}
	if same {
		return Shared, true
	}
	return Conflict, true
}

// dayPartSlack is how far past its nominal hours a part of the day may
// be said of a time or meet its neighbour: "evening" of 5 p.m. or 11
// p.m., "afternoon" and "evening", "morning" and "midday".
const dayPartSlack = 2 * 3600

// clockGap is the time between two clock intervals that do not overlap,
// the shorter way round the day ("evening" ends two hours before
// "midnight").
func clockGap(a, b Mention) float64 {
	const day = 86400
	gap := max(a.Low, b.Low) - min(a.High, b.High)
	return max(0, min(gap, day-(max(a.High, b.High)-min(a.Low, b.Low))))
}

// partOfDay reports whether m is a vague part of the day ("morning",
// "mid-afternoon"), wider than a clock time even when hedged ("about 3
// p.m." is an hour).
func partOfDay(m Mention) bool {
	return m.Kind == "time" && m.Unit == "clock" && m.High-m.Low > 3600
}

// CompareCounts compares two counts of differently named things in
// sentences that report one fact ("480 people" employed, "about 480
// permanent jobs"). They are Shared when the figures are the same, as
// written ("the 1967 killings", "the 1967 slayings": one figure, not one
// within rounding of the other), else Compatible, and either only when
// they may count the same thing: their figures agree as one noun's would (overlapping intervals,
// a rounding excluding its upper end, so "three jurors" and "four people"
// do not), the figure is large enough that an equal one is no coincidence
// (small counts recur across the things one story counts: "two jurors",
// "two officers", "four sentences"), and neither noun measures time
// ("three years", "three times") or is a unit of measure ("12 nautical
// miles" against "about a dozen ships"), and the nouns may count the same
// things (mayCountSameThing: "23 pirates" and "23 suspects", not "nearly
// 100 attacks" and "as many as 100 merchant vessels"). They never
// conflict, since different nouns may count different things. The boolean
// is false when they are not compared.
func CompareCounts(a, b Mention) (Status, bool) {
	if a.Kind != "count" || b.Kind != "count" || measuresTime(a.Unit) || measuresTime(b.Unit) || measure(a.Unit) != "" || measure(b.Unit) != "" ||
		min(a.Low, b.Low) < minTwoNounCount || !mayCountSameThing(a.Unit, b.Unit) {
		return "", false
	}
	b.Unit = a.Unit
	if st, ok := CompareMentions(a, b); ok && st != Conflict {
		return st, true
	}
	return "", false
}

// minTwoNounCount is the least figure two counts of differently named
// things must both allow to be taken as one. In the ECB+ and BASIL runs,
// most such links under ten were coincidences (two jurors and two
// transport officers, four people and four sentences).
const minTwoNounCount = 10

// measure returns the unit of measure a counted noun names, one name for
// each spelling ("meter" is "metre"; a speed, "mph" or "kph", is its own
// unit: the parser reads "120 miles per hour" as "mph"), or "" for a noun
// that counts things. "12
// nautical miles" measures a distance and counts no ships, whatever
// figure the two share.
func measure(unit string) string {
	switch unit {
	case "meter":
		return "metre"
	case "kilometer", "km", "kms":
		return "kilometre"
	case "lb", "lbs":
		return "pound"
	case "liter":
		return "litre"
	case "mph", "kph":
		return unit // a speed, never a distance: "120 mph" is no "15 miles north"
	case "kg":
		return "kilogram"
	case "mile", "kilometre", "metre", "foot", "inch", "yard", "acre", "hectare", "tonne", "ton", "kilogram",
		"gram", "pound", "ounce", "gallon", "litre", "barrel", "degree", "knot", "megawatt", "kilowatt", "watt":
		return unit
	}
	return ""
}

// measuresTime reports whether a counted noun is a length of time or a
// number of occasions ("year", "time").
func measuresTime(unit string) bool {
	if unit == "time" {
		return true
	}
	e := lookup(unit)
	return e != nil && e.cls&lxTimeUnit != 0
}

func isNameKind(k string) bool {
	switch k {
	case "person", "org", "place", "name":
		return true
	}
	return false
}

func isQuantityKind(k string) bool {
	switch k {
	case "money", "percent", "points", "count", "record", "time", "date", "number", "temperature":
		return true
	}
	return false
}
