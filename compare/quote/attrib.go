package quote

import (
	"strings"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// Attribution is read from the words around a quotation, within its
// sentence and paragraph, and never from inside another quotation:
//
//	after it:  "Q," X said / "Q," said X / "Q," X, the port's director, said /
//	           "Q," according to X / "Q," the company said in a statement
//	before it: X said: "Q" / X told reporters "Q" / According to X, "Q" /
//	           X called it "a disaster" (the nearest cue verb with a subject)
//
// The subject of a cue verb is a name with its role, a pronoun, or a noun
// such as "the company"; the last two are resolved to an earlier mention.

// subject is who a cue verb attributes words to.
type subject struct {
	from, to   int // the tokens it takes
	name, role string
	ss, se     int // the mention used, -1 when none
}

// attribution is a cue and its subject.
type attribution struct {
	subject
	cue      string
	found    bool
	adjacent bool // the cue touches the quotation: `"Q," X said`, `X said: "Q"`
	noun     bool // the cue is a noun: "Trump's claim"
	denied   bool // the cue verb is negated: "did not respond"
}

// isVerb reports whether token i is a cue verb: lower case, or capitalised
// only where it opens a clause ("Says Trump") or a headline in title case,
// never inside a name ("United States") or a heading in capitals ("HE'S
// BEEN CALLED OUT").
func (d *doc) isVerb(i int) bool {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word || d.toks[i].quoted || !speechVerbs.has(d.word(i)) && !d.pointOut(i) {
		return false
	}
	t := d.toks[i]
	if !t.upper {
		return true
	}
	if spelling.Acronym(d.text[t.s:t.e]) {
		return false
	}
	return i == 0 || !d.toks[i-1].word || d.inHeadline(t.s)
}

// pointOut reports whether token i is "point out" in any form: "as
// Smythe pointed out" is a cue, "pointed to the door" is none (so "point"
// is no speech verb of its own).
func (d *doc) pointOut(i int) bool {
	switch d.word(i) {
	case "point", "points", "pointed", "pointing":
		return d.word(i+1) == "out"
	}
	return false
}

func (d *doc) isAccording(i int) bool {
	return i >= 0 && i < len(d.toks) && !d.toks[i].quoted && d.word(i) == "according" && d.word(i+1) == "to"
}

// isStop reports whether token i ends a clause for cue search.
func (d *doc) isStop(i int) bool {
	switch d.punct(i) {
	case ".":
		return !d.numberDot(i)
	case "!", "?", ";":
		return true
	}
	return false
}

// numberDot reports whether the full stop at token i abbreviates "number"
// before one: "Juror No. 8".
func (d *doc) numberDot(i int) bool {
	return i > 0 && i+1 < len(d.toks) && d.toks[i-1].upper && d.word(i-1) == "no" &&
		d.toks[i+1].word && isDigits(d.text[d.toks[i+1].s:d.toks[i+1].e])
}

// afterCue reads the first cue in [from, to) after a quotation; adjacent
// when it begins the window (after a comma or dash).
func (d *doc) afterCue(from, to int) attribution {
	lo, hi := d.tokAt(from), d.tokAt(to)
	for k := lo; k < hi; k++ {
		if d.toks[k].quoted {
			hi = k
			break
		}
	}
	i, dash := lo, ""
	for i < hi && !d.toks[i].word && !d.isStop(i) {
		if p := d.punct(i); p == "—" || p == "―" || p == "–" || p == "-" {
			dash = p
		}
		i++
	}
	if d.punct(i) == ";" && i == lo {
		// `"Q"; the mayor added that …`: a clause that goes on from the
		// words gives them their speaker.
		return d.goesOnCue(i+1, hi)
	}
	if w := d.word(i); w == "but" || w == "yet" || w == "whereas" {
		// `yell, "What do you have?" but a source said ...`: a new
		// clause, whose cue is not the quotation's.
		return attribution{}
	}
	// The verb may stand far from the quotation when an appositive
	// intervenes: `"Q," Malkia Cyril, the executive director at the
	// Center of Media Justice and also featured in the film, told X.`
	reach := 20
	if to, ok := d.runAfter(i, hi); ok && to < hi && d.punct(to) == "," {
		reach = 45
	}
	for v := i; v < hi && v < i+reach; v++ {
		if d.isStop(v) {
			break
		}
		if a, ok := d.cueAt(i, v, hi, false); ok {
			u := v - 1
			for u > i && d.adverb(u) {
				u-- // "did not immediately respond"
			}
			// `"Q." A Lee representative did not respond to requests`: a
			// cue denied (attribute reads it).
			w := d.word(u)
			a.denied = u >= i && (w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"))
			answers := d.answersQuote(i, a.from)
			if answers && denialVerb(d.word(v)) {
				return attribution{}
			}
			// `"Q," a point the mayor stressed`: the noun stands for the
			// words, which are the subject's; it is no role.
			a.adjacent = a.from == i || v == i || answers
			if !a.adjacent && !a.denied {
				if s, ok := d.nameBeforeAppositives(i, v); ok {
					// `"…," Ed Marr, a Republican trying to unseat
					// Representative Tom Hale, a Democrat, said`
					a.subject, a.adjacent = s, true
				}
			}
			// "panel Chairman Rep. Jason Chaffetz said": lower-case words
			// before the name still belong to its role.
			if !a.adjacent && a.from-i <= 4 && (d.plainWords(i, a.from) || d.modifierWords(i, a.from)) && a.ss >= 0 {
				a.adjacent = true
				if d.word(a.from-1) == "of" && (d.word(i) == "a" || d.word(i) == "an") && a.from-i >= 3 {
					// `"Q," a friend of the actress said`: someone known by
					// whose friend they are, not the actress.
					a.name, a.role = d.spanText(i, d.tokAt(a.se)), ""
					a.ss, a.from = d.toks[i].s, i
				} else if determiners.has(d.word(i)) && docNoun(d.word(i+1)) && (d.word(i+2) == "in" || d.word(i+2) == "of") {
					a.role = d.word(i + 1) // `"Q," an editorial in the Courier said`: the Courier's editorial
				} else if a.from-i > 1 || !determiners.has(d.word(i)) {
					// "the Foreign Ministry said": an article alone is
					// no role.
					a.role = strings.TrimSpace(d.spanText(i, a.from) + " " + a.role)
				}
			}
			return a
		}
	}
	// "Q" — Pamela Padilla: a dash and a name sign the quotation.
	if dash != "" {
		if to, ok := d.runAfter(i, hi); ok && (to >= hi || !d.toks[to].word) {
			if s := d.named(i, to); s.name != "" {
				return attribution{subject: s, cue: dash, found: true, adjacent: true}
			}
		}
	}
	return attribution{}
}

// goesOnCue reads the clause after a semicolon that closes a quotation,
// from token i: `"Q"; the mayor added that she would seek new investors`.
// Only a verb that goes on from words said ("added", "continued", "went
// on") makes the quotation its subject's; `"Q"; the mayor said the vote
// was close` may report someone else's words.
func (d *doc) goesOnCue(i, hi int) attribution {
	for v := i + 1; v < hi && v < i+8; v++ {
		if d.isStop(v) || d.toks[v].quoted {
			break
		}
		if w := d.word(v); w != "added" && w != "adds" && w != "continued" && w != "continues" &&
			!(goForms.has(w) && d.word(v+1) == "on") {
			continue
		}
		a, ok := d.cueAt(i, v, hi, false)
		if !ok || a.subject.from != i || a.name == "" && a.role == "" {
			break
		}
		a.adjacent = true
		return a
	}
	return attribution{}
}

// beforeCue reads the nearest cue in [from, to) before a quotation.
//
// A cue noun that is itself the object of a cue verb yields to the verb
// unless the quotation follows the noun straight away: in `Moore called
// Mr. Obama's remarks on Saturday "a true wake-up call"` the words are
// Moore's, in `Politifact ruled that Trump's statement about "thousands
// of shootings" ...` they are Trump's.
func (d *doc) beforeCue(from, to int) attribution {
	lo, hi := d.tokAt(from), d.tokAt(to)
	lo = d.skipLabel(lo, hi) // "DUNMORE, Calif. --", "Updated:"
	if b, ok := d.namedObjectBefore(lo, hi); ok {
		return b
	}
	for v := hi - 1; v >= lo; v-- {
		a, ok := d.cueAt(lo, v, hi, true)
		if !ok {
			continue
		}
		a.adjacent = d.onlyGlue(a.to, hi)
		if d.deniedClaim(v, hi) {
			return attribution{}
		}
		if d.otherClause(a, hi) {
			// `Perry is referring to a memorandum, in which Obama has
			// directed agencies to "promote and protect" rights`: the
			// words belong to the clause of another name.
			return attribution{}
		}
		// "She says it underscores that Trump is ...": a thing that
		// "underscores" does not speak when a person's cue governs it.
		// "He called Steele's comments "unacceptable"": the comments are
		// what a verb of naming names; the words are its subject's.
		if u := a.subject.from - 1; a.noun && u >= lo && d.toks[u].word && !d.toks[u].upper && namingVerbs.has(d.word(u)) {
			if b, ok := d.cueAt(lo, u, v, true); ok && b.name != "" {
				b.adjacent = false
				return b
			}
		}
		if o := d.skipModifiers(lo, v-1); a.noun && a.name != "" && o >= lo && d.toks[o].upper && d.isPossessive(o) && d.ownedClause(v, hi) {
			// "Boehner dismissed Axelrod's comment on Sunday that House
			// Republicans are under a "reign of terror"": the words are
			// what the comment said, its owner's.
			a.adjacent = false
			return a
		}
		if a.noun && !d.nounLeadsTo(v, hi) || !a.noun && d.word(a.subject.from) == "it" && d.isVerb(v) {
			for u := v - 1; u >= lo && !d.isStop(u); u-- {
				if b, ok := d.cueAt(lo, u, v, true); ok && d.isVerb(u) && b.name != "" {
					b.adjacent = false
					return b
				}
			}
		}
		return a
	}
	return attribution{}
}

// otherClause reports whether a relative clause opened by a name other
// than a's speaker (", in which Obama has directed") stands between a's
// cue and the quotation at token hi.
func (d *doc) otherClause(a attribution, hi int) bool {
	for b := a.to; b < hi-2; b++ {
		if d.isStop(b) || d.toks[b].quoted || d.punct(b) != "," {
			continue
		}
		r := b + 1
		if prepositions.has(d.word(r)) {
			r++
		}
		if d.word(r) != "which" && d.word(r) != "whom" || r+1 >= hi || !d.toks[r+1].upper {
			continue
		}
		if to, ok := d.runAfter(r+1, hi); ok {
			if n := d.named(r+1, to); n.name != "" && n.name != a.name {
				return true
			}
		}
	}
	return false
}

// nounLeadsTo reports whether the cue noun at token v leads straight to
// the quotation at token hi: "statement about", "claim that", "words:".
func (d *doc) nounLeadsTo(v, hi int) bool {
	k := v + 1
	for k < hi && (!d.toks[k].word || nounLinks.has(d.word(k))) {
		k++
	}
	return k >= hi
}

// ownedClause reports whether the quotation at token hi stands in the
// "that" clause of the cue noun at token v, past a short phrase of time or
// place ("comment on Sunday that"), with no cue verb of its own.
func (d *doc) ownedClause(v, hi int) bool {
	k := v + 1
	for k < hi && k <= v+4 && d.toks[k].word && d.word(k) != "that" {
		k++
	}
	if k >= hi || d.word(k) != "that" {
		return false
	}
	for k++; k < hi; k++ {
		if d.isStop(k) || d.toks[k].quoted || d.isVerb(k) || d.isAccording(k) {
			return false
		}
	}
	return true
}

// cueAt reads a cue whose verb (or noun) is token v, its subject within
// [lo, hi). before says the quotation follows: then a subject after the
// verb must lead straight to it (`said Trump: "Q"`, not `said she has`).
func (d *doc) cueAt(lo, v, hi int, before bool) (attribution, bool) {
	var a attribution
	switch {
	case d.isAccording(v):
		s, ok := d.subjectAfter(v+2, hi)
		if !ok {
			return a, false
		}
		a.subject, a.cue, a.to = s, "according to", s.to
	case d.platformBefore(v):
		// "her Facebook post", "a now-deleted Facebook post": a noun whose
		// owner speaks, never the platform.
		if before && !d.toks[v].upper {
			return d.nounCue(lo, v)
		}
		return a, false
	case d.isVerb(v) && !d.possessedNoun(v):
		if a, ok := d.verbCue(lo, v, hi, before); ok {
			return a, true
		}
		// "Trump's claim that": a word that is a verb and a noun.
		if before && !d.toks[v].upper && cueNouns.has(d.word(v)) {
			return d.nounCue(lo, v)
		}
		return a, false
	case before && !d.toks[v].upper && cueNouns.has(d.word(v)):
		return d.nounCue(lo, v)
	default:
		return a, false
	}
	a.found = true
	return a, true
}

// nameBeforeAppositives reads the person named at token i, right after a
// quotation, when appositives set off by commas run from the name to the
// comma before verb v: `"…," Ed Marr, a Republican trying to unseat
// Representative Tom Hale, a Democrat, in Vermont's Third District, said`.
// A name inside the appositives (Hale) is not the subject; the first
// appositive is the role. Nothing between is quoted, a stop or a cue verb.
func (d *doc) nameBeforeAppositives(i, v int) (subject, bool) {
	to, ok := d.runAfter(i, v)
	if !ok || to >= v || d.punct(to) != "," || d.punct(d.skipBack(i, v-1)) != "," {
		return subject{}, false
	}
	s := d.named(i, to)
	if s.name == "" || s.ss < 0 {
		return subject{}, false
	}
	if m := d.mentionOver(s.ss); m < 0 || d.ments[m].kind != person {
		return subject{}, false
	}
	c := 0
	for k := to + 1; k < v; k++ {
		if d.toks[k].quoted || d.isStop(k) || d.isVerb(k) {
			return subject{}, false
		}
		if c == 0 && d.punct(k) == "," {
			c = k
		}
	}
	if c > to+1 && s.role == "" {
		s.role = d.spanText(to+1, c)
	}
	s.from, s.to = i, v
	return s, true
}
