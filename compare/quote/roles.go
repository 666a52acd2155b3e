package quote

import "strings"

// The described-speaker lists (descNouns, personNouns, anonymousNouns) are
// closed: "the harbor master said" named no one. A noun phrase opened by an
// article and made of plain lower-case words before a verb of saying is a
// speaker known by description whatever its head noun ("the harbor
// master", "a family friend", "the convicted killer"), unless the head is
// a document, a message or a number, which says things without being
// someone: "the report said", "the lawsuit says", "the advertisement
// says" (sourceNouns) stay without a speaker, as docNouns do.

// sourceNouns are things that say without being someone: documents,
// messages, rulings, broadcasts.
var sourceNouns = listSet("sourceNouns", `report reports study studies poll polls survey surveys memo memos
	statement statements release releases letter letters email emails e-mail message messages note notes
	notice tweet tweets post posts website site page ad ads advertisement advertisements commercial spot
	video clip book books article articles story editorial column op-ed paper papers document documents
	filing filings complaint lawsuit suit indictment affidavit motion brief petition ruling rulings
	verdict decision order opinion judgment law laws bill bills rule rules regulation policy guidance
	guidelines agreement deal contract plan proposal budget resolution amendment transcript text caption
	headline sign banner label warning analysis review audit data figures record records minutes summary
	account version draft update announcement readout directive manifesto platform script program
	programme broadcast show segment episode documentary film movie song`)

// sayVerbs are the plain verbs of saying after which a described speaker
// is read: "the harbor master said", "said a family friend". A verb that
// also names, reads or classes ("called", "read", "defined") takes a
// document or a thing as often as a person.
var sayVerbs = verbSet("sayVerbs", `say/said/said tell/told/told add ask explain write/wrote/written note
	recall continue reply respond answer insist argue admit+ agree warn shout yell scream whisper
	testify recount joke complain acknowledge claim confirm remember exclaim plead comment remark observe
	conclude`)

// notRoleHeads end a phrase that stands for someone named before, not a
// description: "the former said", "the two said", "the other added".
var notRoleHeads = listSet("notRoleHeads", `former latter other others same first second third last next rest
	one two three four five six both each either neither many few some all most none several latest
	new old following`)

// roleDescribed reads the speaker known by description whose article is
// token j and head noun token i: "the harbor master", "a family friend".
// A definite description of a role an article gave a person before ("the
// harbor master" after "Harbor master Tom Hale") is that person, the role
// kept.
func (d *doc) roleDescribed(j, i int) (subject, bool) {
	if det := d.word(j); det != "the" && !newcomer(det) || i <= j || i-j > 5 {
		return subject{}, false
	}
	w := d.word(i)
	if !d.toks[i].word || d.toks[i].quoted || d.toks[i].upper || sourceNouns.has(w) || docNouns.has(w) ||
		notRoleHeads.has(w) || strings.HasSuffix(w, "ing") || !hasLetter(w) {
		return subject{}, false
	}
	for k := j + 1; k <= i; k++ {
		kw := d.word(k)
		if !d.describing(k) || d.toks[k].upper && !d.isName(k) || strings.ContainsAny(kw, "'’") ||
			sourceNouns.has(kw) || docNouns.has(kw) || placeWords.has(kw) {
			return subject{}, false // "the newspaper doesn't", "a complaint filed"
		}
	}
	s := subject{from: j, to: i + 1, ss: d.toks[j].s, se: d.toks[i].e}
	s.name = lowerFirst(d.spanText(j, i+1))
	if d.word(j) == "the" {
		if m, ok := d.titledBefore(d.toks[j].s, w); ok {
			s.name, s.role = d.ments[m].name, s.name
		}
	}
	return s, true
}

// placeWords put a phrase somewhere: "the main square outside
// parliament" is a place, not a speaker.
var placeWords = listSet("placeWords", `outside inside near behind beyond across along around through
	throughout within without toward towards via per`)

// roleNounBefore reads a described speaker whose head noun is token i, just
// before its verb of saying (sayVerbs): `"...," the harbor master said`.
func (d *doc) roleNounBefore(lo, i int) (subject, bool) {
	v := i + 1
	for v < len(d.toks) && d.toks[v].word && (skippable.has(d.word(v)) || auxiliaries.has(d.word(v)) || d.adverb(v)) {
		v++
	}
	if v >= len(d.toks) || !d.toks[v].word || d.toks[v].upper || !sayVerbs.has(d.word(v)) {
		return subject{}, false
	}
	participle := strings.HasSuffix(d.word(v), "ing")
	for j := i - 1; j >= lo && j >= i-5; j-- {
		switch d.word(j) {
		case "the", "a", "an", "one":
			if participle {
				// "with one blogger asking": the participle's own
				// subject; but "at a 2008 event saying": the event is
				// no speaker.
				if j-1 >= lo && (d.word(j-1) == "with" || d.word(j-1) == "and" && d.withBefore(lo, j-1)) {
					return d.roleDescribed(j, i) // "with some saying … and one blogger asking"
				}
				return subject{}, false
			}
			// The phrase opens its clause: after a mark, "and", "that" or
			// "then", not after a preposition ("at the same time
			// acknowledged") or a verb (an object).
			if p := j - 1; p >= lo && d.toks[p].word && !d.toks[p].quoted {
				if pw := d.word(p); prepositions.has(pw) ||
					!clauseWords.has(pw) && !sharing.has(pw) && !skippable.has(pw) {
					return subject{}, false
				}
			}
			return d.roleDescribed(j, i)
		}
		if !d.toks[j].word || d.toks[j].quoted {
			return subject{}, false
		}
	}
	return subject{}, false
}

// withBefore reports whether "with" opens the phrase that the "and" at
// token k goes on, in its sentence: "with some saying … and one blogger
// asking".
func (d *doc) withBefore(lo, k int) bool {
	for j := k - 1; j >= lo && k-j < 15 && !d.isStop(j); j-- {
		if d.word(j) == "with" {
			return true
		}
	}
	return false
}

// someOf reads a quantifier that a participle's "with" makes its subject,
// token i before verb v: "Critics are crying foul, with some saying …" is
// some of the critics, so the sentence's subject speaks.
func (d *doc) someOf(lo, i, v int) (subject, bool) {
	switch d.word(i) {
	case "some", "many", "others", "most", "several":
	default:
		return subject{}, false
	}
	if !strings.HasSuffix(d.word(v), "ing") || i-1 < lo || d.word(i-1) != "with" {
		return subject{}, false
	}
	s, ok := d.sentenceSubject(lo, i-1)
	if !ok || s.name == "" {
		return subject{}, false
	}
	return s, true
}

// roleNounAfter reads a described speaker after an inverted verb from token
// j, the article: `"...," said the harbor master.` The phrase must end its
// clause or go on with a preposition ("said the harbor master on
// Tuesday"): "said the plan would fail" reports, it names no speaker. An
// appositive name after it is the speaker, the phrase its role ("said the
// legislator, Representative Carl Seel").
func (d *doc) roleNounAfter(j, hi int) (subject, bool) {
	v := j - 1
	for v > 0 && d.toks[v].word && skippable.has(d.word(v)) {
		v--
	}
	if v < 0 || !d.toks[v].word || d.toks[v].upper || !sayVerbs.has(d.word(v)) {
		return subject{}, false
	}
	i := j + 1
	for i+1 < hi && i+1 < j+5 && d.toks[i+1].word && !d.toks[i+1].upper && d.describing(i+1) {
		i++
	}
	if i >= hi {
		return subject{}, false
	}
	if n := i + 1; n < hi && d.toks[n].word && !prepositions.has(d.word(n)) {
		return subject{}, false
	}
	s, ok := d.roleDescribed(j, i)
	if !ok {
		return s, false
	}
	if i+2 < hi && d.punct(i+1) == "," {
		if to, ok := d.runAfter(i+2, hi); ok {
			if n := d.named(i+2, to); n.name != "" {
				if n.from = j; n.role == "" {
					n.role = d.spanText(j, i+1)
				}
				return n, true
			}
		}
	}
	return s, true
}

// hasLetter reports whether w holds a letter: "2" is no role.
func hasLetter(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// nameAfterRole reads the person named after a name run that ends at to
// and a noun of what they are ("said South Richmond Hill resident Jane
// Doe", "said Vela Party supporter Tom Hale"): the place or body is part
// of the role, the person the speaker.
func (d *doc) nameAfterRole(lead, to, hi int) (subject, bool) {
	j := to
	for j < hi && j < to+2 && d.toks[j].word && !d.toks[j].upper && !d.toks[j].quoted && roleNoun(d.word(j)) {
		j++
	}
	if j == to || j >= hi {
		return subject{}, false
	}
	end, ok := d.runAfter(j, hi)
	if !ok {
		return subject{}, false
	}
	s := d.named(j, end)
	if s.name == "" || s.role != "" {
		return subject{}, false
	}
	s.from, s.role = lead, d.spanText(lead, j)
	return s, true
}

// partyMemberBefore reads "the Republican", "the Arizona Democrat" ending
// at token i: a description standing for a person named before, resolved
// as "the senator" is, and known by it when no one fits.
func (d *doc) partyMemberBefore(lo, i int) (subject, bool) {
	switch d.word(i) {
	case "republican", "democrat", "independent", "libertarian":
	default:
		return subject{}, false
	}
	if !d.toks[i].upper {
		return subject{}, false
	}
	j := i - 1
	for j >= lo && j > i-4 && d.toks[j].word && d.toks[j].upper && !d.toks[j].quoted && d.word(j) != "the" {
		j-- // the place: "the New Mexico Democrat"
	}
	if j == i-1 && d.partyNoun(i) {
		// "A fellow Republican said": someone new, known by description.
		k := j
		for k >= lo && k > i-3 && d.toks[k].word && !d.toks[k].upper && !newcomer(d.word(k)) && d.describing(k) {
			k--
		}
		if k >= lo && d.toks[k].word && newcomer(d.word(k)) {
			return subject{from: k, to: i + 1, ss: -1, se: -1, name: lowerFirst(d.spanText(k, i+1))}, true
		}
	}
	if j < lo || d.word(j) != "the" {
		return subject{}, false
	}
	s := subject{from: j, to: i + 1, ss: d.toks[j].s, se: d.toks[i].e, role: lowerFirst(d.spanText(j, i+1))}
	m, ok := d.resolveRole(d.toks[j].s, d.word(i))
	if p := partyLetter(d.word(i)); ok && p != 0 {
		if q := d.partyOf(d.ments[m].name, d.toks[j].s); q != 0 && q != p {
			// The one the passage is about is of another party: the
			// nearest member of this one, or no one named.
			m, ok = d.partyMember(d.toks[j].s, p)
		}
	}
	if ok {
		s.name = d.ments[m].name
	} else {
		s.name, s.role = s.role, ""
	}
	return s, true
}

// senderOf reads the named subject of a verb of sending or issuing whose
// object is the nameless document opening at token k ("Parker, chairman
// of X, sent her a letter"), when one stands right before it: the sender
// speaks, not the subject of the sentence's first clause.
func (d *doc) senderOf(lo, k int) (subject, bool) {
	u := k - 1
	switch d.word(u) {
	case "him", "her", "them", "us", "me", "it":
		u-- // "sent her a letter"
	}
	if u <= lo || d.toks[u].upper || d.toks[u].quoted {
		return subject{}, false
	}
	switch d.word(u) {
	case "sent", "sends", "issued", "issues", "released", "releases", "wrote", "writes", "posted", "posts", "published", "publishes", "filed", "files", "delivered", "delivers":
	default:
		return subject{}, false
	}
	s, ok := d.subjectBefore(lo, u)
	if !ok || s.name == "" || pronouns.has(d.word(s.from)) {
		return subject{}, false
	}
	return s, true
}

// joinedParticiple reads the cue of a participle at token v joined by
// "and" to an earlier one of its clause ("a letter citing … and saying"):
// the speaker of the first is the speaker of both.
func (d *doc) joinedParticiple(lo, v, hi int, before bool) (attribution, bool) {
	k := v - 1
	for k > lo && !d.toks[k].word && d.punct(k) == "," {
		k--
	}
	if k <= lo || d.word(k) != "and" {
		return attribution{}, false
	}
	for u := k - 1; u >= lo && !d.isStop(u); u-- {
		if d.toks[u].quoted || !strings.HasSuffix(d.word(u), "ing") || !d.isVerb(u) {
			continue
		}
		a, ok := d.verbCue(lo, u, v, before)
		if !ok || a.name == "" {
			return attribution{}, false
		}
		a.cue, a.to = d.cuePhrase(v, v+1, hi)
		a.from = min(a.from, v)
		return a, true
	}
	return attribution{}, false
}

// causedToSpeak reads the one a causative verb moves to the cue verb at
// token v: "leading Ms. Palin to apologize", "prompted him to say". The
// object speaks, not the cause.
func (d *doc) causedToSpeak(lo, v int) (subject, bool) {
	o := v - 2
	if o <= lo || d.word(v-1) != "to" || !d.toks[o].word || d.toks[o].quoted {
		return subject{}, false
	}
	var s subject
	from := o
	switch w := d.word(o); w {
	case "him", "her":
		sx := male
		if w == "her" {
			sx = female
		}
		if s = d.resolvedPerson(o, o, sx); s.name == "" {
			return subject{}, false
		}
	default:
		f, ok := d.runBefore(lo, o)
		if !ok {
			return subject{}, false
		}
		if s = d.named(f, o+1); s.name == "" {
			return subject{}, false
		}
		if m := d.mentionOver(d.toks[o].s); m >= 0 && d.ments[m].kind == person {
			s.name = d.ments[m].name // "Ms. Palin": the full name the article gave
		}
		from = f
	}
	if from-1 < lo {
		return subject{}, false
	}
	switch d.word(from - 1) {
	case "lead", "leads", "leading", "led", "prompt", "prompts", "prompting", "prompted", "force", "forces", "forcing", "forced",
		"cause", "causes", "causing", "caused", "spur", "spurs", "spurring", "spurred", "compel", "compels", "compelling", "compelled":
		return s, true
	}
	return subject{}, false
}
