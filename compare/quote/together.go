package quote

import "strings"

// People joined by "and" as a verb's subject speak together: after "Mr.
// Lee and Mr. Ortiz released a joint statement", the words are both
// senators', not the first one's, and a "they said" that follows is the
// two of them. "They" is read as the nearest plural subject of people
// before it (such a pair, or "the senators", "the two lawmakers"), found
// by the sentences' subjects, never by the last name written: that may be
// a company the pair's words were about ("a court order asking an Acme
// subsidiary"). A letter's writers (groupletter.go) come first.

// maxJoined is how many people a coordinated subject may name: "Lee,
// Ortiz and Hale said"; a longer list is a roll, not a speaker.
const maxJoined = 3

// joinedAfter extends s, the subject read from the name run ending at
// token to, with the people coordinated after it before v: "Mr. Lee and
// Mr. Ortiz released", "Ann Lee, Tom Hale and Joe Ortiz said". s is
// returned unchanged when it is no person or no one is joined to it.
func (d *doc) joinedAfter(s subject, to, v int) subject {
	names, lastSE, end := d.joinRun(s, to, v)
	if end == to || end < v && !d.verbSide(end) {
		return s
	}
	s.to, s.se = end, lastSE
	s.name, s.role = joinNames(names), ""
	return s
}

// joinedAfterVerb extends s, the person named after a cue verb by the run
// ending at token to, with the people coordinated after it: `"…," said Ann
// Lee and Tom Hale, the show's producers`. What follows the last of them
// must end the subject (a comma, a full stop, a parenthesis): after a
// word, the "and" joined a verb or a clause ("said Lee and left").
func (d *doc) joinedAfterVerb(s subject, to, hi int) subject {
	names, lastSE, end := d.joinRun(s, to, hi)
	if end == to || end < hi && d.toks[end].word {
		return s
	}
	role := ""
	if d.pluralTitle(s.from) {
		role = d.spanText(s.from, s.from+1) // "said Senators Lee and Hale": their title
	}
	s.to, s.se = end, lastSE
	s.name, s.role = joinNames(names), role
	return s
}

// joinRun reads the people coordinated after s, whose name run ends at
// token to, before hi: their names (s's first), the end of the last one's
// name (its subject's se) and the token after it (to when no one is
// joined).
func (d *doc) joinRun(s subject, to, hi int) ([]string, int, int) {
	if !d.andAhead(to, hi) || !d.personSubject(s) {
		return nil, s.se, to // no "and" near: no list to read (reading names allocates)
	}
	names := make([]string, 1, maxJoined)
	names[0] = s.name
	lastSE, end := s.se, to
	for k := to; k < hi && len(names) < maxJoined; {
		and := d.isWord(k, "and")
		j := k + 1
		if !and && d.punct(k) == "," && d.isWord(j, "and") {
			and, j = true, j+1 // "Lee, Ortiz, and Hale": the serial comma
		} else if !and && d.punct(k) != "," {
			break
		}
		e, ok := d.runAfter(j, hi)
		if !ok || d.isPossessive(e-1) {
			break
		}
		p := d.named(j, e)
		if !d.personSubject(p) {
			break
		}
		names, lastSE, k = append(names, p.name), p.se, e
		if and {
			end = e
			break
		}
	}
	if end == to {
		return nil, s.se, to
	}
	return names, lastSE, end
}

// andAhead reports whether an "and" follows token to within a list's
// reach before hi, no quotation or sentence end between.
func (d *doc) andAhead(to, hi int) bool {
	for k := to; k < hi && k < to+4*maxJoined+2; k++ {
		if d.toks[k].quoted || d.isStop(k) {
			return false
		}
		if d.isWord(k, "and") {
			return true
		}
	}
	return false
}

// joinedBefore extends s, the person subject whose name run opens at token
// from, with the people coordinated before it from lo: "Sens. Ann Lee and
// Tom Hale said", "Lee, Ortiz and Hale said". The first of them must open
// the sentence or follow a punctuation mark (`"…," Lee and Hale said`):
// after a word, "and" may join two objects ("met Lee and Hale said").
func (d *doc) joinedBefore(lo, from int, s subject) subject {
	if !d.isWord(from-1, "and") || !d.personSubject(s) && !d.jointBody(s) {
		return s
	}
	body := !d.personSubject(s)
	k := from - 1
	if d.punct(k-1) == "," {
		k-- // "Lee, Ortiz, and Hale": the serial comma
	}
	names, first, start := []string{s.name}, s, from
	for len(names) < maxJoined {
		if k-1 < lo {
			return s
		}
		b, ok := d.runBefore(lo, k-1)
		if !ok || d.isPossessive(k-1) {
			return s
		}
		n := d.named(b, k)
		if body && !d.jointBody(n) || !body && !d.personSubject(n) {
			return s // "Nebraska and Oklahoma complained": bodies join bodies, people people
		}
		names, first, start = append([]string{n.name}, names...), n, b
		if b-2 < lo || d.punct(b-1) != "," || !d.inRun(b-2) {
			break
		}
		k = b - 1 // "Lee, Ortiz and Hale": a comma goes on with another name
	}
	if start > lo && d.toks[start-1].word && !d.opensSentenceOrClause(start) && !d.docFrom(start-1) ||
		start-2 >= lo && d.punct(start-1) == "," && d.inRun(start-2) {
		return s // an object's list, or a roll longer than a speaker
	}
	s.from, s.ss = start, first.ss
	s.name, s.role = joinNames(names), ""
	return s
}

// verbSide reports whether token k may follow a whole subject: a verb or
// an adverb in lower case, or a comma opening an appositive ("Lee and
// Hale, both Democrats, said").
func (d *doc) verbSide(k int) bool {
	if d.punct(k) == "," {
		return true
	}
	t := d.toks[k]
	w := d.word(k)
	return t.word && !t.upper && !t.quoted && !prepositions.has(w) &&
		(!functionWords.has(w) || auxiliaries.has(w) || skippable.has(w))
}

// personSubject reports whether s names a person the article mentions.
func (d *doc) personSubject(s subject) bool {
	if s.name == "" || s.ss < 0 {
		return false
	}
	m := d.mentionOver(s.ss)
	return m >= 0 && d.ments[m].kind == person
}

// jointBody reports whether s names an organisation or a place the
// article mentions, without a role: a body that may act with another
// ("Nebraska and Oklahoma complained").
func (d *doc) jointBody(s subject) bool {
	if s.name == "" || s.ss < 0 || s.role != "" {
		return false
	}
	m := d.mentionOver(s.ss)
	return m >= 0 && d.ments[m].kind != person
}

// isWord reports whether token k is the unquoted word w.
func (d *doc) isWord(k int, w string) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].word && !d.toks[k].quoted && d.word(k) == w
}

// joinNames writes people as one speaker: "Ann Lee and Tom Hale", "Ann
// Lee, Tom Hale and Joe Ortiz". A plural noun of people the first name
// was read with is the pair's role, not a name: "Producers Ann Lee and
// Tom Hale".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	if f := strings.Fields(names[0]); len(f) > 2 && pluralGroup(strings.ToLower(f[0])) {
		names[0] = strings.Join(f[1:], " ")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// theyPeople resolves a "they" at token i to the nearest plural subject of
// people before it: of its own sentence, before it, or of the groupReach
// sentences before. A sentence whose subject is itself "they" passes on
// what that one stands for. ok is false when no such subject is near.
func (d *doc) theyPeople(i int) (subject, bool) {
	if d.they == nil {
		d.they = map[int]theyRead{}
	}
	if r, seen := d.they[i]; seen {
		return r.s, r.ok
	}
	d.they[i] = theyRead{body: -1} // while reading: a "they" must not stand for itself
	body := -1
	k0 := d.sentIndex(d.toks[i].s)
	for k := k0; k >= 0 && k >= k0-groupReach; k-- {
		lo, hi := d.tokAt(d.sents[k].Start), d.tokAt(d.sents[k].End)
		if k == k0 {
			hi = i
		}
		if s, ok := d.pluralSubject(lo, hi); ok {
			s.from, s.to = i, i+1
			if s.ss >= 0 {
				s.ss, s.se = d.toks[i].s, d.toks[i].e
			}
			d.they[i] = theyRead{s, true, -1}
			return s, true
		}
		if body = d.bodyOpens(k, i); body >= 0 {
			break // "the Security Council issued a statement": a nearer body's subject
		}
	}
	d.they[i] = theyRead{body: body}
	return subject{}, false
}

// theyRead is what a "they" was read to stand for.
type theyRead struct {
	s    subject
	ok   bool
	body int
}

// pluralSubject reads the subject opening tokens [lo, hi) when it names
// people in the plural: people joined by "and", a plural noun of people
// ("the senators", "the two lawmakers"), or a "they" that stands for them.
func (d *doc) pluralSubject(lo, hi int) (subject, bool) {
	i := lo
	for i < hi && (!d.toks[i].word || d.toks[i].quoted) {
		i++
	}
	i = d.skipLabel(i, hi)
	if s, ok := d.countedPeople(i, hi); ok {
		return s, true // "The two lawmakers wrote": the pair just named
	}
	if s, ok := d.pluralNoun(i, hi); ok {
		return s, true // "Critics of the bill, like Sen. Lee, say", "The two lawmakers wrote"
	}
	i = d.skipOpening(i, hi)
	if i >= hi {
		return subject{}, false
	}
	if d.word(i) == "they" {
		return d.theyPeople(i)
	}
	if to, ok := d.runAfter(i, hi); ok {
		s := d.named(i, to)
		if j := d.joinedAfter(s, to, hi); j.name != s.name {
			return j, true
		}
	} else if s, ok := d.pluralNoun(i, hi); ok {
		return s, true
	}
	// "Lee spoke after five Vela senators urged him to quit": the subject
	// of a clause a subordinating word opens.
	for k := i + 1; k+1 < hi; k++ {
		if subordinators.has(d.word(k)) && d.toks[k].word && !d.toks[k].quoted && !d.toks[k].upper {
			if s, ok := d.pluralNoun(k+1, hi); ok {
				return s, true
			}
		}
	}
	return subject{}, false
}

// pluralNoun reads a subject from token i whose head is a plural noun of
// people, in lower case unless it opens the sentence, after up to five
// modifiers ("the two lawmakers", "Some Vela Party senators who …",
// "Critics of the bill"), ending before a verb, "of" or "who".
func (d *doc) pluralNoun(i, hi int) (subject, bool) {
	from := i
	if from < hi && pluralOpener(d.word(from)) {
		from++
	}
	for h := from; h < hi && h <= from+5 && d.toks[h].word && !d.toks[h].quoted; h++ {
		w := d.word(h)
		if !pluralGroup(w) || d.toks[h].upper && h != i || h+1 >= hi || pluralGroup(d.word(h+1)) {
			if !d.pluralModifier(h) {
				break
			}
			continue
		}
		if n := d.word(h + 1); d.verbSide(h+1) || n == "of" || n == "who" {
			return subject{from: i, to: h + 1, name: lowerFirst(d.spanText(i, h+1)), ss: d.toks[i].s, se: d.toks[h].e}, true
		}
		break
	}
	return subject{}, false
}

// pluralModifier reports whether token h may stand before the head of a
// plural noun of people: a capitalised word that is no person's name
// ("Vela Party", "Republican"), a number or one of a few adjectives of
// office ("five past and present Vela senators"). Any other word may be a
// verb: "Lee met senators who …" has Lee for its subject.
func (d *doc) pluralModifier(h int) bool {
	w := d.word(h)
	if d.toks[h].upper {
		m := d.mentionOver(d.toks[h].s)
		return !capStops.has(w) && (m < 0 || d.ments[m].kind != person)
	}
	switch w {
	case "and", "former", "current", "past", "present", "other", "fellow", "senior", "top", "leading", "local", "state", "federal":
		return true
	}
	return pluralOpener(w) && w != "the"
}

// pluralOpener reports whether w may open a plural noun phrase: "the",
// "both", "some", "two".
func pluralOpener(w string) bool {
	switch w {
	case "the", "these", "those", "both", "some", "many", "several", "all", "most", "other",
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds":
		return true
	}
	return isDigits(w)
}

// theyBody resolves a "they" at token i that stands for no people to the
// nearest organisation before it that is its sentence's subject
// (bodySubject), or leaves it unresolved. theyPeople, asked first, found
// that organisation on its way (theyRead.body).
func (d *doc) theyBody(i int) subject {
	s := subject{from: i, to: i + 1, ss: -1, se: -1}
	if m := d.they[i].body; m >= 0 {
		s.name, s.ss, s.se = d.ments[m].name, d.toks[i].s, d.toks[i].e
	}
	return s
}

// bodyOpens returns the mention of the body a "they" at token i may stand
// for (bodySubject) that sentence k, before i, has for its subject, or -1.
func (d *doc) bodyOpens(k, i int) int {
	lo, hi := d.sents[k].Start, min(d.sents[k].End, d.toks[i].s)
	for m := d.mentionBefore(lo) + 1; m < len(d.ments) && d.ments[m].s < hi; m++ {
		if d.ments[m].kind != unknown && d.bodySubject(d.ments[m], i) {
			return m
		}
	}
	return -1
}

// bodySubject reports whether the organisation m, found for a "they" at
// token i that stands for no people, is the subject of its sentence, in
// the "they"'s sentence or the groupReach before it: a body spoken of as
// its members ("Ann Lee's campaign is seeking to contrast her approach
// with what they call …").
func (d *doc) bodySubject(m mention, i int) bool {
	k := d.sentIndex(m.s)
	if k < d.sentIndex(d.toks[i].s)-groupReach {
		return false
	}
	lo, hi := d.tokAt(d.sents[k].Start), d.tokAt(d.sents[k].End)
	j := lo
	for j < hi && (!d.toks[j].word || d.toks[j].quoted) {
		j++
	}
	j = d.skipOpening(d.skipLabel(j, hi), hi)
	if j < hi && determiners.has(d.word(j)) {
		j++
	}
	if j >= hi || d.toks[j].s != m.s {
		return false
	}
	if m.kind == org {
		return true
	}
	// "Ann Lee's campaign": a person's body; one person alone is no "they".
	e := j
	for e+1 < hi && d.toks[e+1].s < m.e {
		e++ // the mention's last word: "Clinton’s"
	}
	return e < hi && d.isPossessive(e) && e+1 < hi && (orgNouns.has(d.word(e+1)) || ownedNouns.has(d.word(e+1)) || bodyNoun(d.word(e+1)))
}

// pluralTitle reports whether token i is a person's title in the plural,
// capitalised before the first of the names it goes with: "Senators Ann
// Lee of Vela and Tom Hale of Dunmore", "Sens. Lee and Hale". The names
// are those people's, the title their role.
func (d *doc) pluralTitle(i int) bool {
	if !d.toks[i].upper || d.toks[i].quoted || i+1 >= len(d.toks) || !d.toks[i+1].upper || !d.toks[i+1].word {
		return false
	}
	w := d.word(i)
	one := strings.TrimSuffix(w, "s")
	if strings.HasSuffix(w, "s.") {
		one = strings.TrimSuffix(w, "s.") + "."
	}
	return one != w && len(one) > 2 && !honorifics.has(w) && personTitles.has(one)
}

// docFrom reports whether token k is "from" or "by" after a document noun:
// "the lawsuit from Varnia and Ostland argues" is both states' lawsuit.
func (d *doc) docFrom(k int) bool {
	if w := d.word(k); w != "from" && w != "by" || k < 1 {
		return false
	}
	return docNoun(d.word(k-1)) && !d.toks[k-1].upper && !d.toks[k-1].quoted
}
