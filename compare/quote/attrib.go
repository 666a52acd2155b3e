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
}

// isVerb reports whether token i is a cue verb: lower case, or capitalised
// only where it opens a clause ("Says Trump") or a headline in title case,
// never inside a name ("United States") or a heading in capitals ("HE'S
// BEEN CALLED OUT").
func (d *doc) isVerb(i int) bool {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word || d.toks[i].quoted || !speechVerbs.has(d.word(i)) {
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
			a.adjacent = a.from == i || v == i
			// "panel Chairman Rep. Jason Chaffetz said": lower-case words
			// before the name still belong to its role.
			if !a.adjacent && a.from-i <= 4 && (d.plainWords(i, a.from) || d.modifierWords(i, a.from)) && a.ss >= 0 {
				a.adjacent = true
				if d.word(a.from-1) == "of" && (d.word(i) == "a" || d.word(i) == "an") && a.from-i >= 3 {
					// `"Q," a friend of the actress said`: someone known by
					// whose friend they are, not the actress.
					a.name, a.role = d.spanText(i, d.tokAt(a.se)), ""
					a.ss, a.from = d.toks[i].s, i
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
	for v := hi - 1; v >= lo; v-- {
		a, ok := d.cueAt(lo, v, hi, true)
		if !ok {
			continue
		}
		a.adjacent = d.onlyGlue(a.to, hi)
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

// verbCue reads the cue of the speech verb at token v.
func (d *doc) verbCue(lo, v, hi int, before bool) (attribution, bool) {
	var a attribution
	w := d.word(v)
	if w == "put" && d.word(v+1) != "it" || goForms.has(w) && d.word(v+1) != "on" {
		return a, false // "as X put it", "as X went on about" are cues; "put the plan", "went home" are not
	}
	participle := strings.HasSuffix(w, "ing")
	if d.passive(lo, v) {
		// "X has been charged with the "illegal use" of": X is charged,
		// not speaking (but "X was quoted as saying" is X's).
		return a, false
	}
	s, ok := d.subjectBefore(lo, v)
	if !ok && participle {
		s, ok = d.docBeforeParticiple(lo, v) // "a resolution of its own condemning"
	}
	if ok && s.name != "" && pronouns.has(d.word(s.from)) && d.objectIs(v, s.name) {
		// "he asked the congressman if he …" is not the congressman's
		// question, whoever "he" is.
		s.name, s.ss, s.se = "", -1, -1
	}
	if ok && participle && s.name != "" && s.from > lo && placeBefore(d.word(s.from-1)) {
		// "he released an ad in Iowa describing himself": a place is no
		// subject; the participle shares its clause's, after a comma, or
		// the sentence's ("footage of Clinton asking" and "with a
		// spokesman stating" are theirs).
		place := s.from
		s, ok = d.sentenceSubject(lo, v)
		if c := d.lastComma(lo, place); c >= 0 {
			if w := d.word(c + 1); w == "and" || w == "but" {
				c++
			}
			if cs, cok := d.clauseOpener(c+1, v); cok {
				s, ok = cs, true
			}
		}
	}
	if ok && !participle && s.name != "" && s.from-2 >= lo && d.word(s.from-1) == "in" {
		// "an alleged poll in Wyoming said": the place is where the poll
		// was; the poll speaks, a document without a name as "the poll
		// said" would be, and "a resident in Dunmore said" is a resident.
		if i := s.from - 2; d.toks[i].word && !d.toks[i].upper && !d.toks[i].quoted {
			if ps, pok := d.nounBefore(lo, i); pok {
				s = ps
			} else if j := d.articleBefore(lo, i); j >= 0 {
				if ps, pok := d.roleDescribed(j, i); pok {
					s = ps
				}
			}
		}
	}
	if !ok && !participle {
		s, ok = d.relativeSubject(lo, v)
	}
	if ok {
		// "the Security Council issued a statement calling": a
		// nameless document or noun before a participle speaks for the
		// sentence's subject when that one is named.
		if s.name == "" && participle {
			if ss, ok := d.sentenceSubject(lo, v); ok && ss.name != "" && ss.from < s.from {
				s = ss
			}
		}
		a.subject = s
		a.cue, a.to = d.cuePhrase(v, v+1, hi)
		a.from = min(a.from, v)
		a.found = true
		return a, true
	}
	// "said X" only where the verb opens its clause: after the quotation,
	// a comma or a dash, never "criticized Obama" or "arguing that Trump
	// ...", where the name is the object; and never with a verb whose
	// object is a person ("telling O'Reilly that") or a participle.
	if d.opensClause(lo, v) && !participle && !objectVerbs.has(w) {
		s, ok := d.subjectAfter(v+1, hi)
		if ok && before && (pronouns.has(d.word(s.from)) || !d.onlyGlue(s.to, hi)) {
			ok = false
		}
		if ok {
			a.subject = s
			a.cue, a.to = d.cuePhrase(v, s.to, hi)
			a.from = v
			a.found = true
			return a, true
		}
	}
	// A verb without a subject of its own shares the sentence's:
	// "Clinton, the former secretary, stressed ... and said", "X spoke
	// Friday, saying", "X took to Twitter to accuse".
	if !d.sharesSubject(lo, v) {
		return a, false
	}
	s, ok = d.clauseSubject(lo, v)
	if !ok {
		s, ok = d.sentenceSubject(lo, v)
		if !ok {
			s, ok = d.publicationOpening(lo, v)
		}
		if r, rok := d.reportedSubject(s, v); ok && rok {
			s = r
		}
	}
	if !ok {
		return a, false
	}
	a.subject = s
	a.cue, a.to = d.cuePhrase(v, v+1, hi)
	a.found = true
	return a, true
}

// reportedSubject reads, when the sentence's subject s is an outlet that
// reports what someone did ("The Times reports Liz Cheney on Friday
// articulated her position ..., saying"), the subject of the reported
// clause, whose participle v is: the outlet only reports the words.
func (d *doc) reportedSubject(s subject, v int) (subject, bool) {
	from, k := s.from, s.to
	if s.name == "" || k >= v {
		return subject{}, false
	}
	switch w := d.word(k); {
	case w == "reports" || w == "reported":
	case reportVerbs.has(w) && !strings.HasSuffix(w, "ing") && d.hasOrgWord(from, k):
	default:
		return subject{}, false
	}
	k++
	if d.word(k) == "that" {
		k++
	}
	if k >= v || !d.toks[k].upper || pronouns.has(d.word(k)) {
		return subject{}, false
	}
	to, ok := d.runAfter(k, v)
	if !ok || to >= v || !d.toks[to].word || d.toks[to].upper || d.toks[to].quoted {
		return subject{}, false
	}
	r := d.named(k, to)
	return r, r.name != ""
}

// publicationOpening reads a sentence that opens "The X reports" or "The
// X reported", X capitalised: a publication, though the article names it
// nowhere else ("The Courier reports Ilse Ostrand ..., saying"), whose
// reported clause reportedSubject then reads.
func (d *doc) publicationOpening(lo, v int) (subject, bool) {
	i := lo
	for i < v && !d.toks[i].word {
		i++
	}
	if d.word(i) != "the" || i+1 >= v || !d.toks[i+1].upper {
		return subject{}, false
	}
	to, ok := d.runAfter(i+1, v)
	if !ok || to >= v {
		return subject{}, false
	}
	if w := d.word(to); w != "reports" && w != "reported" {
		return subject{}, false
	}
	if s := d.named(i+1, to); s.name != "" && s.to == to {
		return s, true // "the Courier" after "The Dunmore Courier"
	}
	return subject{from: i + 1, to: to, name: d.spanText(i+1, to), ss: d.toks[i+1].s, se: d.toks[to-1].e}, true
}

// articleBefore returns the article opening the noun phrase that ends at
// token i ("a longtime resident"), or -1.
func (d *doc) articleBefore(lo, i int) int {
	for j := i - 1; j >= lo && j >= i-5; j-- {
		switch d.word(j) {
		case "the", "a", "an":
			return j
		}
		if !d.toks[j].word || d.toks[j].quoted {
			break
		}
	}
	return -1
}

// placeBefore reports whether w puts the name after it somewhere: "in
// Iowa", "at Fort Hood", "outside Brackwater".
func placeBefore(w string) bool {
	return w == "in" || w == "at" || placeWords.has(w)
}

// lastComma returns the last comma in [lo, to), -1 when none.
func (d *doc) lastComma(lo, to int) int {
	for k := to - 1; k >= lo; k-- {
		if d.punct(k) == "," {
			return k
		}
	}
	return -1
}

// passive reports whether the cue verb at token v, one whose object is
// its target, is a participle after a form of "be": "has been charged",
// "was criticized", "is being described".
func (d *doc) passive(lo, v int) bool {
	if w := d.word(v); !strings.HasSuffix(w, "ed") && w != "told" || !objectVerbs.has(w) && !targetVerbs.has(w) || w == "quoted" || w == "cited" {
		return false
	}
	k := v - 1
	for k >= lo && d.toks[k].word && d.adverb(k) {
		k--
	}
	switch d.word(k) {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// targetVerbs, beyond objectVerbs, say something of their object: in the
// passive their subject is the target, not the speaker.
var targetVerbs = verbSet("targetVerbs", `charge describe nickname characterize characterise deride denounce
	ridicule lambaste slam+ blast fault hail`)

// nounCue reads the cue noun at token v: "Trump's claim that ...", "his
// statement", or "Sanders made the following comment:".
func (d *doc) nounCue(lo, v int) (attribution, bool) {
	var a attribution
	o := v - 1
	if d.platformBefore(v) {
		o-- // "her Facebook post" is hers
	}
	s, ok := d.ownerBefore(lo, o)
	if !ok && determiners.has(d.word(d.skipModifiers(lo, o))) {
		s, ok = d.sentenceSubject(lo, v)
		if !ok {
			s, ok = d.roleSetOff(lo, v)
		}
	}
	if !ok {
		return a, false
	}
	a.subject, a.cue, a.to = s, d.word(v), v+1
	a.found, a.noun = true, true
	return a, true
}

// roleSetOff reads a role set off by a comma at the sentence's start,
// before the statement noun at v: "The House speaker, in an interview
// with Fox News, gave his party a 'two-in-three chance'" is the speaker's
// (or the one the article gave that role), as "The House speaker said"
// is.
func (d *doc) roleSetOff(lo, v int) (subject, bool) {
	i := lo
	for i < v && !d.toks[i].word {
		i++
	}
	if d.word(i) != "the" {
		return subject{}, false
	}
	k := i + 1
	for k < v && k < i+6 && d.toks[k].word && !d.toks[k].quoted {
		k++
	}
	if k == i+1 || k >= v || d.punct(k) != "," || d.toks[k-1].upper {
		return subject{}, false
	}
	return d.subjectBefore(i, k)
}

// platformBefore reports whether the word before the statement noun at
// token v names the platform it was published on: "Facebook post",
// "Twitter message".
func (d *doc) platformBefore(v int) bool {
	if !statementNouns.has(d.word(v)) {
		return false
	}
	switch d.word(v - 1) {
	case "facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin", "snapchat", "tumblr":
		return true
	}
	return false
}

// skipModifiers steps back over the lower-case words before a noun at
// token i+1 ("the following", "a new and more personal campaign").
func (d *doc) skipModifiers(lo, i int) int {
	for k := 0; i >= lo && k < 5 && d.toks[i].word && !d.toks[i].upper && !determiners.has(d.word(i)) && !d.toks[i].quoted; k++ {
		i--
	}
	return i
}

// opensClause reports whether verb v opens its clause: it follows the
// window's start, punctuation or an adverb only.
func (d *doc) opensClause(lo, v int) bool {
	k := v - 1
	for k >= lo && d.toks[k].word && d.adverb(k) {
		k--
	}
	if k < lo {
		return true
	}
	switch d.punct(k) {
	case ",", "—", "―", "–", "-", ":", "(", "\"", "“", "”":
		return true
	}
	return false
}

// clauseSubject reads, for a verb joined by "and" or "but", the subject
// of a subordinate clause it continues: "Christie described Clinton as a
// disgrace after she attacked officers and blamed shootings on ..." is
// her blaming. Only clauses opened by a word of time or cause count; a
// "that" clause is as often the main verb's.
func (d *doc) clauseSubject(lo, v int) (subject, bool) {
	k := v - 1
	for k >= lo && d.toks[k].word && d.adverb(k) {
		k--
	}
	if w := d.word(k); w != "and" && w != "but" {
		return subject{}, false
	}
	for j := k - 1; j > lo && k-j < 20; j-- {
		if d.isStop(j) || d.toks[j].quoted {
			break
		}
		if !subordinators.has(d.word(j - 1)) {
			continue
		}
		// "After Scotto finished, Grimm stormed back and said": the
		// clause is closed by a comma and the verb continues the clause
		// that follows it, whose subject is its own.
		for c := d.commaIn(j, k); c > 0; c = d.commaIn(c+1, k) {
			if s, ok := d.clauseOpener(c+1, k); ok {
				return s, true
			}
		}
		if pronouns.has(d.word(j)) {
			return d.pronounSubject(j), true
		}
		if to, ok := d.runAfter(j, k); ok {
			if s := d.named(j, to); s.name != "" {
				return s, true
			}
		}
		if s, ok := d.describedOpener(j, k); ok {
			return s, true
		}
	}
	return subject{}, false
}

// clauseOpener reads the subject of a clause opening at token i, before
// k: a pronoun or a name followed by a lower-case word (its verb), not an
// appositive or a list of names.
func (d *doc) clauseOpener(i, k int) (subject, bool) {
	if i >= k || !d.toks[i].word || d.toks[i].quoted {
		return subject{}, false
	}
	if pronouns.has(d.word(i)) {
		return d.pronounSubject(i), true
	}
	to, ok := d.runAfter(i, k)
	if !ok || to >= k || !d.toks[to].word || d.toks[to].upper || d.toks[to].quoted {
		return subject{}, false
	}
	if s := d.named(i, to); s.name != "" {
		return s, true
	}
	return subject{}, false
}

// sharesSubject reports whether verb v, without a subject before it, takes
// the subject of its sentence: after "and", "but", "then", "to" or a
// preposition of time or manner ("despite admitting", "before adding"), or
// as a participle after a comma (", saying").
func (d *doc) sharesSubject(lo, v int) bool {
	k := v - 1
	for k >= lo && d.toks[k].word && d.adverb(k) {
		k--
	}
	if k < lo {
		return false
	}
	if sharing.has(d.word(k)) {
		return true
	}
	return strings.HasSuffix(d.word(v), "ing") && (d.punct(k) == "," || d.punct(k) == "—")
}

// modifierWords reports whether tokens [from, to) may modify the role of
// the name after them: words that are neither cue verbs, pronouns nor
// clause words ("panel", "Tulsa police").
func (d *doc) modifierWords(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if !t.word || t.quoted || speechVerbs.has(d.word(k)) || pronouns.has(d.word(k)) || clauseWords.has(d.word(k)) || capStops.has(d.word(k)) {
			return false
		}
	}
	return true
}

// plainWords reports whether tokens [from, to) are lower-case words that
// are neither cue verbs nor pronouns.
func (d *doc) plainWords(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if !t.word || t.upper || t.quoted || speechVerbs.has(d.word(k)) || pronouns.has(d.word(k)) || clauseWords.has(d.word(k)) {
			return false
		}
	}
	return true
}

// onlyGlue reports whether tokens [i, hi) are punctuation or "that".
func (d *doc) onlyGlue(i, hi int) bool {
	for ; i < hi; i++ {
		if d.toks[i].word && d.word(i) != "that" {
			return false
		}
	}
	return true
}

// cuePhrase returns the cue verb with what completes it ("told reporters",
// "said in a statement") looked for from token k, and the token after it.
func (d *doc) cuePhrase(v, k, hi int) (string, int) {
	cue := d.word(v)
	switch cue {
	case "told", "tells", "tell", "telling":
		switch {
		case k < hi && audiences.has(d.word(k)):
			cue, k = cue+" "+d.word(k), k+1
		case k+1 < hi && d.word(k) == "the" && audiences.has(d.word(k+1)):
			cue, k = cue+" the "+d.word(k+1), k+2
		case k < hi && d.isName(k):
			j := k + 1
			for j < hi && j < k+4 && (d.isName(j) || d.connects(j, hi)) {
				j++
			}
			if j >= hi || !d.isPossessive(j) {
				cue, k = cue+" "+d.spanText(k, j), j
			}
		}
	}
	j := k
	for j < hi && skippable.has(d.word(j)) {
		j++
	}
	switch w := d.word(j); {
	case w == "in" && (d.word(j+1) == "a" || d.word(j+1) == "an"):
		for e := j + 2; e < hi && e < j+5; e++ {
			if statementNouns.has(d.word(e)) {
				return cue + " " + lower(d.spanText(j, e+1)), e + 1
			}
		}
	case cue == "put" && w == "it", goForms.has(cue) && w == "on":
		return cue + " " + w, j + 1
	case w == "on" && (d.word(j+1) == "twitter" || d.word(j+1) == "facebook" || d.word(j+1) == "instagram"):
		return cue + " " + d.spanText(j, j+2), j + 2
	}
	return cue, k
}
