package quote

import (
	"sort"
	"strings"
)

// A document that speaks ("the statement said", "the letter read", "it
// says" of a web site) speaks for whoever wrote it: the body that issued
// the statement, the principal who wrote the letter, the man whose web
// site it is. When the article names no author, the speaker is the
// document itself ("the cable"), never the last person named nor no one.

// docReach is how many sentences before a document noun are searched for
// the same document named with its author.
const docReach = 8

// docSource makes the subject of the document noun [j, i] ("the
// statement", "a letter"): its author when the article tells one, else the
// document.
func (d *doc) docSource(j, i int) subject {
	if a, ok := d.docAuthor(i); ok {
		a.from, a.to = j, i+1
		return a
	}
	name := lowerFirst(d.spanText(j, i+1))
	if j == i {
		name = "the " + d.word(i) // "it" of a cable named before
	}
	return subject{from: j, to: i + 1, name: name, ss: d.toks[j].s, se: d.toks[i].e}
}

// docAuthor finds who wrote the document named by the noun at token i: told
// where it is named, or where the same document was named before within
// docReach sentences.
func (d *doc) docAuthor(i int) (subject, bool) {
	w := d.word(i)
	first := d.sentIndex(d.toks[i].s)
	lo := d.tokAt(d.sents[max(first-docReach, 0)].Start)
	for k := i; k >= lo; k-- {
		if k != i && (!sameDoc(d.word(k), w) || d.toks[k].quoted || d.toks[k].upper) {
			continue
		}
		if s, ok := d.authorAt(k, k != i); ok {
			return s, true
		}
	}
	return subject{}, false
}

// authorAt reads the author the article gives the document noun at token
// k: its owner ("his website", "the principal's letter"), the one who
// "said in" it when it is named again after ("Rand said in a statement"),
// the name after
// "from" or "by" ("a statement from Grimm's attorney, William McGinley"),
// or the subject of the verb that made it ("Gordon Advisors issued a
// statement").
func (d *doc) authorAt(k int, before bool) (subject, bool) {
	sn := d.sentenceAt(d.toks[k].s)
	lo, hi := d.tokAt(sn.Start), d.tokAt(sn.End)
	b := k - 1
	for b > lo && b >= k-3 && d.toks[b].word && !d.toks[b].upper && !determiners.has(d.word(b)) &&
		!ownerPronoun(d.word(b)) && !authorVerb(d.word(b)) && !prepositions.has(d.word(b)) {
		b-- // "a heartfelt letter", "his own website"
	}
	if b >= lo && !d.toks[b].quoted {
		switch w := d.word(b); {
		case w == "his" || w == "her":
			sx := male
			if w == "her" {
				sx = female
			}
			if s := d.resolvedPerson(b, b, sx); s.name != "" {
				return s, true
			}
		case w == "its":
			if s := d.resolved(b, org); s.name != "" {
				return s, true
			}
		case d.isPossessive(b) && d.toks[b].upper || d.isName(b):
			// "Grimm's statement", "the White House report"; not "the
			// Indian statement" nor "an Aug. 16 cable".
			if m := d.mentionOver(d.toks[b].s); m >= 0 && (d.ments[m].kind != unknown || d.isPossessive(b)) {
				return subject{name: d.ments[m].name, ss: d.ments[m].s, se: d.ments[m].e}, true
			}
		}
	}
	if before && b-2 >= lo && determiners.has(d.word(b)) && d.word(b-1) == "in" && speechVerbs.has(d.word(b-2)) && !d.toks[b-2].upper {
		// "AARP CEO A. Barry Rand said in a statement": the one who said
		// it, for "the statement" after it; the noun itself, within its
		// own cue, is no speaker of another.
		if s, ok := d.subjectBefore(lo, b-2); ok && s.name != "" && !docNouns.has(d.word(s.to-1)) {
			return s, true
		}
	}
	if a := k + 1; a+1 < hi && (d.word(a) == "from" || d.word(a) == "by") {
		if s, ok := d.subjectAfter(a+1, hi); ok && s.name != "" {
			return d.bodiesJoinedAfter(s, hi), true
		}
		if s, ok := d.ownedAuthor(a+1, hi); ok {
			return s, true
		}
	}
	for v := k - 1; v >= lo && v >= k-6; v-- {
		if w := d.word(v); w == "out" && v-1 >= lo && (d.word(v-1) == "put" || d.word(v-1) == "puts") {
			v-- // "Hale put out a statement"
		} else if !authorVerb(w) || d.toks[v].upper || d.toks[v].quoted {
			continue
		}
		// The verb that made it: its subject wrote it ("The principal,
		// Tomas Reede, wrote a letter").
		// Two subjects ("Udall and Wyden released a joint statement")
		// are no one author.
		s, ok := d.subjectBefore(lo, v)
		if ok && s.name != "" && !docNouns.has(d.word(s.to-1)) && d.word(s.from-1) != "and" {
			return s, true
		}
		if !ok {
			// A long appositive the subject rules do not cross: the
			// sentence's subject named before the verb, or the person
			// set off by commas before it.
			// A capitalised word of no known kind is no author: "One of
			// the nation's oldest groups passed a resolution".
			if m := d.subjectOf(d.sentIndex(d.toks[v].s)); m >= 0 && d.ments[m].e <= d.toks[v].s && d.ments[m].kind != unknown {
				return subject{name: d.ments[m].name, ss: d.ments[m].s, se: d.ments[m].e}, true
			}
			if s, ok := d.setOffAuthor(lo, v); ok {
				return s, true
			}
		}
		break
	}
	return subject{}, false
}

// ownerPronoun reports whether w owns a document: "his website".
func ownerPronoun(w string) bool { return w == "his" || w == "her" || w == "its" || w == "their" }

// setOffAuthor reads the person named first between the two commas before
// verb v, the role before them: "Gray's school principal, Matthew Orrin
// of the Dunmore School of Design and Construction, wrote a letter".
func (d *doc) setOffAuthor(lo, v int) (subject, bool) {
	c2 := d.skipBack(lo, v-1)
	if c2 <= lo || d.punct(c2) != "," {
		return subject{}, false
	}
	c1 := c2 - 1
	for c1 > lo && d.punct(c1) != "," && !d.toks[c1].quoted && !d.isStop(c1) {
		c1--
	}
	if c1 <= lo || d.punct(c1) != "," {
		return subject{}, false
	}
	to, ok := d.runAfter(c1+1, c2)
	if !ok {
		return subject{}, false
	}
	s := d.named(c1+1, to)
	if m := d.mentionAt(s.ss); s.name == "" || m < 0 || d.ments[m].kind != person {
		return subject{}, false
	}
	if c1-lo <= 5 && d.plainOrNamed(lo, c1) {
		s.role = d.spanText(lo, c1)
	}
	return s, true
}

// plainOrNamed reports whether tokens [from, to) are words outside
// quotation marks that are no verb of speech, pronoun nor clause word: a
// role ("Gray's school principal").
func (d *doc) plainOrNamed(from, to int) bool {
	for k := from; k < to; k++ {
		w := d.word(k)
		if !d.toks[k].word || d.toks[k].quoted || speechVerbs.has(w) || pronouns.has(w) || clauseWords.has(w) || auxiliaries.has(w) {
			return false
		}
	}
	return true
}

// sentIndex returns the index of the sentence holding pos.
func (d *doc) sentIndex(pos int) int {
	return sort.Search(len(d.sents), func(k int) bool { return d.sents[k].End > pos })
}

// mentionOver returns the index of the mention whose span holds pos, or -1.
func (d *doc) mentionOver(pos int) int {
	m := sort.Search(len(d.ments), func(x int) bool { return d.ments[x].s > pos }) - 1
	if m >= 0 && d.ments[m].e >= pos {
		return m
	}
	return -1
}

// docBefore finds the document an "it" at token i stands for: a document
// noun in its sentence or the one before with no name between it and the
// pronoun, or one that opens the sentence before as its subject ("The
// cable also warned that the 17th Brigade … It said").
func (d *doc) docBefore(i int) (int, bool) {
	lo := d.tokAt(d.recentFrom(d.toks[i].s))
	named := false
	for k := i - 1; k >= lo; k-- {
		if d.toks[k].quoted {
			continue
		}
		if d.isName(k) {
			named = true
			continue
		}
		if !docNouns.has(d.word(k)) || d.toks[k].upper || d.docObject(k) {
			continue
		}
		if !named || d.docOpens(k) {
			return k, true
		}
		return 0, false
	}
	return 0, false
}

// docObject reports whether the document noun at token k is the object
// of a preposition other than "of", "on" or "in" ("an asterisk, to
// Carney's statement"): no antecedent of a subject pronoun. The words
// are "in" a letter and "on" a website, which then says them.
func (d *doc) docObject(k int) bool {
	b := k - 1
	for b >= 0 && b >= k-5 && d.toks[b].word && !prepositions.has(d.word(b)) {
		b--
	}
	w := d.word(b)
	return b >= 0 && b >= k-5 && prepositions.has(w) && w != "of" && w != "on" && w != "in"
}

// docOpens reports whether the document noun at token k opens its
// sentence: "The cable", "A classified State Department cable".
func (d *doc) docOpens(k int) bool {
	for b := k; b >= 0 && b >= k-5; b-- {
		if b < k && (!d.toks[b].word || d.toks[b].quoted) {
			return false
		}
		if d.opensSentence(b) {
			return true
		}
	}
	return false
}

// authorVerb reports whether w makes a document, so that its subject is
// the author ("X issued a statement", "Y wrote a letter", "the league
// adopted a resolution"). A switch, not a word list: the lists' table is
// full (sets.go).
func authorVerb(w string) bool {
	switch w {
	case "issue", "issues", "issued", "release", "releases", "released", "write", "writes", "wrote", "written",
		"send", "sends", "sent", "post", "posts", "posted", "publish", "publishes", "published", "sign", "signs", "signed",
		"pen", "penned", "draft", "drafted", "fire", "fired", "adopt", "adopts", "adopted", "pass", "passes", "passed",
		"issuing", "releasing", "writing", "sending", "posting", "publishing", "signing", "drafting", "adopting", "passing":
		return true
	}
	return false
}

// docBeforeParticiple reads the document a participle at token v follows
// across a short phrase that opens with a preposition: "a resolution of
// its own condemning", "a report from the panel saying". The document
// speaks, for its author where the article tells one. ok is false when
// no document noun (singular or plural: docNoun) stands within four words
// before v, or a comma, a verb or a quotation stands between.
func (d *doc) docBeforeParticiple(lo, v int) (subject, bool) {
	// From v-3: the preposition needs an object of its own before v. In
	// "repeated past statements in saying" the participle is the object.
	for k := v - 3; k >= lo && k >= v-5; k-- {
		t := d.toks[k]
		if !t.word || t.quoted {
			return subject{}, false
		}
		if !t.upper && docNoun(d.word(k)) {
			if !prepositions.has(d.word(k + 1)) {
				return subject{}, false
			}
			for j := k + 2; j < v; j++ {
				if !d.toks[j].word || d.toks[j].quoted || d.isVerb(j) {
					return subject{}, false
				}
			}
			return d.nounBefore(lo, k)
		}
	}
	return subject{}, false
}

// addressee reports whether subject s, read before a participle, is the
// one a document is sent to: "letters to Congress saying", "a petition
// to the mayor demanding". The document speaks, for its senders.
func (d *doc) addressee(lo int, s subject) bool {
	k := s.from - 1
	if s.name == "" || k-1 < lo || d.word(k) != "to" && d.word(k) != "for" {
		return false
	}
	return !d.toks[k-1].upper && docNoun(d.word(k-1))
}

// sentDocNouns are the participles that may follow a document noun, with
// the phrase they open, before the document's verb: "the letter addressed
// to the chairman reads", "a memo sent to staff said".
var sentDocNouns = listSet("sentDocNouns", `addressed sent written signed dated delivered mailed posted
	filed released issued obtained circulated`)

// docWithParticiple reads a document noun set before verb v with a
// participle phrase between them: `"…," the letter addressed to Chairman
// Tom Hale (D-Vt.) reads` is the letter's, whoever wrote it. The phrase
// holds words and a party tag's parentheses only, no comma or quotation.
func (d *doc) docWithParticiple(lo, v int) (subject, bool) {
	for p := v - 2; p > lo && p >= v-12; p-- {
		t := d.toks[p]
		if t.quoted || !t.word && d.punct(p) != "(" && d.punct(p) != ")" || d.isStop(p) {
			return subject{}, false
		}
		if !sentDocNouns.has(d.word(p)) || t.upper || !docNoun(d.word(p-1)) || d.toks[p-1].upper {
			continue
		}
		if w := d.word(p + 1); w != "to" && w != "by" && w != "on" && w != "in" && w != "from" {
			return subject{}, false
		}
		s, ok := d.subjectBefore(lo, p)
		if !ok || s.to != p {
			return subject{}, false
		}
		s.to = v
		return s, true
	}
	return subject{}, false
}

// ownedAuthor reads the name set beside a role a pronoun owns, from token
// i: "a letter from her lawyer, Paul Ostrow," is Ostrow's, not hers.
func (d *doc) ownedAuthor(i, hi int) (subject, bool) {
	if w := d.word(i); w != "his" && w != "her" && w != "their" && w != "its" || d.toks[i].quoted {
		return subject{}, false
	}
	for c := i + 2; c < hi && c <= i+4; c++ {
		if d.punct(c) == "," {
			return d.nameAfterOwned(i, c, hi)
		}
		if !d.toks[c].word || d.toks[c].upper || d.toks[c].quoted {
			break
		}
	}
	return subject{}, false
}

// sameDoc reports whether document nouns a and b may name one document: the
// same word, or one the end of the other ("the suit" of "the lawsuit").
func sameDoc(a, b string) bool {
	return a == b || len(b) >= 4 && strings.HasSuffix(a, b) || len(a) >= 4 && strings.HasSuffix(b, a)
}

// bodiesJoinedAfter extends s, a body read after "from" or "by", with the
// one body joined to it by "and": "a lawsuit from Varnia and Ostland" is
// both states'. The second body's name ends the phrase (a mark or hi).
func (d *doc) bodiesJoinedAfter(s subject, hi int) subject {
	k := s.to
	if k+1 >= hi || !d.isWord(k, "and") || !d.jointBody(s) {
		return s
	}
	e, ok := d.runAfter(k+1, hi)
	if !ok || e < hi && d.toks[e].word {
		return s
	}
	p := d.named(k+1, e)
	if !d.jointBody(p) {
		return s
	}
	s.name, s.to, s.se = s.name+" and "+p.name, e, p.se
	return s
}

// docRelative reads the document a relative "that" just before verb v
// stands for across a phrase of time or place after the document: "put out
// a statement shortly after Lee's remarks that claimed" is the statement's
// claim (its author's), not the remarks'. The phrase opens with a
// preposition or an adverb and holds no verb, comma or quotation.
func (d *doc) docRelative(lo, v int) (subject, bool) {
	if v-3 < lo || !d.isWord(v-1, "that") {
		return subject{}, false
	}
	for k := v - 3; k >= lo && k >= v-10; k-- {
		t := d.toks[k]
		if t.quoted || !t.word && !d.isPossessive(k) || d.isVerb(k) {
			return subject{}, false
		}
		if !docNoun(d.word(k)) || t.upper {
			continue
		}
		if w := d.word(k + 1); !prepositions.has(w) && !d.adverb(k+1) && w != "after" && w != "before" && w != "following" {
			return subject{}, false
		}
		j := k
		if k-1 >= lo && determiners.has(d.word(k-1)) {
			j = k - 1
		}
		s := d.docSource(j, k)
		if s.name == "" {
			return subject{}, false
		}
		s.to = v
		return s, true
	}
	return subject{}, false
}
