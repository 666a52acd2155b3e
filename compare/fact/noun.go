package fact

import "strings"

// headNoun finds what a figure counts: the first plural noun within five
// words after k, skipping modifiers ("7,000 US brands", "1 million small and
// medium-sized US businesses"); failing that, a singular noun right after
// the figure that ends its phrase ("1 person will"). It returns the noun
// singularised and the index after it, or next 0; other says the phrase
// counts others beside some told before ("three other rifles", "two more
// ships").
func (p *qparser) headNoun(k int) (unit string, next int, other bool) {
	first := k
	if k > 0 && k < len(p.toks) && p.toks[k].kind == tokWord && p.toks[k].gap != gapLine &&
		strings.Trim(p.text[p.toks[k-1].start:p.toks[k-1].end], "0") != "" {
		// "58km", "200ft", "80 km/h"; not the "000ft" of "2, 000ft", a
		// figure split
		if u := gluedUnits[p.word(k)]; u != "" {
			return u, k + 1, false
		}
		if p.gluedMetres(k-1, k) {
			return "metre", k + 1, false // "fell about 600m"
		}
	}
	for w := 0; k < len(p.toks) && w < 5; k, w = k+1, w+1 {
		t := &p.toks[k]
		if t.kind != tokWord || t.gap == gapLine {
			break
		}
		word := p.word(k)
		if t.cap {
			continue // "US brands", "American jobs"
		}
		if w := strings.ToLower(word); w == "other" || w == "more" || w == "additional" {
			other = true
			continue // "other companies", "two more ships"
		}
		if t.is(lxStop) {
			if k > first && (word == "and" || word == "or") {
				continue // "small and medium-sized"
			}
			break
		}
		if plural(word) {
			return singular(strings.ToLower(word)), k + 1, other
		}
		if t.stem != t.end {
			break // a possessive ends the phrase
		}
	}
	if first < len(p.toks) && p.nounEndsAt(first) {
		return singular(strings.ToLower(p.word(first))), first + 1, false
	}
	return "", 0, false
}

// andNoun returns the second noun when the count's noun, ending before
// token k, is joined to one ("some 420 passengers and crew", "40 teachers
// and pupils"): the count is of both (Mention.Also). It returns ""
// otherwise ("12 people and 3 dogs", "killed 10 people and injured 80").
func (p *qparser) andNoun(k int) string {
	if k+1 >= len(p.toks) || p.toks[k].kind != tokWord || p.word(k) != "and" || p.toks[k+1].gap == gapLine {
		return ""
	}
	t := &p.toks[k+1]
	w := p.word(k + 1)
	if t.kind != tokWord || t.cap || t.is(lxStop) || hasSuffixFold(w, "ed") || hasSuffixFold(w, "ing") || hasSuffixFold(w, "ly") {
		return ""
	}
	lw := strings.ToLower(w)
	one := singular(lw)
	if _, _, ok := lookupNounClass(one); !ok || !plural(lw) && !collectives[lw] {
		return ""
	}
	return one
}

// collectives are nouns of a group that stand unpluralised after "and"
// ("passengers and crew").
var collectives = words(`crew staff personnel family`)

// nounEndsAt reports whether token k is a lower-case noun-like word that
// ends its phrase: the next token is not a lower-case content word.
func (p *qparser) nounEndsAt(k int) bool {
	t := &p.toks[k]
	w := p.word(k)
	if t.kind != tokWord || t.cap || t.is(lxStop|lxTimeUnit) || t.gap == gapLine || len(w) < 3 ||
		hasSuffixFold(w, "ed") || hasSuffixFold(w, "ly") || hasSuffixFold(w, "ing") {
		return false
	}
	if k+1 < len(p.toks) {
		n := &p.toks[k+1]
		if n.kind == tokWord && !n.cap && !n.is(lxStop) && n.gap != gapLine {
			return false
		}
	}
	return true
}

// pluralNext reports whether the word at k is a plural noun, which makes a
// bare four-digit number a count ("2000 workers") rather than a year.
func (p *qparser) pluralNext(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tokWord || p.toks[k].cap || p.toks[k].is(lxStop) {
		return false
	}
	return plural(p.word(k))
}

var irregularPlurals = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "staff": "staff", "police": "police",
	"cattle": "cattle", "series": "series", "species": "species", "news": "news", "data": "data",
}

// plural reports whether w looks like an English plural noun.
func plural(w string) bool {
	if _, ok := irregularPlurals[strings.ToLower(w)]; ok {
		return true
	}
	if _, ok := compoundIrregular(strings.ToLower(w)); ok {
		return true
	}
	if len(w) < 3 || (w[len(w)-1] != 's' && w[len(w)-1] != 'S') {
		return false
	}
	switch strings.ToLower(w[len(w)-2:]) {
	case "ss", "us", "is", "'s":
		return false
	}
	return true
}

// singular crudely singularises a lower-case plural; other words pass through.
func singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	if s, ok := compoundIrregular(w); ok {
		return s
	}
	if s, ok := knownSingular(w); ok {
		return s
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// knownSingular returns the singular of w, in lower case, where the
// spelling rules of singular would guess wrong and WordNet knows the
// noun: "movies" is "movie", not "movy"; "campuses" "campus"; "thieves"
// "thief" and "knives" "knife" (but "drives" is "drive").
func knownSingular(w string) (string, bool) {
	var tries []string
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		tries = []string{w[:len(w)-1]}
	case len(w) > 5 && strings.HasSuffix(w, "uses"):
		tries = []string{w[:len(w)-2]}
	case len(w) > 4 && strings.HasSuffix(w, "ves"):
		tries = []string{w[:len(w)-3] + "f", w[:len(w)-3] + "fe"}
	}
	for _, s := range tries {
		if _, _, ok := lookupNounClass(s); ok {
			return s, true
		}
	}
	return "", false
}

// compoundIrregular returns the singular of w, in lower case, when it is a
// compound whose last part is an irregular plural ("schoolchildren",
// "gunmen", "salespeople"): a noun of WordNet's once the part is made
// singular, while w itself is none ("specimen", "abdomen" are).
func compoundIrregular(w string) (string, bool) {
	for _, end := range compoundEnds {
		if len(w) <= len(end) || !strings.HasSuffix(w, end) {
			continue
		}
		s := w[:len(w)-len(end)] + irregularPlurals[end]
		if _, _, ok := lookupNounClass(s); ok {
			if _, _, own := lookupNounClass(w); !own {
				return s, true
			}
		}
		return "", false
	}
	return "", false
}

// compoundEnds are the irregular plurals that end compounds, longest
// first so that "women" is tried before "men".
var compoundEnds = []string{"children", "people", "women", "geese", "teeth", "mice", "feet", "men"}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// IsMeasure reports whether a counted noun is a unit of measure ("12
// nautical miles", "300 pounds"), not a thing counted.
func IsMeasure(unit string) bool { return measure(unit) != "" }

// IsVague reports whether m is a vague amount rather than a number: "a
// few", "several", "dozens of", "hundreds of".
func IsVague(m Mention) bool {
	for _, t := range tokenize(m.Text) {
		if t.kind == tokWord && t.is(lxVague|lxPluralMult) {
			return true
		}
	}
	return false
}

// perHour reads a distance per hour as a speed: "120 miles per hour",
// "80 kilometres an hour" and "193km/h" are "mph" and "kph", as "120
// mph" is, never a
// distance ("50 miles north of Detroit"). unit and next are headNoun's;
// the speed's phrase ends after "hour".
func (p *qparser) perHour(unit string, next int) (string, int) {
	speed := ""
	switch unit {
	case "mile":
		speed = "mph"
	case "kilometre", "kilometer", "km":
		speed = "kph"
	}
	if speed == "" || next+1 >= len(p.toks) || p.toks[next+1].kind != tokWord {
		return unit, next
	}
	per, hour := strings.ToLower(p.word(next)), strings.ToLower(p.word(next+1))
	switch {
	case p.toks[next].kind == tokWord && (per == "per" || per == "an" || per == "a") && hour == "hour",
		p.toks[next].kind != tokWord && p.char(next) == '/' && (hour == "h" || hour == "hr"): // "193km/h"
		return speed, next + 2
	}
	return unit, next
}

// gluedUnits are the abbreviations of measures, as written glued to their
// figure or after it, and the unit each is read as: "about 58km", "fell
// 200ft", "a 20 kg bag". Without them the figure was a bare number that
// met no other outlet's "36 miles" or "200 feet". "m" is not among them:
// "600m" is as often millions ("600m users") as metres.
var gluedUnits = map[string]string{
	"km": "kilometre", "kms": "kilometre", "ft": "foot", "kg": "kilogram", "kgs": "kilogram",
	"lb": "pound", "lbs": "pound", "mph": "mph", "kph": "kph", "mi": "mile",
}
