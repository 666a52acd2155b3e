package quote

import (
	"slices"
	"sort"
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

// sex is what a title ("Mrs.") or a common first name says of a person, so
// that "she" is not resolved to Donald nor "he" to Hillary.
type sex uint8

const (
	anySex sex = iota
	male
	female
)

func (d *doc) isTitle(i int) bool {
	if !d.toks[i].word {
		return false
	}
	return titles.has(d.word(i)) || d.portfolio(i)
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
				f.titled = f.titled || personTitles.has(d.word(k))
			}
			f.role = lower(d.spanText(i, roleTo))
			f.titled = f.titled || i > 0 && personTitles.has(d.word(i-1))
			if to < len(d.toks) && orgHints.has(d.word(to)) {
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
			if n <= 4 && !d.hasLowerWord(f.from, f.to) {
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

// preference narrows which organisation a noun after "the" stands for.
type preference int

const (
	anyOrg preference = iota
	govOrg            // "the agency": a public body
	bizOrg            // "the company": a business
)

// sexOf reads a person's sex from the honorific before the name's first
// token or from its first name.
func (d *doc) sexOf(from int, name string) sex {
	if sx := d.honorificSex(from); sx != anySex {
		return sx
	}
	// "9/11 widow Terry Strada", "Congresswoman Jo Hale": a role that
	// tells the sex, set before the name or opening its run.
	if sx := roleSex(d.word(from - 1)); sx != anySex {
		return sx
	}
	if sx := roleSex(d.word(from)); sx != anySex {
		return sx
	}
	return sexOfFirstName(name)
}

// roleSex is the sex a kin or role noun tells ("widow", "actress"), or
// anySex.
func roleSex(w string) sex {
	if sx, ok := kinSex[w]; ok {
		return sx
	}
	switch w {
	case "actress", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "grandmother",
		"girlfriend", "mrs", "mrs.", "ms", "ms.":
		return female
	case "actor", "congressman", "spokesman", "chairman", "businessman", "grandfather", "boyfriend",
		"mr", "mr.":
		return male
	}
	return anySex
}

// sexOfFirstName reads a person's sex from a common first name.
func sexOfFirstName(name string) sex {
	first := strings.ToLower(name)
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	}
	switch {
	case maleNames.has(first):
		return male
	case femaleNames.has(first):
		return female
	}
	return anySex
}

// resolve finds the nearest mention before pos of the wanted kind,
// preferring, when it can, the kind of organisation pref names; want ==
// unknown takes an organisation or a person.
func (d *doc) resolve(pos int, want kind, pref preference) (mention, bool) {
	end := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
	for pass := 0; pass < 2; pass++ {
		for i := end - 1; i >= 0; i-- {
			m := d.ments[i]
			ok := m.kind == want || want == unknown && m.kind != unknown
			fits := pref == anyOrg || pass == 1 || pref == govOrg && m.gov || pref == bizOrg && m.biz
			if ok && fits {
				return m, true
			}
		}
		if pref == anyOrg {
			break
		}
	}
	return mention{}, false
}

// canonical returns the full name for a surname at pos seen earlier in full.
func (d *doc) canonical(name string, pos int) string { return d.canonicalFor(name, anySex, pos) }

// canonicalFor returns the full name for a surname at pos seen earlier in
// full, of the sex a title before it tells ("Mr. Obama" is not Michelle
// Obama).
func (d *doc) canonicalFor(name string, sx sex, pos int) string {
	if strings.IndexByte(name, ' ') < 0 {
		names := namedBefore(d.fullName[name], pos, d.firstAt)
		if d.inHeadline(pos) || d.isHeadline(d.paraIndex(pos)) {
			// A headline stands before the body that names its people:
			// its "Reed" is the Reed the body names first.
			names = d.firstWritten(d.fullName[name], sx, d.firstAt)
		}
		if len(names) > 1 {
			if fn := d.nearestFullName(names, sx, pos); fn != "" {
				return fn
			}
		}
		if fn := d.pickFullName(names, sx); fn != "" {
			return fn
		}
	}
	return name
}

// nearestFullName returns, of two people or more with one surname, the
// one written in full last before pos, in its paragraph or the one
// before: "His son, T.J. DiLeo, … said" and then `"…," DiLeo said` is the
// son, not the father the lede named. Else "".
func (d *doc) nearestFullName(names []string, sx sex, pos int) string {
	full := 0
	for _, n := range names {
		if strings.IndexByte(n, ' ') > 0 {
			full++
		}
	}
	pi := d.paraIndex(pos)
	if pi < 0 || full < 2 {
		return ""
	}
	lo := d.paras[max(pi-1, 0)].Start
	for k := len(d.ments) - 1; k >= 0; k-- {
		m := d.ments[k]
		if m.s >= pos {
			continue
		}
		if m.s < lo {
			break
		}
		if w := d.text[m.s:m.e]; m.kind == person && strings.IndexByte(w, ' ') > 0 && !speechVerbs.has(firstWord(w)) && slices.Contains(names, w) && d.pickFullName([]string{w}, sx) != "" {
			return w
		}
	}
	return ""
}

// nameSuffix reports whether w ends a name after the surname: "Jr.", "III".
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ",") {
	case "jr.", "jr", "sr.", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// namedBefore keeps the full names first written before pos: "President
// Obama" in a lede is not the "Michelle Obama" a later paragraph names.
func namedBefore(names []string, pos int, firstAt map[string]int) []string {
	kept := 0
	for _, n := range names {
		if firstAt[n] < pos {
			kept++
		}
	}
	if kept == len(names) {
		return names // the common case: no copy
	}
	out := make([]string, 0, kept)
	for _, n := range names {
		if firstAt[n] < pos {
			out = append(out, n)
		}
	}
	return out
}

// firstWritten returns, of the full names that fit sx, the one written
// first, or none.
func (d *doc) firstWritten(names []string, sx sex, firstAt map[string]int) []string {
	best := ""
	for _, n := range names {
		if fn := d.pickFullName([]string{n}, sx); fn != "" && (best == "" || firstAt[n] < firstAt[best]) {
			best = n
		}
	}
	if best == "" {
		return nil
	}
	return []string{best}
}

// pickFullName returns the longest of the full names that fits sx, or "".
// A first name fits by the common names, else by what the article tells of
// it: "Mr. Obama" is not Malia Obama when the article calls Malia a
// daughter.
func (d *doc) pickFullName(names []string, sx sex) string {
	best := ""
	for _, n := range names {
		if sx != anySex {
			s := sexOfFirstName(n)
			if s == anySex {
				s = d.firstSex[firstWord(n)]
			}
			if s != anySex && s != sx {
				continue
			}
		}
		if len(n) > len(best) {
			best = n
		}
	}
	return best
}

// firstWord returns a name's first word in lower case.
func firstWord(name string) string {
	if i := strings.IndexByte(name, ' '); i > 0 {
		name = name[:i]
	}
	return strings.ToLower(name)
}

// kinFirstNames reads the sex the article tells of first names by a kin
// noun just before them: "his daughter Malia", "Obama's Daughters, Sasha
// and Malia", "his wife, Michelle,". Each name of the list takes the noun's
// sex; a first name told both ways is told neither.
func (d *doc) kinFirstNames() map[string]sex {
	var told map[string]sex
	for i := range d.toks {
		w := d.word(i)
		if w == "" || d.toks[i].quoted {
			continue
		}
		sx, ok := kinSex[w]
		if !ok {
			sx, ok = kinSex[strings.TrimSuffix(w, "s")]
		}
		if !ok || sx == anySex || d.toks[i].upper && i > 0 && d.toks[i-1].upper && !d.isPossessive(i-1) {
			continue // "Lehman Brothers" is a firm; "Obama's Daughters" are kin
		}
		k := i + 1
		if d.punct(k) == "," {
			k++
		}
		// Names joined by commas and "and": the first word of each.
		for start := true; k < len(d.toks); k++ {
			t := d.toks[k]
			switch {
			case t.word && t.upper && !t.quoted && !d.paraBreak(k-1):
				if start {
					if told == nil {
						told = map[string]sex{}
					}
					if old, seen := told[d.word(k)]; seen && old != sx {
						sx = anySex
					}
					told[d.word(k)] = sx
				}
				start = false
				continue
			case d.word(k) == "and" || d.punct(k) == ",":
				if !start || d.punct(k-1) == "," {
					start = true
					continue
				}
			}
			break
		}
	}
	return told
}

// tellFirstSex records the sex a title tells of the first name at token i.
func (d *doc) tellFirstSex(i int, sx sex) {
	if sx == anySex {
		return
	}
	w := d.word(i)
	if d.firstSex == nil {
		d.firstSex = map[string]sex{}
	}
	if old, seen := d.firstSex[w]; seen && old != sx {
		sx = anySex
	}
	d.firstSex[w] = sx
}

// honorificSex reads "Mr." or "Mrs." before token i.
func (d *doc) honorificSex(i int) sex {
	switch d.word(i - 1) {
	case "mr.", "mr":
		return male
	case "mrs.", "mrs", "ms.", "ms", "miss":
		return female
	}
	return anySex
}

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
		switch {
		case u.quoted || !u.word:
		case d.isName(k) || u.upper && d.isTitle(k):
			to = k + 1
			continue
		case u.upper && d.isPossessive(k) && !capStops.has(d.word(k)):
			return k + 1, true
		case d.connects(k, len(d.toks)), d.titleLink(k):
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
