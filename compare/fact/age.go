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
// person ("the 15-year-old was shot"), else the noun ("case").
func (p *qparser) ageHolder(k int) string {
	if k < len(p.toks) && p.char(k) == ',' {
		k++ // "a 60-year-old, terminally ill woman"
	}
	last := ""
	for w := 0; k < len(p.toks) && w < maxHolderWords; k, w = k+1, w+1 {
		t := &p.toks[k]
		if t.kind != tokWord || t.gap == gapLine || t.is(lxStop) && !t.cap {
			break
		}
		word := strings.ToLower(p.text[t.start:t.stem])
		if t.cap {
			// A name, or a capitalised modifier ("a 38-year-old Troy
			// resident"): the name's last word, unless a noun follows.
			last = "person:" + word
			continue
		}
		if personNouns[singular(word)] {
			return personOf(singular(word))
		}
		if last != "" && len(word) > 4 && strings.HasSuffix(word, "ed") {
			break // a verb: "the 39-year-old Troy man fired"
		}
		last = singular(word)
	}
	switch {
	case strings.HasPrefix(last, "person:"):
		return last
	case last == "" || personNoun(last):
		return "person"
	}
	return last
}

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
// them named and not a man and a woman; or neither an age. An age and
// another figure in years ("a five-year deal") are not one fact, nor are a
// person's age and a case's.
func sameHolder(a, b string) bool {
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
