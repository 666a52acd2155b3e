package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Who said a quotation's words: the cue around it (attribute) and, when it
// has none of its own, the quotation or the paragraph before it (fallback).

// attribute reads the cue of a quotation: for a fragment, the nearest cue of
// its sentence; for a sentence of its own, the attribution right after it
// (`"Q," X said`), else the cue before it (`X said: "Q"`).
func (d *doc) attribute(r rawQuote, c context) attribution {
	if c.fragment {
		if a, ok := d.passiveBy(r); ok {
			return a
		}
	}
	if !c.fragment {
		if a, ok := d.askedBy(r, c); ok {
			return a
		}
	}
	before := d.beforeCue(c.sent.Start, r.open)
	after := d.afterCue(r.closeEnd, c.afterEnd)
	if after.denied && !c.fragment {
		// `"Q." A Lee representative did not respond`: a denied cue
		// after whole words says nothing of who said them (the one
		// before goes on). A fragment's keeps its subject: `called it
		// "anachronistic." Mr. Santorum did not say` is still his.
		after = attribution{}
	}
	if c.fragment && !before.found && after.found && after.cue == "according to" {
		if s, ok := d.clauseSubjectBefore(c.sent.Start, r.open); ok {
			// `which Ann hoped was not in connection to "…", according
			// to the Courier`: the outlet reports her words.
			return attribution{subject: s, cue: after.cue, found: true}
		}
	}
	switch {
	case c.fragment && after.found && d.word(after.from-1) == "as" && d.tokAt(c.afterEnd) > after.from:
		// `not "end" it, as Obama's campaign claims`: the words are the
		// ones "as" names, not the sentence's subject's.
		return after
	case c.fragment && after.found && after.adjacent && (after.cue == "put it" || d.commaClosed(r)):
		// `as X put it`, and `... are "the ability to ...," The Hill
		// reported`: the attribution after the words is theirs.
		return after
	case c.fragment && before.found:
		return before
	case c.fragment:
		return after
	case after.found && after.adjacent:
		return after
	case !before.found && after.found && (c.embedded || after.cue == "according to"):
		// `greeted with chants of "Bobby!" at a conference, according
		// to X`: the sentence's attribution comes at its end.
		return after
	case !before.found && after.found && !c.fragment && d.bridged(r, after):
		// `"Everyone must remain vigilant," to this risk, X said`; `"…,"
		// Robert Lane, an assistant attorney general said`: the name
		// before the role.
		lo := d.tokAt(r.closeEnd)
		for lo < after.from && !d.toks[lo].word {
			lo++
		}
		if m := d.mentionAt(d.toks[lo].s); m >= 0 && d.ments[m].kind == person && d.tokAt(d.ments[m].e) == after.from-1 && after.name != "" && unicode.IsLower(firstLetter(after.name)) {
			after.role, after.name = after.name, d.ments[m].name
			after.ss, after.se, after.from = d.ments[m].s, d.ments[m].e, lo
		}
		return after
	case !before.found && !after.found && !c.fragment:
		// `"Q1" because of its "Q2" and because it "Q3," X said`: the
		// cue after the sentence's last quotation.
		return d.sentenceEndCue(r, c)
	}
	return before
}

// bridged reports whether only a short phrase without a verb, set off by
// a comma, stands between quotation r and the subject of the cue a after
// it: `"…," to this risk, X said`.
func (d *doc) bridged(r rawQuote, a attribution) bool {
	lo, hi := d.tokAt(r.closeEnd), a.from
	if hi <= lo || hi-lo > 8 || d.punct(hi-1) != "," {
		return false
	}
	for k := lo; k < hi; k++ {
		if d.toks[k].quoted || d.isVerb(k) || d.isStop(k) {
			return false
		}
	}
	return true
}

// sentenceEndCue reads the cue right after the last quotation of the
// sentence that quotation r opens, when no cue verb stands between them.
func (d *doc) sentenceEndCue(r rawQuote, c context) attribution {
	lo, hi := d.tokAt(r.closeEnd), d.tokAt(c.afterEnd)
	last := -1
	for k := lo; k < hi; k++ {
		if d.toks[k].quoted {
			last = k
		}
	}
	if last < 0 {
		return attribution{}
	}
	for k := lo; k < last; k++ {
		if !d.toks[k].quoted && (d.isVerb(k) || d.isStop(k)) {
			return attribution{}
		}
	}
	if a := d.afterCue(d.toks[last].e, c.afterEnd); a.found && a.adjacent && !a.denied {
		return a
	}
	return attribution{}
}

// leftOpen reports whether quotation prev was left open at its
// paragraph's end and r opens the paragraph after the next, which has no
// quotation mark: a text printed a sentence to a paragraph, its marks
// lost between ("Damage is extensive, …\n\nNo-one has been injured.\n\n"The
// store will be rebuilt …").
func (d *doc) leftOpen(prev, r rawQuote) bool {
	if r.paraFirst != prev.paraLast+2 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(d.text[:prev.closeEnd]); isCloser(string(last)) {
		return false
	}
	between := d.paras[prev.paraLast+1]
	return !strings.ContainsAny(d.text[between.Start:between.End], "\"“”")
}

// fallback gives a quotation without a cue of its own its speaker, or
// reports that it is not a quotation of speech.
func (d *doc) fallback(r rawQuote, c context, prev *kept) (attribution, bool) {
	var a attribution
	continues := prev != nil && prev.q.Speaker != "" &&
		(prev.r.paraLast == r.paraFirst || prev.r.paraLast == r.paraFirst-1 && c.paraStart || c.paraStart && d.leftOpen(prev.r, r))
	// A sentence that opens with the previous quotation's closing mark
	// (`… is wrong. "Perry is referring`) is not the quotation's.
	sameSentence := prev != nil && prev.r.paraLast == r.paraFirst && prev.r.closeEnd > c.sent.Start &&
		strings.IndexFunc(d.text[c.sent.Start:prev.r.closeEnd], isWordRune) >= 0
	switch {
	case c.fragment:
		// A fragment is someone's words only when its sentence says so
		// (a cue verb or noun before it, "called", "Trump's claim",
		// "according to", or just after it, `a "strong leader,"
		// comparing him`), when it labels a person (`pounding Trump as
		// a "con artist"`: the sentence's subject speaks), or when it
		// goes on from a quotation earlier in the sentence ("a disaster"
		// and "a joke"); otherwise it is a scare quote.
		regarded := d.regardedAs(c.sent.Start, r.open)
		switch {
		case sameSentence:
			a.subject = prev.subject()
		case regarded.found:
			// `Police are treating the fire as "potentially
			// suspicious"`: the body's words, not the writer's.
			a = regarded
		case d.labelsPerson(c.sent.Start, r.open):
			if s, ok := d.sentenceSubject(d.tokAt(c.sent.Start), d.tokAt(r.open)); ok {
				a.subject, a.cue = s, "as"
			}
		case d.cueIn(c.sent.Start, r.open):
		case d.predicateQuote(r, c):
			// `… managers who "are alleged to be …"`: the sentence's
			// subject speaks, as `pounding Trump as a "con artist"` has it.
			if s, ok := d.sentenceSubject(d.tokAt(c.sent.Start), d.tokAt(r.open)); ok && s.name != "" {
				a.subject = s
			}
		case d.cueIn(r.closeEnd, d.tokensAfter(r.closeEnd, c.afterEnd, 4)):
			// `Trump admires Putin as a "strong leader," comparing him
			// ...`: a participle after the words shares the sentence's
			// subject.
			if s, ok := d.sentenceSubject(d.tokAt(c.sent.Start), d.tokAt(r.open)); ok && s.name != "" {
				a.subject = s
			}
		default:
			return a, false
		}
	case c.paraStart && r.paraFirst > 0 && d.endsWithColon(d.paras[r.paraFirst-1]):
		// "Caddell continued:" and the quotation in the next paragraph.
		pp := d.paras[r.paraFirst-1]
		ps := max(pp.Start, d.sentenceAt(pp.End-1).Start)
		a = d.beforeCue(ps, pp.End)
		if !a.found && continues {
			a.subject = prev.subject()
		} else if a.name == "" {
			if s := d.colonSubject(ps, pp.End); s.name != "" {
				a.subject = s // "Vale used the same words against Hale:"
			}
		}
	case continues && prev.r.paraLast == r.paraFirst && prev.r.closeEnd >= d.previousSentence(c).Start:
		// `"Q1," X said at a briefing before Y's comments. "Q2"`: X
		// goes on.
		a.subject = prev.subject()
	case continues && prev.r.paraLast == r.paraFirst-1 && c.paraStart:
		a.subject = prev.subject()
	default:
		// "..., Schiff said. "Q"": the sentence before, in the same
		// paragraph, names the speaker.
		if b, ok := d.previousSentenceCue(c); ok {
			a = b
		} else if continues {
			a.subject = prev.subject()
		} else if b, ok := d.closingCueBefore(r, c); ok {
			a = b
		} else if s, ok := d.previousSubject(r, c); ok {
			// `Sen. Bernie Sanders identified young voters' exhaustion as
			// a reason. "The younger people are ..."`: the person the
			// sentence before is about.
			a.subject = s
		}
	}
	return a, true
}

// closingCueBefore reads, for a quotation that is its paragraph, the cue
// that ends the paragraph before: "…, a Defence Ministry statement said."
// and then "On sighting the helicopter …" (ECB+ and wire copy set a
// statement's words apart so). Only a cue at the very end of that paragraph
// counts, with nothing quoted in it: the words are what it announces.
func (d *doc) closingCueBefore(r rawQuote, c context) (attribution, bool) {
	if !c.paraStart || r.paraFirst == 0 {
		return attribution{}, false
	}
	if s, e := trimSpan(d.text, r.closeEnd, d.paras[r.paraLast].End); e > s {
		return attribution{}, false
	}
	pp := d.paras[r.paraFirst-1]
	ps := d.sentenceAt(pp.End - 1)
	lo, hi := d.tokAt(max(pp.Start, ps.Start)), d.tokAt(pp.End)
	for k := lo; k < hi; k++ {
		if d.toks[k].quoted {
			return attribution{}, false
		}
	}
	a := d.beforeCue(max(pp.Start, ps.Start), pp.End)
	if !a.found || a.noun && !d.announces(a, hi) || !a.adjacent || a.name == "" {
		return attribution{}, false
	}
	return a, true
}

// announces reports whether the cue noun of a ends the paragraph before
// token hi as what someone issued: "… and her office later released a
// statement." announces the words of the next paragraph, where "Vale's
// statement was brief." or "in a statement" does not.
func (d *doc) announces(a attribution, hi int) bool {
	v := a.to - 1
	if v < 2 || hi-v > 4 || !indefinite(d.word(v-1)) {
		return false
	}
	w := d.toks[v-2]
	return w.word && !w.upper && !prepositions.has(d.word(v-2)) && !auxiliaries.has(d.word(v-2))
}

// replySubject returns the speaker of a one-word reply ending its sentence
// with no cue: `Malia declined her father's offer with a nonchalant,
// "Nah."`. A word that only answers ("nah", "nope", "yep") names no work
// or term, and the sentence's subject, a named one, gave it.
func (d *doc) replySubject(r rawQuote, c context) (subject, bool) {
	if len(r.parts) > 1 || !d.sentenceLike(r) || c.sent.Start >= r.open ||
		strings.IndexFunc(d.text[c.sent.Start:r.open], isWordRune) < 0 {
		return subject{}, false // a reply in a sentence of its own has its cue
	}
	p := r.parts[0]
	lo, hi := d.tokAt(p.Start), d.tokAt(p.End)
	if hi-lo > 2 || !replyWord(d.word(lo)) || hi-lo == 2 && d.toks[lo+1].word {
		return subject{}, false
	}
	if s, e := trimSpan(d.text, r.closeEnd, min(c.sent.End, d.paras[r.paraLast].End)); e > s {
		return subject{}, false // the sentence goes on: `"Yes" when asked`
	}
	// The reply stands for a noun its manner word leaves out: "with a
	// nonchalant, ...". After a noun ("the new film, "Nope."") it is a
	// name.
	k := d.tokAt(r.open) - 1
	if k < 1 || d.punct(k) != "," || !d.toks[k-1].word || d.toks[k-1].upper || workNouns.has(d.word(k-1)) ||
		!indefinite(d.word(k-2)) && !indefinite(d.word(k-3)) {
		return subject{}, false
	}
	s, ok := d.sentenceSubject(d.tokAt(c.sent.Start), d.tokAt(r.open))
	if !ok || s.name == "" {
		return subject{}, false
	}
	return s, true
}

// indefinite reports whether w is an indefinite article.
func indefinite(w string) bool { return w == "a" || w == "an" }

// replyWord reports whether w, in lower case, is a word that only answers.
// "Yes" and "no" are left out: "a 'No' vote", "the 'Yes' campaign".
func replyWord(w string) bool {
	switch w {
	case "nah", "nope", "yep", "yup", "yeah", "uh-huh", "nuh-uh", "okay", "ok":
		return true
	}
	return false
}

// colonSubject reads the one who speaks the quotation set out after the
// sentence [from, to) that ends in a colon with no cue of its own: "Two
// years before, Senator Vale used the same words against his opponent:" is
// Vale's. The sentence's subject must be a name the article mentions (not
// "Expect endless experts, such as Dr Vale:"), and
// the sentence hands no words of another on ("a statement from
// the family:").
func (d *doc) colonSubject(from, to int) subject {
	lo, hi := d.tokAt(from), d.tokAt(to)
	for k := lo; k < hi; k++ {
		if d.toks[k].quoted || d.word(k) == "from" || d.word(k) == "by" {
			return subject{}
		}
	}
	s, ok := d.sentenceSubject(lo, hi)
	if !ok || s.name == "" || s.ss < 0 || d.mentionOver(s.ss) < 0 || !unicode.IsUpper(firstLetter(s.name)) {
		return subject{}
	}
	if t := s.to; t < hi && d.toks[t].word && !d.toks[t].upper && !d.toks[t].quoted && (peopleNoun(d.word(t)) || d.word(t+1) == "who") {
		return subject{} // "One Facebook user who lives near Austin posted": the name only modifies a noun
	}
	return s
}
