package quote

import (
	"sort"
	"strings"
)

// A quotation without a cue of its own may still be someone's words: a
// title a cue verb names, words that go on from the quotation before, a
// label of a person, a fragment next to a cue, a quotation after the
// sentence that names its speaker. These are the tests fallback and judge
// apply (speaker.go, quote.go).

// goesOn reports whether words in title case go on from the quotation
// kept before them: joined to it by "and" or "or" (`called her "Miss
// Piggy" and "Miss Housekeeping"`), or opening the sentence after the one
// that gave it with its cue (`"Here comes Big Daddy," she said, clapping.
// "The Donald. Big Daddy."`).
func (d *doc) goesOn(r rawQuote, c context, prev *kept) bool {
	if prev == nil || prev.r.paraLast != r.paraFirst {
		return false
	}
	between := d.tokAt(prev.r.closeEnd)
	hi := d.tokAt(r.open)
	if hi-between <= 2 {
		for k := between; k < hi; k++ {
			if w := d.word(k); w != "and" && w != "or" && d.punct(k) != "," {
				return false
			}
		}
		return true
	}
	opensSentence := d.tokAt(c.sent.Start) == d.tokAt(r.open)
	return opensSentence && prev.q.Speaker != "" && prev.r.open >= d.previousSentence(c).Start
}

// namedBy reports whether words in title case at pos are what a cue verb
// shortly before them says or calls something, in the same clause:
// `called the pageant winner "Miss Piggy"`, `hailed Trump as "The Comeback
// Kid"`, `proclaimed a goal of "Peace Through Strength."`, `chants of
// "Bobby!"`. A place or a show is not: `said on "Face the Nation"`.
func (d *doc) namedBy(from, pos int) bool {
	hi := d.tokAt(pos)
	lo := max(d.tokAt(from), hi-8)
	for k := hi - 1; k >= lo; k-- {
		t := d.toks[k]
		if t.quoted || d.isStop(k) || d.punct(k) == "," && k < hi-1 || placePrepositions.has(d.word(k)) {
			return false
		}
		if w := d.word(k); (!t.upper || d.isVerb(k)) && (clearVerb(w) && !notNaming.has(w) || w == "chants" || w == "chant") {
			return true
		}
	}
	return false
}

// labelsPerson reports whether the fragment at pos follows "NAME as (a)",
// NAME a person: `going after Trump as "uniquely unacceptable"`.
func (d *doc) labelsPerson(from, pos int) bool {
	k := d.tokAt(pos) - 1
	if w := d.word(k); w == "a" || w == "an" {
		k--
	}
	if d.word(k) != "as" || k-1 < d.tokAt(from) || !d.isName(k-1) {
		return false
	}
	m := d.mentionAt(d.toks[d.skipNameBack(k-1)].s)
	return m >= 0 && d.ments[m].kind == person
}

// skipNameBack returns the first token of the name ending at token k.
func (d *doc) skipNameBack(k int) int {
	for k > 0 && d.isName(k-1) {
		k--
	}
	return k
}

// tokensAfter returns where the n tokens after pos end, within limit.
func (d *doc) tokensAfter(pos, limit, n int) int {
	k := d.tokAt(pos) + n - 1
	if k >= len(d.toks) {
		return limit
	}
	return min(d.toks[k].e, limit)
}

// cueIn reports whether [from, to), outside quotations, holds a cue verb
// or a cue noun written in lower case.
func (d *doc) cueIn(from, to int) bool {
	for i := d.tokAt(from); i < len(d.toks) && d.toks[i].e <= to; i++ {
		t := d.toks[i]
		if !t.word || t.quoted {
			continue
		}
		if w := d.word(i); (!t.upper || d.isVerb(i)) && (clearVerb(w) || cueNouns.has(w)) || w == "according" {
			return true
		}
	}
	return false
}

// clearVerb reports whether w is a cue verb in a form that is rarely a
// noun: "called", "calling", "says", not "call", "rate" or "attacks".
func clearVerb(w string) bool {
	if !speechVerbs.has(w) {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || clearForms.has(w)
}

// previousSubject returns the person who is the subject of the sentence
// before c's, in the same paragraph, for a quotation that opens its own
// sentence with no cue; or, for a quotation that is whole paragraphs, in
// the paragraph before when that sentence quotes no one ("He would not
// say how many were inside." and then "They were all adults …").
func (d *doc) previousSubject(r rawQuote, c context) (subject, bool) {
	ps := d.previousSentence(c)
	if ps.End <= ps.Start || d.tokAt(c.sent.Start) != d.tokAt(r.open) {
		return subject{}, false
	}
	if ps.Start < c.para.Start && !d.wholeParagraphsAfterPlain(r, c, ps) {
		return subject{}, false
	}
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > ps.Start })
	sk := d.subjectOf(k)
	if sk < 0 || d.ments[sk].kind != person {
		return subject{}, false
	}
	m := d.ments[sk]
	if ps.Start < c.para.Start && d.speaksOf(r, sk) {
		return subject{}, false
	}
	return subject{name: m.name, ss: m.s, se: m.e}, true
}

// speaksOf reports whether quotation r speaks of the person of mention m
// rather than as them: it names them ("Gov. Lee stopped by the church", a
// statement of Lee's office), or it says he or she of their sex and
// never I, me or my ("And she showed up …", her spokesman's words).
func (d *doc) speaksOf(r rawQuote, m int) bool {
	name := d.ments[m].name
	surname := name[strings.LastIndexByte(name, ' ')+1:]
	sx := d.toldSex(m, r.open)
	third, first := false, false
	for _, p := range r.parts {
		for _, w := range strings.FieldsFunc(d.text[p.Start:p.End], func(r rune) bool { return !isWordRune(r) && r != '\'' }) {
			switch lw := strings.ToLower(w); {
			case w == surname:
				return true
			case lw == "i" || lw == "me" || lw == "my" || strings.HasPrefix(lw, "i'"):
				first = true
			case sx == female && (lw == "she" || lw == "her"), sx == male && (lw == "he" || lw == "him" || lw == "his"):
				third = true
			}
		}
	}
	return third && !first
}

// previousSentence returns the sentence before c's, or an empty span at
// c's start.
func (d *doc) previousSentence(c context) Span {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > c.sent.Start }) - 1
	if k < 0 {
		return Span{c.sent.Start, c.sent.Start}
	}
	return d.sents[k]
}

// previousSentenceCue reads the cue of the sentence before c's, in the same
// paragraph: `His partner, Lawrence Cummings, called him a master at it.
// "He showed again and again ..."`.
func (d *doc) previousSentenceCue(c context) (attribution, bool) {
	if c.sent.Start <= c.para.Start {
		return attribution{}, false
	}
	ps := d.previousSentence(c)
	if ps.Start < c.para.Start || ps.End <= ps.Start {
		return attribution{}, false
	}
	a := d.beforeCue(ps.Start, ps.End)
	if !a.found || a.name == "" {
		return attribution{}, false
	}
	return a, true
}

// wholeParagraphsAfterPlain reports whether quotation r fills its
// paragraphs (nothing after its closing mark) and the sentence ps, which
// ends the paragraph before, holds no quoted word.
func (d *doc) wholeParagraphsAfterPlain(r rawQuote, c context, ps Span) bool {
	if !c.paraStart || r.paraFirst == 0 || ps.End > c.para.Start || !d.sentenceLike(r) {
		return false
	}
	if last := r.parts[len(r.parts)-1]; r.closeEnd <= last.End {
		return false // unclosed: the words go on, and their cue with them, in the next paragraph
	}
	if s, e := trimSpan(d.text, r.closeEnd, d.paras[r.paraLast].End); e > s {
		return false
	}
	for k := d.tokAt(ps.Start); k < d.tokAt(ps.End); k++ {
		if d.toks[k].quoted {
			return false
		}
	}
	return true
}
