package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names are runs of capitalised words, possibly joined by connectors ("Office
// of the U.S. Trade Representative"). Titles and role words before the name
// are split off as its role: everything up to the last title word ("Alibaba
// Group President | Michael Evans", "Sen. | Jane Doe"); a connector after
// that title takes one more word into the role ("Secretary of State | John
// Kerry"). A name part holding an organisation word keeps the capitalised
// words before it ("Democratic National Committee").
//
// Every name outside quotations is kept, in text order, as a mention with a
// kind (person, organisation or unknown), so that a pronoun or "the company"
// can be resolved to the nearest earlier mention of the right kind.

type kind uint8

const (
	unknown kind = iota
	person
	org
)

type mention struct {
	s, e int    // byte span of the name
	name string // as written, or the full name for a surname
	kind kind
	gov  bool   // an organisation that is a public body
	biz  bool   // an organisation that is a business: not a public body, union, party or the like
	sex  sex    // a person's, when a title or a first name tells it
	role string // the title words before a person's name, in lower case ("sen.", "republican presidential nominee")
}

const (
	anySex sex = iota
	male
	female
)

func (d *doc) isTitle(i int) bool {
	if !d.toks[i].word {
		return false
	}
	return titles.has(d.word(i)) || d.portfolio(i) || d.pluralTitle(i)
}

// portfolio reports whether token i is the lower-case word that names a
// minister's or secretary's charge: "Greek prime minister George
// Papandreou", "foreign secretary", not "told minister" or "the minister".
func (d *doc) portfolio(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i].upper || d.toks[i+1].upper || d.toks[i].quoted {
		return false
	}
	if n := d.word(i + 1); n != "minister" && n != "secretary" {
		return false
	}
	w := d.word(i)
	return !functionWords.has(w) && !speechVerbs.has(w) && !capStops.has(w) && !clauseWords.has(w) && !prepositions.has(w)
}

func (d *doc) isPossessive(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false // past the text's end: "… 'In God We Trust' as" (review-r22)
	}
	w := d.text[d.toks[i].s:d.toks[i].e]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func (d *doc) hasOrgWord(from, to int) bool {
	for k := from; k < to; k++ {
		if orgWords.has(d.word(k)) {
			return true
		}
	}
	return false
}

// spanText returns the text of tokens [from, to) with white space made single.
func (d *doc) spanText(from, to int) string {
	if from >= to {
		return ""
	}
	s := d.text[d.toks[from].s:d.toks[to-1].e]
	if strings.ContainsAny(s, "\n\t\r  ") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// findMentions records every name outside quotations and gives it a kind.
func (d *doc) findMentions() {
	type found struct {
		mention
		from, to int // name tokens
		titled   bool
	}
	var fs []found
	orgSet := map[string]bool{}
	heads := d.heads
	for i := 0; i < len(d.toks); i++ {
		if len(heads) > 0 && d.toks[i].s >= heads[0].End {
			heads = heads[1:]
		}
		if len(heads) > 0 && d.toks[i].s >= heads[0].Start {
			continue // capitals in a headline do not mark names
		}
		to, poss := d.mentionRun(i)
		if to == i {
			continue
		}
		nameFrom, roleTo := d.split(i, to)
		if poss && nameFrom == to {
			nameFrom = to - 1
			// "Representative Paul D. Ryan's budget": after a title the
			// possessive ends the name, it does not split a role off as
			// "Trump's spokesman" does. Without a title ("Malia and Sasha
			// Obama's appearance") the surname alone is kept: a relative
			// named so is not the one the story goes on to quote.
			if n, r := d.split(i, to-1); r > i && n < to-1 && !d.hasOrgWord(i, to) {
				nameFrom, roleTo = n, r
			}
		}
		// "Alibaba Group President Michael Evans" mentions Alibaba Group too.
		for k := i; k < roleTo; k++ {
			e := k
			for e < roleTo && d.isName(e) && !d.isTitle(e) {
				e++
			}
			if e > k && d.hasOrgWord(k, e) {
				f := found{from: k, to: e}
				f.s, f.e = d.toks[k].s, d.toks[e-1].e
				f.name = d.text[f.s:f.e]
				fs = append(fs, f)
			}
			k = max(k, e)
		}
		// "Sen. Ann Lee of Vermont" mentions Ann Lee, and what she is of
		// ("the Sierra Club") on its own.
		var of []found
		runTo := to
		if k := d.personOf(i, nameFrom, to); k < to && !poss {
			o := k + 1
			for o < to && connectors.has(d.word(o)) {
				o++
			}
			if o < to {
				rest := found{from: o, to: to}
				rest.s, rest.e = d.toks[o].s, d.toks[to-1].e
				rest.name = d.text[rest.s:rest.e]
				of = append(of, rest)
			}
			to = k
			nameFrom, roleTo = d.split(i, to)
		}
		if nameFrom < to {
			f := found{from: nameFrom, to: to}
			f.s, f.e = d.toks[nameFrom].s, d.toks[to-1].e
			if poss {
				f.e -= len("s") + len(string(lastRune(d.text[f.s:f.e-1])))
			}
			f.name = d.text[f.s:f.e]
			for k := i; k < roleTo; k++ {
				f.titled = f.titled || personTitles.has(d.word(k)) || d.pluralTitle(k)
			}
			f.role = lower(d.spanText(i, roleTo))
			f.titled = f.titled || i > 0 && personTitles.has(d.word(i-1))
			if to < len(d.toks) && orgHints.has(d.word(to)) || nameFrom > 0 && nameFrom == i && outletBefore(d.word(i-1)) && !d.toks[i-1].upper {
				// ("Centre-left daily Eleftherotypia warned": an outlet.)
				orgSet[f.name] = true
			}
			fs = append(fs, f)
		}
		fs = append(fs, of...)
		i = runTo - 1
	}
	// Kinds: an organisation word, an acronym or an organisation hint make an
	// organisation; a title or a first-and-last name make a person; a
	// surname alone takes the kind (and full name) of the person it ends.
	full := map[string][]string{}
	firstAt := map[string]int{} // where each full name is first written
	var things map[string]bool  // names written as no person's (things.go); most articles have few
	var orgNames []string
	for _, f := range fs {
		if f.to-f.from >= 2 && d.hasOrgWord(f.from, f.to) {
			orgNames = append(orgNames, f.name)
		}
	}
	for _, f := range fs {
		if !f.titled && f.to-f.from >= 2 && (d.thingCue(f.from, f.to) || opensOrgName(f.name, orgNames)) {
			if things == nil {
				things = map[string]bool{}
			}
			things[f.name] = true
		}
	}
	for k := range fs {
		f := &fs[k]
		n := f.to - f.from
		last := d.word(f.to - 1)
		switch {
		case d.hasOrgWord(f.from, f.to) || n == 1 && isAcronym(f.name):
			f.kind = org
			if n > 1 && orgWords.has(last) {
				orgSet[d.spanText(f.from, f.to-1)] = true
			}
		case f.titled || n >= 2 && !placeFirst.has(d.word(f.from)) && (!placeLast.has(last) || d.whoFollows(f.to)) && !areaNoun(last) && !things[f.name]:
			f.kind = person
			ln := d.text[d.toks[f.to-1].s:f.e]
			if n >= 3 && nameSuffix(last) {
				ln = d.text[d.toks[f.to-2].s:d.toks[f.to-2].e] // "Jesse L. Jackson Jr." is a Jackson
			}
			if d.wordsIn(f.from, f.to) <= 4 && !d.hasLowerWord(f.from, f.to) {
				full[ln] = append(full[ln], f.name)
				if _, ok := firstAt[f.name]; !ok {
					firstAt[f.name] = f.s
				}
			}
		}
	}
	d.firstSex = d.kinFirstNames()
	for _, f := range fs {
		// "Ms. Malia Obama": the title tells her first name's sex.
		if f.kind == person && f.to-f.from >= 2 {
			d.tellFirstSex(f.from, d.honorificSex(f.from))
		}
	}
	d.ments = make([]mention, 0, len(fs))
	for _, f := range fs {
		m := f.mention
		if f.to-f.from == 1 {
			before := namedBefore(full[m.name], m.s, firstAt)
			if d.isHeadline(d.paraIndex(m.s)) {
				before = d.firstWritten(full[m.name], d.honorificSex(f.from), firstAt)
			}
			if fn := d.pickFullName(before, d.honorificSex(f.from)); fn != "" && m.kind != org {
				m.kind, m.name = person, fn
			} else if m.kind != org && d.pickFullName(full[m.name], d.honorificSex(f.from)) != "" {
				m.kind = person // a surname written in full only later: a person, named as written
			}
		}
		if m.kind != person && orgSet[m.name] {
			m.kind = org
		}
		if m.kind == unknown && f.to-f.from == 1 && d.agedName(f.from, f.to) {
			m.kind = person // "25-year-old Guzel": one name, with an age
		}
		if m.kind == person {
			m.sex = d.sexOf(f.from, m.name)
		}
		if m.kind == org {
			civic := false
			for k := f.from; k < f.to; k++ {
				m.gov = m.gov || govWords.has(d.word(k))
				civic = civic || civicWords.has(d.word(k))
			}
			m.biz = !m.gov && !civic
		}
		d.ments = append(d.ments, m)
	}
	// A sex told once ("widow Robin Strand") holds for the person's other
	// mentions ("Strand spoke").
	told := map[string]sex{}
	for _, m := range d.ments {
		if m.kind == person && m.sex != anySex {
			told[m.name] = m.sex
		}
	}
	for i := range d.ments {
		if m := &d.ments[i]; m.kind == person && m.sex == anySex {
			m.sex = told[m.name]
		}
	}
	d.fullName, d.firstAt = full, firstAt
}

func isAcronym(s string) bool {
	if len(s) < 2 || notAcronyms.has(s) {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

const (
	anyOrg preference = iota
	govOrg            // "the agency": a public body
	bizOrg            // "the company": a business
)

// hasLowerWord reports whether tokens [from, to) hold a lower-case word
// ("Blacks Don't Rally for Hillary Clinton" is no one's full name).
func (d *doc) hasLowerWord(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].word && !d.toks[k].upper && !connectors.has(d.word(k)) || d.word(k) == "for" || d.word(k) == "of" {
			return true
		}
	}
	return false
}

// firstLetter returns the first letter of s, or 0.
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r
		}
		if unicode.IsDigit(r) {
			return 0
		}
	}
	return 0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// mentionRun returns the end of the capitalised name starting at token i (i
// when none starts there) and whether it ends in a possessive.
func (d *doc) mentionRun(i int) (to int, poss bool) {
	t := d.toks[i]
	if !t.word || !t.upper || t.quoted || capStops.has(d.word(i)) && !d.ordinalName(i) {
		return i, false
	}
	if d.isPossessive(i) {
		return i + 1, true
	}
	if !d.isName(i) && !d.isTitle(i) && !d.ordinalName(i) {
		return i, false
	}
	to = i + 1
	for k := i + 1; k < len(d.toks) && k-i < 10; k++ {
		u := d.toks[k]
		if d.paraBreak(k - 1) {
			break // "… and Jim Talent\n\nRomney released": two names
		}
		if d.nicknameMark(k) {
			continue // William "Mo" Cowan
		}
		switch {
		case u.quoted || !u.word:
		case d.isName(k) || u.upper && d.isTitle(k) || d.stopInName(k):
			to = k + 1
			continue
		case u.upper && d.isPossessive(k) && !capStops.has(d.word(k)):
			return k + 1, true
		case d.connects(k, len(d.toks)), d.titleLink(k), d.forceLink(k, len(d.toks)):
			continue
		}
		break
	}
	return d.numberAfter(to, len(d.toks)), false
}

// areaNoun ends the name of an area that votes or is governed, not a
// person's: "Virginia's Seventh Congressional District", "Ontario
// Province". (A switch, not a word list: the lists' table is generated.)
func areaNoun(w string) bool {
	switch w {
	case "district", "districts", "province", "township", "borough", "precinct", "territory", "region", "constituency",
		"prefecture":
		return true
	}
	return false
}

// outletBefore reports whether w, in lower case before a name, makes it
// a publication's: "the daily Kathimerini", "the weekly Vela".
func outletBefore(w string) bool {
	switch w {
	case "daily", "weekly", "newspaper", "tabloid", "magazine", "broadsheet":
		return true
	}
	return false
}

// agedName reports whether the name in tokens [from, to) is given an age,
// which only a person has: "25-year-old Guzel".
func (d *doc) agedName(from, to int) bool {
	return from > 0 && strings.HasSuffix(d.word(from-1), "-year-old")
}
