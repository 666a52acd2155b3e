package quote

import "strings"

// subjectAfter finds the subject that follows a verb, from token i:
// "said Caddell", "said Jane Doe, the port's director", "said the company",
// "said a White House spokesman, Eric Schultz" (the name, the description
// its role).
func (d *doc) subjectAfter(i, hi int) (subject, bool) {
	s, ok := d.subjectAfterWords(i, hi)
	if ok && s.name != "" && s.to < hi && d.punct(s.to) == "," && strings.ToLower(s.name[:1]) == s.name[:1] {
		if m := d.mentionAt(d.toks[min(s.to+1, len(d.toks)-1)].s); m >= 0 && d.ments[m].kind == person {
			if e := d.tokAt(d.ments[m].e); e >= hi || !d.toks[e].word {
				return subject{from: s.from, to: e, name: d.ments[m].name, role: s.name, ss: d.ments[m].s, se: d.ments[m].e}, true
			}
		}
	}
	return s, ok
}

// subjectAfterWords reads the subject after a verb as its words run, up
// to a comma.
func (d *doc) subjectAfterWords(i, hi int) (subject, bool) {
	for i < hi && !d.toks[i].quoted && (skippable.has(d.word(i)) || d.word(i) == "on" && skippable.has(d.word(i+1))) {
		i++
	}
	if i >= hi || d.toks[i].quoted {
		return subject{}, false
	}
	if pronouns.has(d.word(i)) {
		return d.pronounSubject(i), true
	}
	if s, ok := d.ownedAfter(i, hi); ok {
		return s, true // "said his brother"
	}
	if s, ok := d.countedPeople(i, hi); ok {
		return s, true // "said the two lawmakers" (counted.go)
	}
	if s, ok := d.siteAfter(i, hi); ok {
		return s, true // "said a blogger on the Web site Freedom's Lighthouse"
	}
	if s, ok := d.spokesmanForAfter(i, hi); ok {
		return s, true // "said a spokesman for the Port Authority"
	}
	if s, ok := d.partyNewcomer(i, hi); ok {
		return s, true // "said a fellow Republican" (partyof.go)
	}
	if w := d.word(i); w == "the" || w == "a" || w == "an" || bareNouns.has(w) && !d.toks[i].upper {
		// "said a Surrey Police spokeswoman", "said police": a speaker
		// known by description, its head the last of its words.
		if j := d.describedRun(i, hi); j > i || bareNouns.has(w) {
			if s, ok := d.description(i, j); ok {
				return s, true
			}
		}
	}
	if w := d.word(i); w == "the" || w == "a" || w == "an" {
		for j := i + 1; j < hi && j < i+5 && !d.toks[j].upper; j++ {
			if orgNouns.has(d.word(j)) || personNouns.has(d.word(j)) {
				return d.nounBefore(i, d.headNoun(j, hi))
			}
			if docNoun(d.word(j)) && (d.word(j+1) == "in" || d.word(j+1) == "of") {
				if s, ok := d.docIn(j, hi); ok {
					s.from = i
					return s, true // "said an editorial in the daily Eleftheros Typos"
				}
			}
			if docNoun(d.word(j)) && (j+1 >= hi || !d.toks[j+1].word || d.toks[j+1].quoted) {
				// "according to the slides,": a document, for its author
				// where the article tells one.
				return d.nounBefore(i, j)
			}
		}
		if s, ok := d.roleNounAfter(i, hi); ok {
			return s, true // "said the harbor master", roles.go
		}
		i++ // "said the Rev. Peter Wherry"
	}
	// "according to conservative talk radio host Rush Limbaugh": plain
	// words before a name are part of its role.
	lead := i
	for i < hi && i-lead < 4 && d.leadWord(i) {
		i++
	}
	to, ok := d.runAfter(i, hi)
	if !ok {
		return subject{}, false
	}
	if s, ok := d.nameAfterRole(lead, to, hi); ok {
		return s, true // "said South Richmond Hill resident Jane Doe"
	}
	if to < hi && d.isPossessive(to) && d.toks[to].upper {
		// "reads a statement from Senate Majority Leader Harry Reid's
		// office": the owner's office, or the owner.
		nameFrom, _ := d.split(i, to)
		end := to + 1
		if end < hi && (ownedNouns.has(d.word(end)) || kinNouns.has(d.word(end)) || peopleNouns.has(d.word(end)) || spokes.has(d.word(end))) {
			end++
		}
		if nameFrom < to {
			if end == to+2 {
				if n, ok := d.nameAfterOwned(nameFrom, end, hi); ok {
					return n, true // "said the statement from Grimm's attorney, William McGinley"
				}
			}
			s := subject{from: lead, to: end, ss: d.toks[nameFrom].s, se: d.toks[end-1].e}
			s.name, s.role = d.spanText(nameFrom, end), d.spanText(i, nameFrom)
			if end == to+1 {
				s.name = d.canonical(trimPossessive(s.name), s.ss)
			}
			return s, true
		}
	}
	if n, ok := d.nameAfterOwned(i, to, hi); ok && d.ownedRole(i, to) {
		return n, true // "said the statement from Grimm's attorney, William McGinley"
	}
	s := d.named(i, to)
	if s.name == "" && to < hi && (peopleNouns.has(d.word(to)) || spokes.has(d.word(to))) {
		// "said one Democratic source on the panel", "said a White House
		// official": a source without a name, known by what it is.
		s.name, s.role = d.spanText(lead, to+1), ""
		s.ss, s.se = d.toks[lead].s, d.toks[to].e
		s.to = to + 1
		return s, true
	}
	if s.name == "" {
		return subject{}, false
	}
	if j := d.joinedAfterVerb(s, to, hi); j.name != s.name {
		s, to = j, j.to // "said Ann Lee and Tom Hale"
	}
	if lead < i && !(s.role == "" && d.mannerWord(i-1)) {
		s.role = strings.TrimSpace(d.spanText(lead, i) + " " + s.role)
	}
	if to < hi && d.punct(to) == "(" {
		for j := to + 1; j < hi && j < to+10; j++ {
			if d.punct(j) == ")" {
				to = j + 1
				break
			}
		}
	}
	s.to = to
	if to < hi && d.punct(to) == "," {
		e, end := to+1, 0
		for e < hi && e < to+20 && !d.isStop(e) && !d.toks[e].quoted {
			if d.placeComma(e) {
				e += 3 // "president of the Kansas City, Mo., branch": one place
				continue
			}
			if d.punct(e) == "," {
				break
			}
			if w := d.word(e); w == "who" || w == "whose" || w == "which" {
				break
			}
			if p := d.punct(e); p == "\"" || isOpener(p) {
				// `director of "A Beautiful Mind"`: a title in the role
				// (whose words the window may not reach), kept whole;
				// any other mark ends the role before it.
				c := e + 1
				for c < len(d.toks) && d.toks[c].quoted {
					c++
				}
				if c > e+1 && c < len(d.toks) && isCloser(d.punct(c)) && prepositions.has(d.word(e-1)) {
					end = c + 1
				} else if prepositions.has(d.word(e - 1)) {
					e-- // no dangling "in" before a quotation
				}
				break
			}
			e++
		}
		if s.role == "" && d.roleLike(to+1, e) {
			s.role, s.to = d.spanText(to+1, max(e, end)), e
		}
	}
	return s, true
}

// skipLead steps over up to three lower-case words opening a role before a
// name ("state Del. Marcia Price").
func (d *doc) skipLead(i, hi int) int {
	for k := 0; k < 3 && i < hi && d.leadWord(i); k++ {
		i++
	}
	return i
}

// mannerWord reports whether token k, the last lower-case word before a
// name, tells how the person was rather than what they are: "said a
// tearful Charlie Kafoury", "a visibly shaken Ann Lee". It is no role
// (before a title it only qualifies one: "newly-minted Speaker").
func (d *doc) mannerWord(k int) bool {
	w := d.word(k)
	if titles.has(w) || personNouns.has(w) || roleNoun(w) {
		return false
	}
	for _, suf := range []string{"ful", "ous", "less", "ed", "en", "ing"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// leadWord reports whether token i may open a role before a name:
// "conservative talk radio host Rush Limbaugh", "9/11 widow Terry Strada".
func (d *doc) leadWord(i int) bool {
	t := d.toks[i]
	if t.quoted {
		return false
	}
	if !t.word {
		p := d.punct(i)
		return p == "/" && i > 0 && d.toks[i-1].word && i+1 < len(d.toks) && d.toks[i+1].word
	}
	w := d.word(i)
	return !t.upper && !pronouns.has(w) && !connectors.has(w) && !clauseWords.has(w)
}

// named makes a subject of the run [from, to), splitting off its role.
func (d *doc) named(from, to int) subject {
	nameFrom, roleTo := d.split(from, to)
	s := subject{from: from, to: to, ss: -1, se: -1}
	if nameFrom >= to {
		// "Gary Johnson's doctor": a role owned by a name is the speaker.
		for p := to - 2; p >= from; p-- {
			if d.isPossessive(p) && d.toks[p].upper && !capStops.has(d.word(p)) {
				k := p
				for k > from && d.isName(k-1) {
					k--
				}
				s.name, s.role = d.spanText(k, to), d.spanText(from, k)
				s.ss, s.se = d.toks[k].s, d.toks[to-1].e
				break
			}
		}
		return s
	}
	// "Mr. Morgan of the Sierra Club": a person of an organisation; "Sen.
	// Ann Lee of Vermont": of a place.
	roleEnd := ""
	if k := d.personOf(from, nameFrom, to); k < to {
		roleEnd, to = d.spanText(k, to), k
		nameFrom, roleTo = d.split(from, to)
	}
	s.name = d.canonicalFor(d.spanText(nameFrom, to), d.honorificSex(nameFrom), d.toks[nameFrom].s)
	s.role = strings.TrimSpace(d.spanText(from, roleTo) + " " + roleEnd)
	s.ss, s.se = d.toks[nameFrom].s, d.toks[to-1].e
	if roleTo > from && d.word(roleTo) == "for" && spokes.has(d.word(roleTo-1)) {
		// "a spokesman for Tom Hale said"
		return d.speaksThrough(s, d.word(roleTo-1))
	}
	return s
}

// nameAfterOwned reads the name an owned role [from, k) is set beside:
// "Grimm's lawyer, William McGinley, said", "the statement from Grimm's
// attorney, William McGinley." The name is the speaker and the owned
// words its role. The appositive must end at a comma, a stop, "of" or hi.
func (d *doc) nameAfterOwned(from, k, hi int) (subject, bool) {
	if k+1 >= hi || d.punct(k) != "," {
		return subject{}, false
	}
	i := d.skipLead(k+1, hi)
	to, ok := d.runAfter(i, hi)
	if !ok || to < hi && d.punct(to) != "," && !d.isStop(to) && d.word(to) != "of" {
		return subject{}, false
	}
	s := d.named(i, to)
	if s.name == "" || s.role != "" || strings.ContainsAny(s.name, "'’") {
		return subject{}, false
	}
	s.role = d.spanText(from, k)
	s.from = from
	return s, true
}

// docIn reads the publication or body a document noun at token j is in or
// of: "an editorial in the liberal daily Dunmore Courier", "a report of
// the Harbour Board". The publication speaks, its document the role,
// as "the Courier said in an editorial" would have it.
func (d *doc) docIn(j, hi int) (subject, bool) {
	k := j + 2
	if d.word(k) == "the" {
		k++
	}
	for n := 0; n < 3 && k < hi && d.toks[k].word && !d.toks[k].upper && !d.toks[k].quoted && !functionWords.has(d.word(k)); n++ {
		k++ // "the conservative daily"
	}
	to, ok := d.runAfter(k, hi)
	if !ok {
		return subject{}, false
	}
	s := d.named(k, to)
	if s.name == "" {
		return subject{}, false
	}
	s.role, s.to = d.word(j), to
	return s, true
}

// spokesmanForAfter reads "said a spokesman for X" from the article at
// token i: X speaks through the spokesman, as in "a spokesman for X said"
// (speaksThrough).
func (d *doc) spokesmanForAfter(i, hi int) (subject, bool) {
	if w := d.word(i); w != "a" && w != "an" && w != "the" {
		return subject{}, false
	}
	for j := i + 1; j < hi-2 && j < i+4 && !d.toks[j].quoted; j++ {
		if !spokes.has(d.word(j)) {
			if d.toks[j].upper || !d.toks[j].word {
				return subject{}, false
			}
			continue // "a senior spokesman"
		}
		if d.word(j+1) != "for" {
			return subject{}, false
		}
		k := j + 2
		if d.word(k) == "the" {
			k++
		}
		to, ok := d.runAfter(k, hi)
		if !ok {
			return subject{}, false
		}
		s := d.named(k, to)
		if s.name == "" {
			return subject{}, false
		}
		s = d.speaksThrough(s, d.word(j))
		s.from, s.to = i, to
		return s, true
	}
	return subject{}, false
}

// ownedAfter reads a speaker after the verb known by whose relative or
// voice they are, from token i: "said his brother" is the brother of the
// one "his" stands for, as "his brother said" is; "said his brother, Paul
// Hale," is Paul Hale.
func (d *doc) ownedAfter(i, hi int) (subject, bool) {
	if w := d.word(i); w != "his" && w != "her" && w != "their" || d.toks[i].quoted || i+1 >= hi {
		return subject{}, false
	}
	j := i + 1
	if t := d.toks[j]; !t.word || t.upper || t.quoted {
		return subject{}, false
	}
	if e := j + 1; e < hi && d.punct(e) == "," {
		if s, ok := d.nameAfterOwned(i, e, hi); ok {
			return s, true
		}
	}
	if e := j + 1; e < hi && (d.toks[e].word || d.toks[e].quoted) {
		return subject{}, false // "said his brother was", "said his brother “…”"
	}
	return d.ownedBefore(i, j)
}
