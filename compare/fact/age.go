package fact

import "strings"

// An age ("60-year-old") says how old something is, and a story gives the
// ages of several things: the accused, a victim, the case itself ("a
// 41-year-old double murder case"). Two ages are one fact only when they
// may belong to one holder, so each age keeps its holder in Mention.Of.

// isAgeWord reports whether the hyphenated word at k ends an age:
// "year-old", "Sixty-year-old".
func (p *qparser) isAgeWord(k int) bool {
	if k < 0 || k >= len(p.toks) || p.toks[k].kind != tokWord {
		return false
	}
	w := p.text[p.toks[k].start:p.toks[k].end]
	return hasSuffixFold(w, "-old")
}

// maxHolderWords bounds how far past an age its holder is looked for.
const maxHolderWords = 5

// ageHolder reads what the age ending before token k describes: "person:"
// and the surname for a named person ("61-year-old Sharron Diane Crawford
// Smith", "the 36-year-old champion Klitschko"), "person-f" or "person-m"
// for a noun that gives a person's sex ("a 60-year-old, terminally ill
// woman"), "person" for another person noun or an age standing for a
// person ("the 15-year-old was shot"), else the noun ("case"). An
// unnamed person's holder ends in "/" and the nationality when one is
// told ("person-m/australian").
func (p *qparser) ageHolder(k int) string {
	if k < len(p.toks) && p.char(k) == ',' {
		k++ // "a 60-year-old, terminally ill woman"
	}
	last, nation := "", ""
	for w := 0; k < len(p.toks) && w < maxHolderWords; k, w = k+1, w+1 {
		t := &p.toks[k]
		if t.kind != tokWord || t.gap == gapLine || t.is(lxStop) && !t.cap {
			break
		}
		word := strings.ToLower(p.text[t.start:t.stem])
		if t.cap {
			// A name, or a capitalised modifier ("a 38-year-old Troy
			// resident"): the name's last word, unless a noun follows.
			if t.is(lxDemonym) && !notNations[word] {
				nation = word
			}
			if !nameSuffixes[strings.Trim(word, ".")] {
				last = "person:" + word
			}
			continue
		}
		if personNouns[singular(word)] {
			return personOf(singular(word)) + ofNation(nation)
		}
		if last != "" && len(word) > 4 && strings.HasSuffix(word, "ed") {
			break // a verb: "the 39-year-old Troy man fired"
		}
		if strings.HasPrefix(last, "person:") && k+1 < len(p.toks) && p.toks[k+1].kind == tokWord && p.toks[k+1].cap {
			break // a verb and its object: "23-year-old Vishwa Sabran struck Chohan"
		}
		last = singular(word)
	}
	switch {
	case strings.HasPrefix(last, "person:"):
		return last
	case last == "" || personNoun(last):
		return "person" + ofNation(nation)
	}
	return last
}

// ofNation is what an unnamed person's holder adds for a nationality
// ("a 36-year-old Australian climber" is "person/australian"): two
// people of two nations are two people ("a 32-year-old British
// climber"), whatever else they share.
func ofNation(nation string) string {
	if nation == "" {
		return ""
	}
	return "/" + nation
}

// notNations are the demonyms that tell no nationality: a party, a
// faith, a continent or a side may be told of a person of any nation.
var notNations = words(`republican republicans democratic democrat democrats muslim muslims western eastern
	european europeans asian asians african africans arab arabs`)

// personOf is the holder a person noun names: "person-m" or "person-f"
// when the noun gives the sex ("a 48-year-old man", "a 63-year-old
// woman": two people), else "person".
func personOf(noun string) string {
	switch {
	case maleNouns[noun]:
		return "person-m"
	case femaleNouns[noun]:
		return "person-f"
	}
	return "person"
}

var maleNouns, femaleNouns = words(`man boy son father dad husband brother grandfather grandson uncle nephew
	widower groom gentleman male policeman gunman fireman`), words(`woman girl daughter mother mom mum wife
	sister grandmother granddaughter aunt niece widow bride lady female actress policewoman`)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// personNouns are the nouns of people an age commonly describes, besides
// those personNoun recognises by their ending.
var personNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`man woman boy girl child kid baby toddler infant teen teenager youth adult
		son daughter mother father mom dad wife husband brother sister grandmother grandfather grandson
		granddaughter aunt uncle nephew niece cousin widow widower bride groom mum
		suspect victim patient nurse doctor student pupil cadet soldier veteran retiree pensioner
		person individual resident native citizen guy lady gentleman male female friend colleague
		champion star actress host heir chef cook pilot driver actor mayor senator judge coach
		rookie pitcher quarterback striker goalkeeper defender midfielder model singer rapper
		officer policeman policewoman gunman fireman firefighter detective inmate prisoner convict
		defendant accused worker employee accountant lawyer attorney clerk guard teacher priest monk nun`) {
		m[w] = true
	}
	return m
}()

// personNoun reports whether a singular lower-case word names a person: a
// listed noun or one ending as agents and roles do ("-man", "-woman", "-boy",
// "-girl", "-er", "-or", "-ist", "-ian", "-ess", "-ent", "-ant").
func personNoun(w string) bool {
	if personNouns[w] {
		return true
	}
	for _, suf := range []string{"man", "woman", "boy", "girl", "er", "or", "ist", "ian", "ess", "ent", "ant"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// sameHolder reports whether figures that belong to a and b (Mention.Of)
// may belong to one thing: the same holder; two people, at most one of
// them named and not a man and a woman nor of two nations; or neither an
// age. An age and another figure in years ("a five-year deal") are not
// one fact, nor are a person's age and a case's.
func sameHolder(a, b string) bool {
	if a == b {
		return true
	}
	a, na, _ := strings.Cut(a, "/")
	b, nb, _ := strings.Cut(b, "/")
	if na != "" && nb != "" && na != nb {
		return false // "a British climber", "an Australian climber"
	}
	if a == b {
		return true
	}
	if a == "" || b == "" || !strings.HasPrefix(a, "person") || !strings.HasPrefix(b, "person") {
		return false
	}
	named := func(x string) bool { return strings.HasPrefix(x, "person:") }
	if named(a) || named(b) {
		return !(named(a) && named(b)) // two names that differ are two people
	}
	return a == "person" || b == "person" // a man's and a woman's are two
}

// appositiveAges reads as ages the bare figures set off after a person's
// name: "Kimani Vale, 16, was shot", "said Jean Odell (48)", "Robert
// Vale, aged 24 and from Dunmore", and "Ardent, 23," once the text
// has named "Vishnu Ardent". Left bare, "Vale, 16," was a number
// that met nothing, while another outlet's "16-year-old Kimani Vale" was
// an age of Vale. names, from Names, are in order of position; qs are
// changed in place.
func appositiveAges(text string, qs, names []Mention) {
	n := 0
	for i := range qs {
		m := &qs[i]
		for n < len(names) && names[n].End < m.Start {
			n++
		}
		if m.Kind != "number" || m.Unit != "" || m.Hedge != "" || n == 0 || !isAge(m.Text, m.Value) {
			continue
		}
		name := names[n-1]
		if !personLike(name.Kind) || name.End > m.Start {
			continue
		}
		open, after := text[name.End:m.Start], text[m.End:]
		if !(open == ", " && strings.HasPrefix(after, ",") ||
			open == " (" && strings.HasPrefix(after, ")") ||
			open == ", aged " || open == " aged " || open == ", age ") {
			continue // "Robert Vale, aged 24 and from Dunmore"
		}
		f := strings.Fields(strings.ToLower(name.Unit))
		if len(f) == 0 || name.Kind != "person" && len(f) < 2 && !namedInFull(names[:n-1], f[0]) {
			continue // a place's or a team's figure ("Denver, 12", "the Otters, 9,"), not an age
		}
		m.Kind, m.Unit, m.Of = "count", "year", "person:"+surname(f)
	}
}

// namedInFull reports whether one of names, a person's or a name of two
// words or more, has the surname w: "Vishnu Ardent" for a later
// "Ardent". Asked only of a one-word name set off with a figure.
func namedInFull(names []Mention, w string) bool {
	for _, nm := range names {
		if !personLike(nm.Kind) || len(nm.Unit) <= len(w) {
			continue
		}
		if f := strings.Fields(strings.ToLower(nm.Unit)); len(f) > 1 && surname(f) == w {
			return true
		}
	}
	return false
}

// personLike reports whether a name of kind may be a person's.
func personLike(kind string) bool { return kind == "person" || kind == "name" }

// isAge reports whether a figure written text, of value v, may be a
// person's age: a whole number of one to three digits below maxAge.
func isAge(text string, v float64) bool {
	if len(text) == 0 || len(text) > 3 || v < 1 || v >= maxAge {
		return false
	}
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	return true
}

// surname is the last of a name's words in lower case (f) that is no
// generational suffix: "Brisk" of "Anthony Brisk III", so that
// the age of "Anthony Brisk III, 38," is the age of "Brisk, 38".
func surname(f []string) string {
	for i := len(f) - 1; i > 0; i-- {
		if !nameSuffixes[strings.Trim(f[i], ".,")] {
			return f[i]
		}
	}
	return f[0]
}

// nameSuffixes follow a surname without replacing it.
var nameSuffixes = words("jr sr ii iii iv")

// NameSuffix reports whether w, in lower case, is a generational suffix
// that follows a surname without replacing it ("jr.", "iii").
func NameSuffix(w string) bool { return nameSuffixes[strings.TrimRight(w, ".,")] }
