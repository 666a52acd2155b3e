package quote

import (
	"sort"
	"strings"
)

// A subject that is not a name refers to one: a pronoun ("she"), a role
// noun ("the councilwoman", "the company"), a possessor ("his statement")
// or an owned group ("Scott's family"). These read such subjects and
// resolve them (salience.go).

// pronounSubject resolves the pronoun at token i: he and she to a person,
// it to an organisation, they to either.
func (d *doc) pronounSubject(i int) subject {
	want := unknown
	switch d.word(i) {
	case "he", "she":
		sx := male
		if d.word(i) == "she" {
			sx = female
		}
		if s, ok := d.describedSpoke(i, sx); ok {
			return s
		}
		if s, ok := d.reporterSubject(i, sx); ok {
			return s
		}
		return d.resolvedPerson(i, i, sx)
	case "it":
		if s, ok := d.docOpensBefore(i); ok {
			return s
		}
		if s, ok := d.thingSpoke(i); ok {
			return s
		}
		if k, ok := d.docBefore(i); ok {
			// "… on his website. "Q," it says": the document speaks.
			s := d.docSource(k, k)
			s.from, s.to, s.ss, s.se = i, i+1, d.toks[i].s, d.toks[i].e
			return s
		}
		if m, ok := d.resolve(d.toks[i].s, org, anyOrg); ok && m.s < d.recentFrom(d.toks[i].s) {
			// "… John McCain's Republican Party running mate. The church
			// promoted a conference. It promised to …": an "it" names
			// what the last sentences spoke of, not a body named before.
			return subject{from: i, to: i + 1, ss: -1, se: -1}
		}
		want = org
	case "they":
		if name, ok := d.groupWriters(i, ""); ok {
			// "… are sending the letter to Leader Ann Lee. \"…,\" they
			// wrote": the letter's writers.
			return subject{from: i, to: i + 1, name: name, ss: d.toks[i].s, se: d.toks[i].e}
		}
		if s, ok := d.theyPeople(i); ok {
			return s // "Mr. Lee and Mr. Ortiz released …. "…," they said"
		}
		// "… a court order asking an Acme subsidiary …. "…," they said":
		// a body named as an object is not who "they" are; the one that
		// is a sentence's subject may be.
		return d.theyBody(i)
	}
	return d.resolved(i, want)
}

// recentFrom is where the sentence before the one at pos starts: the
// reach of "it".
func (d *doc) recentFrom(pos int) int {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > pos })
	return d.sents[max(min(k, len(d.sents)-1)-1, 0)].Start
}

// resolvedPerson makes a subject of the pronoun or role noun [from, to],
// resolved to the person it stands for.
func (d *doc) resolvedPerson(from, to int, sx sex) subject {
	s := subject{from: from, to: to + 1, ss: -1, se: -1}
	if name, ok := d.describedBefore(d.toks[from].s, sx); ok && sx != anySex {
		s.name, s.ss, s.se = name, d.toks[from].s, d.toks[to].e
		return s
	}
	if m, ok := d.resolvePerson(d.toks[from].s, sx); ok {
		s.name, s.ss, s.se = d.ments[m].name, d.toks[from].s, d.toks[to].e
	}
	return s
}

// resolved makes a subject of the pronoun at token i, resolved to the
// nearest earlier mention of the wanted kind.
func (d *doc) resolved(i int, want kind) subject {
	s := subject{from: i, to: i + 1, ss: -1, se: -1}
	if m, ok := d.resolve(d.toks[i].s, want, anyOrg); ok {
		s.name, s.ss, s.se = m.name, d.toks[i].s, d.toks[i].e
	}
	return s
}

// nounBefore reads a noun phrase ending at token i: "the company", "the
// agency" (resolved), "the Clinton campaign" (named by its modifier), "a
// spokesman" (a speaker without a name).
func (d *doc) nounBefore(lo, i int) (subject, bool) {
	w := d.word(i)
	if i-1 >= lo && d.word(i-1) == "the" && pluralGroup(w) && !d.toks[i].upper {
		if name, ok := d.groupWriters(i-1, w); ok {
			return subject{from: i - 1, to: i + 1, name: name, ss: d.toks[i-1].s, se: d.toks[i].e}, true // "the senators wrote"
		}
	}
	if descNouns.has(w) && !d.toks[i].upper {
		// "the council", "a police spokeswoman", "police": known by
		// description (described.go); "the spokesman" is the one an
		// article introduced with that title, when it did.
		if i-1 >= lo && d.word(i-1) == "the" {
			if m, ok := d.titledBefore(d.toks[i].s, w); ok && personNouns.has(w) {
				return subject{from: i - 1, to: i + 1, ss: d.toks[i-1].s, se: d.toks[i].e, name: d.ments[m].name, role: d.spanText(i-1, i+1)}, true
			}
			if s, ok := d.antecedent(i-1, i); ok {
				return s, true
			}
		}
		if s, ok := d.description(lo, i); ok {
			return s, true
		}
	}
	if spokes.has(w) && !d.toks[i].upper && i-1 >= lo && d.word(i-1) == "the" {
		if s, ok := d.antecedent(i-1, i); ok {
			return s, true // "the aide" after "a spokesperson for Grassley"
		}
	}
	if !orgNouns.has(w) && !personNouns.has(w) && !docNoun(w) && !(titles.has(w) && !d.toks[i].upper) {
		return d.roleNounBefore(lo, i) // "the harbor master", roles.go
	}
	j := i - 1
	for j >= lo && j > i-4 && d.toks[j].word && !d.toks[j].quoted {
		if dw := d.word(j); dw == "the" || newcomer(dw) || dw == "this" || dw == "that" {
			break
		}
		j--
	}
	if j < lo || !d.toks[j].word {
		return subject{}, false
	}
	s := subject{from: j, to: i + 1, ss: -1, se: -1}
	if k := j + 1; k < i && d.isName(k) && (orgNouns.has(w) || docNoun(w)) || w == "campaign" && j+1 < i {
		// "the Clinton campaign", "a Times article"
		s.name, s.ss, s.se = d.spanText(j+1, i+1), d.toks[j+1].s, d.toks[i].e
		return s, true
	}
	if docNoun(w) {
		// "the report said": its author, or the report itself; "a
		// report" is new, known only by an author the article tells.
		if !newcomer(d.word(j)) {
			return d.docSource(j, i), true
		}
		if a, ok := d.docAuthor(i); ok {
			a.from, a.to = j, i+1
			return a, true
		}
		return s, true
	}
	if newcomer(d.word(j)) {
		// "a former aide said": someone new, labelled as described.
		s.name, s.ss, s.se = lowerFirst(d.spanText(j, i+1)), d.toks[j].s, d.toks[i].e
		return s, true
	}
	if anonymousNouns.has(w) {
		// "the reporter asks", "the man said": someone the article does
		// not name, rarely the newsmaker named last.
		s.role = d.spanText(j, i+1)
		return s, true
	}
	if !orgNouns.has(w) {
		// "the councilwoman said": the person it stands for, the role kept.
		s.role = d.spanText(j, i+1)
		if f := d.word(j); f == "the" || f == "this" || f == "that" {
			s.role = lowerFirst(s.role) // "The Texas governor said" opening a sentence
		}
		noun, resolve := w, d.resolveRole
		if l := d.lesserBefore(i); l != "" {
			noun = l + " " + w // "the former vice president"
		}
		switch {
		case spokes.has(w):
			// "the aide said": someone's aide, never that one; only a
			// person introduced as an aide or spokesman is.
			resolve = d.spokesBefore
		case (j+1 == i || j+2 == i && d.lesserBefore(i) != "") && !notRoleHeads.has(w):
			// A bare role ("the mayor", "the vice president") is someone
			// only when the article gave them the role: news gives a
			// person's office where it first names them. An epithet
			// ("the New York businessman", "the former Alaska governor")
			// may stand for the one the passage is about (rolegiven.go).
			resolve = d.titledBefore
		case d.ownedPhrase(j+1, i):
			// "the beer distributor's president": the owner's, whom the
			// article may never name, not someone given the role of
			// another body.
			owner := d.ownerWord(j+1, i)
			resolve = func(pos int, noun string) (int, bool) { return d.resolveOwnedRole(pos, noun, owner) }
		}
		if m, ok := resolve(d.toks[j].s, noun); ok {
			s.name, s.ss, s.se = d.ments[m].name, d.toks[j].s, d.toks[i].e
		} else if f := d.word(j); f == "the" || f == "this" || f == "that" {
			// No one it stands for: the speaker known by the role ("the
			// mayor"), as a described speaker is.
			s.name, s.role, s.ss, s.se = lowerFirst(s.role), "", d.toks[j].s, d.toks[i].e
		} else {
			// Words that do not open a phrase ("successes came days
			// before Secretary") are no one's role.
			s.role = ""
		}
		return s, true
	}
	want := org
	pref := anyOrg
	switch {
	case govNouns.has(w):
		pref = govOrg
	case bizNouns.has(w):
		pref = bizOrg
	}
	if m, ok := d.subjectBodyBefore(j, i, pref); ok {
		s.name, s.ss, s.se = m.name, d.toks[j].s, d.toks[i].e
	} else if m, ok := d.resolve(d.toks[j].s, want, pref); ok && (pref != bizOrg || m.biz) {
		s.name, s.ss, s.se = m.name, d.toks[j].s, d.toks[i].e
	} else if pref == bizOrg && d.word(j) == "the" && j+1 == i {
		// "the company said" where the article names no business: the
		// company, not the council or union named last.
		s.name, s.ss, s.se = lowerFirst(d.spanText(j, i+1)), d.toks[j].s, d.toks[i].e
	}
	return s, true
}

// spokesBefore finds the person an aide or spokesman noun at pos stands
// for: the nearest before pos titled so ("Spokesman Josh Earnest", "aide
// Dana Pryce") or set beside such a noun ("Dana Pryce, an aide to Hale").
func (d *doc) spokesBefore(pos int, noun string) (int, bool) {
	if m, ok := d.titledBefore(pos, noun); ok {
		return m, true
	}
	end := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
	for m := end - 1; m >= 0; m-- {
		if d.ments[m].kind != person {
			continue
		}
		k := d.tokAt(d.ments[m].s)
		if k > 0 && spokes.has(d.word(k-1)) {
			return m, true
		}
		e := d.tokAt(d.ments[m].e)
		if d.punct(e) != "," || e+1 >= len(d.toks) {
			continue
		}
		if w := d.word(e + 1); w != "a" && w != "an" && w != "the" && !spokes.has(w) {
			continue // "Tom Hale, who fired his spokesman"
		}
		for j := e + 1; j < len(d.toks) && j < e+4 && d.toks[j].word; j++ {
			if spokes.has(d.word(j)) {
				return m, true
			}
		}
	}
	return -1, false
}

// ownedBefore reads a person or group named by whose it is, ending at
// token i: "Scott's family", "Trump's lawyers"; with the owner a pronoun
// or a role, resolved: "her rep" and "the actress's rep" are Tara Reid's
// rep ("the actress's rep" keeps its words as the role when no one is
// found).
func (d *doc) ownedBefore(lo, i int) (subject, bool) {
	w := d.word(i)
	if i-1 < lo || !(kinNouns.has(w) || peopleNouns.has(w) || ownedNouns.has(w) || speaksFor(w)) || d.toks[i-1].quoted {
		return subject{}, false
	}
	switch o := i - 1; {
	case d.isPossessive(o) && d.toks[o].upper:
		k := o
		for k > lo && d.isName(k-1) {
			k--
		}
		s := subject{from: k, to: i + 1, ss: d.toks[k].s, se: d.toks[i].e}
		s.name = d.spanText(k, i+1)
		return s, true
	case d.word(o) == "his" || d.word(o) == "her" || d.word(o) == "their" || d.word(o) == "its":
		var owner subject
		switch d.word(o) {
		case "his":
			owner = d.resolvedPerson(o, o, male)
		case "her":
			owner = d.resolvedPerson(o, o, female)
		default:
			owner, _ = d.ownerBefore(lo, o)
		}
		if owner.name == "" {
			return subject{}, false
		}
		s := subject{from: o, to: i + 1, ss: d.toks[o].s, se: d.toks[i].e, name: owner.name + "'s " + d.spanText(i, i+1)}
		if name, role, ok := d.relativeNamed(d.toks[o].s, owner.name, w); ok {
			s.name, s.role = name, role // "John Banky, Ben's older brother," before
		}
		return s, true
	case d.isPossessive(o) && o-1 >= lo && (d.word(o-1) == "the" || d.word(o-1) == "this"):
		s := subject{from: o - 1, to: i + 1, ss: -1, se: -1}
		t := d.toks[o]
		noun := trimPossessive(d.word(o))
		if !personNouns.has(noun) && !titles.has(noun) {
			return subject{}, false
		}
		if m, ok := d.resolveRole(t.s, noun); ok {
			s.name, s.ss, s.se = d.ments[m].name+"'s "+d.spanText(i, i+1), d.toks[o-1].s, d.toks[i].e
		} else {
			s.role = d.spanText(o-1, i+1)
		}
		return s, true
	}
	return subject{}, false
}

// speaksFor reports whether w is someone who speaks for a person, beyond
// peopleNouns' spokesmen: "Reid's rep told Us", "her publicist said".
func speaksFor(w string) bool {
	switch w {
	case "rep", "reps", "representative", "representatives", "publicist", "publicists", "agent", "manager":
		return true
	}
	return false
}

// Describes reports whether speaker names someone only by whose voice
// they are: "Reid's rep", "Tara Reid's publicist", "Grimm's lawyer". Such a
// speaker may be the very person another article names ("Jack Ketsoyan",
// her publicist), so it makes no second speaker of a quotation.
func Describes(speaker string) bool {
	f := strings.Fields(speaker)
	if len(f) < 2 {
		return false
	}
	owner, noun := f[len(f)-2], strings.ToLower(f[len(f)-1])
	if !strings.HasSuffix(owner, "'s") && !strings.HasSuffix(owner, "’s") {
		return false
	}
	switch noun {
	case "lawyer", "lawyers", "attorney", "attorneys", "counsel", "adviser", "advisor", "spokesmen", "spokeswomen":
		return true
	}
	return speaksFor(noun) || spokes.has(noun)
}

// ownerBefore reads the owner of a cue noun, ending at token i: "Donald
// Trump's", "his" (resolved).
func (d *doc) ownerBefore(lo, i int) (subject, bool) {
	if i < lo || d.toks[i].quoted {
		return subject{}, false
	}
	switch d.word(i) {
	case "his", "her":
		return d.resolved(i, person), true
	case "its":
		return d.resolved(i, org), true
	case "their":
		return d.resolved(i, unknown), true
	}
	if !d.toks[i].upper || !d.isPossessive(i) || capStops.has(d.word(i)) {
		return subject{}, false
	}
	from := i
	for from > lo && d.isName(from-1) {
		from--
	}
	t := d.toks[i]
	end := t.e - len("s") - len(string(lastRune(d.text[t.s:t.e-1])))
	s := subject{from: from, to: i + 1, ss: d.toks[from].s, se: end}
	s.name = d.canonicalFor(d.text[s.ss:s.se], d.honorificSex(from), s.ss)
	return s, true
}

// docNoun reports whether w, in lower case, is a document noun
// (docNouns), singular or plural: "the slides", "the documents".
func docNoun(w string) bool {
	return docNouns.has(w) || len(w) > 4 && strings.HasSuffix(w, "s") && docNouns.has(w[:len(w)-1])
}
