// Package quote finds the direct quotations in an article's plain text, with
// their speakers, and relates quotations across articles.
//
// Extract pairs the quotation marks paragraph by paragraph (marks.go), reads
// the attribution cue around each quotation and the cue's subject
// (attrib.go, subject.go, appositive.go), resolves pronouns and role nouns
// to the person or organisation they stand for (refs.go, salience.go,
// names.go, runs.go), and keeps only quotations of someone's words: a
// title, a name, a nickname or a scare quote in quotation marks is left
// out (goeson.go). Headlines have rules of their own (headline.go). Relate, Index and Paraphrased compare quotations of different
// articles (relate.go, index.go). Everything is a pure function of its
// input: no I/O, no shared state, the same answer every time.
package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a range of byte offsets [Start, End) in a text.
type Span struct{ Start, End int }

// Quote is a direct quotation found in an article.
type Quote struct {
	Start, End int    // byte offsets of the quoted words (inside the marks)
	Text       string // the quoted words; the parts of a quotation over several paragraphs joined by a space
	Parts      []Span // the words of each part (one per paragraph)
	Speaker    string // "Michael Evans", "Alibaba"; "" when unknown
	// SpeakerStart and SpeakerEnd are the offsets of the mention the speaker
	// was read from (the name, the pronoun or "the company"), -1 when none.
	SpeakerStart, SpeakerEnd int
	Role                     string // "Alibaba Group President", "Sen.", "the port's director"; "" if none
	Cue                      string // "said", "told reporters", "according to", "said in a statement"; ":" for a transcript label, "—" for a signature
	Partial                  bool   // a fragment inside a sentence: called it "a disaster"
}

// doc is one text being read: its tokens, paragraphs, sentences and the
// names mentioned outside quotations.
type doc struct {
	text     string
	toks     []token
	low      string // every word in lower case, indexed by token.lo, token.le
	paras    []Span
	sents    []Span
	ments    []mention
	fullName map[string][]string // surname -> full names of persons ending in it
	firstAt  map[string]int      // full name -> where it is first written
	firstSex map[string]sex      // first name (lower case) -> the sex the article tells of it (names.go)
	subj     []int               // per sentence, the mention its subject names, or -1 (salience.go)
	desc     map[int][2]int      // sentence -> tokens of "X's lawyer" opening it without a name (salience.go)
	spoke    []spoken            // the quotations read so far that have a speaker, in order (salience.go)
	told     map[string]learned  // person -> the sex a pronoun told of them (pronoun.go)
	heads    []Span              // paragraphs in title case
	mottos   map[string]bool     // phrases the article names as a motto, a slogan or a title (motto.go)
}

// Extract returns the direct quotations of text in order. sentences are
// the sentence spans of text; when nil, text is split crudely.
func Extract(text string, sentences []Span) []Quote {
	d := &doc{text: text, paras: paragraphs(text)}
	d.toks, d.low = tokenize(text)
	raws := d.dropNicknames(d.pairQuotes())
	if len(raws) == 0 {
		return nil
	}
	d.markQuoted(raws)
	d.heads = d.headlines()
	d.sents = cleanSentences(text, sentences)
	if len(d.sents) == 0 {
		d.sents = d.sentenceSpans()
	}
	d.findMentions()
	d.findSubjects()
	d.mottos = d.namedPhrases(raws)
	ks := make([]kept, 0, len(raws))
	for _, r := range raws {
		var prev *kept
		if len(ks) > 0 {
			prev = &ks[len(ks)-1]
		}
		if k, ok := d.judge(r, prev); ok {
			ks = append(ks, k)
			if k.q.Speaker != "" {
				d.spoke = append(d.spoke, spoken{at: r.open, para: r.paraLast, name: k.q.Speaker})
			}
		}
	}
	d.headlineWordsFromBody(ks)
	out := make([]Quote, len(ks))
	for i, k := range ks {
		out[i] = k.q
	}
	return out
}

// kept is a quotation judged to be someone's words.
type kept struct {
	q Quote
	r rawQuote
}

// context is where a quotation stands in its text.
type context struct {
	para, sent Span // the paragraph and sentence it opens in
	afterEnd   int  // where the words after it that may attribute it end
	paraStart  bool // it opens its paragraph
	embedded   bool // it follows a word of its sentence
	fragment   bool // embedded and not a sentence of its own: `called it "a disaster"`
}

// judge decides whether r quotes someone's words and finds the speaker;
// prev is the quotation kept before it.
func (d *doc) judge(r rawQuote, prev *kept) (kept, bool) {
	c := context{para: d.paras[r.paraFirst], sent: d.sentenceAt(r.open)}
	c.paraStart = r.open == c.para.Start
	c.embedded = !c.paraStart && d.embedded(c.para.Start, r.open)
	c.fragment = c.embedded && !d.sentenceLike(r)
	c.afterEnd = d.afterEnd(r.closeEnd, d.paras[r.paraLast])
	c.sent.Start = max(c.para.Start, c.sent.Start)

	a := d.attribute(r, c)
	q := newQuote(d.text, r)
	if r.headline {
		// A headline quotes someone nearly always, and a "Name:" label
		// opening it speaks for all of it: "Rush Limbaugh: Hillary Asking
		// Moderator To Fact Check Trump 'Reeks of Fear.'" Capitals say
		// nothing there, so a cue counts only with a speaker opening the
		// headline or one the article names elsewhere as a person or an
		// organisation ("... Over 'Inaccurate' Afghanistan Comments" is
		// not Afghanistan's).
		if !d.knownSpeaker(a.name) && !(a.name != "" && a.from == d.tokAt(c.para.Start)) {
			a = attribution{}
		}
		if l := d.headlineLabel(c.para, r.open); l.found {
			a = l
		} else if d.titleLike(r) && d.workTitle(r.open) {
			return kept{}, false
		} else if h := d.headlineCue(c.para); h.found {
			a = h
		}
		if d.namedPhrase(r) {
			a = attribution{} // a motto the article names (motto.go)
		}
		q.Speaker, q.Role, q.Cue = a.name, a.role, a.cue
		if a.name != "" {
			q.SpeakerStart, q.SpeakerEnd = a.ss, a.se
		}
		q.Partial = unicode.IsLower(firstLetter(q.Text))
		return kept{q: q, r: r}, true
	}
	if p, ok := d.publishedLine(r, c); ok {
		// A cover line or a story's title quoted as such: the
		// publication's words (published.go).
		q.Speaker, q.Role, q.Cue = p.name, p.role, p.cue
		if p.name != "" {
			q.SpeakerStart, q.SpeakerEnd = p.ss, p.se
		}
		return kept{q: q, r: r}, true
	}
	// A title or name in quotation marks ("Notorious Markets", "Face the
	// Nation") is kept only when a cue introduces it as words: `said,
	// "Absolutely."`, or `"Absolutely," Trump said` opening a sentence.
	if d.usedAsWords(r, c, a) || d.mentioned(r, c) || d.choiceModifier(r) || d.policyName(r) || d.titleLike(r) && d.workTitle(r.open) && !d.namedBy(c.sent.Start, r.open) || d.afterWorkNoun(r) {
		return kept{}, false
	}
	if !a.found {
		if s, ok := d.replySubject(r, c); ok {
			q.Speaker, q.Role, q.SpeakerStart, q.SpeakerEnd = s.name, s.role, s.ss, s.se
			q.Partial = unicode.IsLower(firstLetter(q.Text))
			return kept{q: q, r: r}, true
		}
	}
	if d.titleLike(r) && !(a.found && a.adjacent && (!c.embedded || a.to <= d.tokAt(r.open))) &&
		!d.namedBy(c.sent.Start, r.open) && !d.goesOn(r, c, prev) {
		return kept{}, false
	}
	if stageDirection(q.Text) {
		return kept{}, false
	}
	if !a.found {
		var ok bool
		if a, ok = d.fallback(r, c, prev); !ok {
			return kept{}, false
		}
	}
	if r.label.End > 0 {
		a = attribution{subject: d.labelSubject(r.label), cue: ":", found: true}
	} else if d.labelQuote(r) || d.namedPhrase(r) {
		// The writer's words for a kind of remarks (label.go), or a motto
		// or a slogan the article names as such (motto.go): no one's.
		a = attribution{}
	}
	q.Speaker, q.Role, q.Cue = a.name, a.role, a.cue
	if a.name != "" {
		q.SpeakerStart, q.SpeakerEnd = a.ss, a.se
	}
	q.Partial = unicode.IsLower(firstLetter(q.Text))
	return kept{q: q, r: r}, true
}

// attribute reads the cue of a quotation: for a fragment, the nearest cue of
// its sentence; for a sentence of its own, the attribution right after it
// (`"Q," X said`), else the cue before it (`X said: "Q"`).
func (d *doc) attribute(r rawQuote, c context) attribution {
	if c.fragment {
		if a, ok := d.passiveBy(r); ok {
			return a
		}
	}
	before := d.beforeCue(c.sent.Start, r.open)
	after := d.afterCue(r.closeEnd, c.afterEnd)
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
	}
	return before
}

// fallback gives a quotation without a cue of its own its speaker, or
// reports that it is not a quotation of speech.
func (d *doc) fallback(r rawQuote, c context, prev *kept) (attribution, bool) {
	var a attribution
	continues := prev != nil && prev.q.Speaker != "" &&
		(prev.r.paraLast == r.paraFirst || prev.r.paraLast == r.paraFirst-1 && c.paraStart)
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
		a = d.beforeCue(max(pp.Start, d.sentenceAt(pp.End-1).Start), pp.End)
		if !a.found && continues {
			a.subject = prev.subject()
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

// subject returns the speaker of a kept quotation, for the one it continues.
func (k *kept) subject() subject {
	return subject{name: k.q.Speaker, role: k.q.Role, ss: k.q.SpeakerStart, se: k.q.SpeakerEnd}
}

func newQuote(text string, r rawQuote) Quote {
	first, last := r.parts[0], r.parts[len(r.parts)-1]
	q := Quote{Start: first.Start, End: last.End, Parts: r.parts, SpeakerStart: -1, SpeakerEnd: -1}
	if len(r.parts) == 1 {
		q.Text = text[first.Start:first.End]
		return q
	}
	var b strings.Builder
	for i, p := range r.parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[p.Start:p.End])
	}
	q.Text = b.String()
	return q
}

// embedded reports whether the mark at pos follows a word of its sentence
// (`called it "a disaster"`) rather than opening a sentence or clause.
func (d *doc) embedded(paraStart, pos int) bool {
	s, _ := trimSpan(d.text, paraStart, pos)
	_, e := trimSpan(d.text, s, pos)
	if e <= s {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(d.text[s:e])
	return isWordRune(r) || r == ')'
}

// afterEnd is where the attribution after a quotation ending at pos may
// end: the end of the sentence it continues, within the paragraph.
func (d *doc) afterEnd(pos int, p Span) int {
	s, _ := trimSpan(d.text, pos, p.End)
	if s >= p.End {
		return p.End
	}
	if sent := d.sentenceAt(s); sent.End > s {
		end := sent.End
		// A sentence splitter may end a sentence at a title's point:
		// `"Q," said Del. | Stacey Plaskett`. The attribution goes on.
		if k := d.tokAt(end) - 1; k >= 0 && d.toks[k].word && d.isTitle(k) && strings.HasSuffix(d.word(k), ".") {
			if next := d.sentenceAt(end + 1); next.End > end {
				end = next.End
			} else if next := d.sentenceAt(d.toks[min(k+1, len(d.toks)-1)].s); next.End > end {
				end = next.End
			}
		}
		return min(end, p.End)
	}
	return p.End
}

// commaClosed reports whether the quotation's words end with a comma inside
// the closing mark: `"...," X said`.
func (d *doc) commaClosed(r rawQuote) bool {
	last := r.parts[len(r.parts)-1]
	k := last.End
	for k < r.closeEnd && (d.text[k] == ' ') {
		k++
	}
	return k < r.closeEnd && d.text[k] == ','
}

func (d *doc) endsWithColon(p Span) bool {
	return p.End > p.Start && d.text[p.End-1] == ':'
}

// titleLike reports whether a quotation reads as a title or a name: at most
// seven words, each capitalised, a number or a short function word ("Face
// the Nation", "Notorious Markets", "13th").
func (d *doc) titleLike(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	p := r.parts[0]
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		t := d.toks[i]
		if !t.word {
			continue
		}
		words++
		if words > 7 {
			return false
		}
		if t.upper || titleGlue.has(d.word(i)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(d.text[t.s:]); !unicode.IsDigit(r) {
			return false
		}
	}
	return words > 0
}

// usedAsWords reports whether a short quotation is a name or a term the
// sentence goes on to use, not words said: a title or name read straight
// on into the sentence (`saying "Atlas Shrugged" triggered his interest`,
// `"Twilight" author Stephenie Meyer`), or a short term opening a sentence
// with no cue of its own (`"Hot pursuit" empowers the navy`). Words said
// end at a mark or a comma before the sentence goes on.
func (d *doc) usedAsWords(r rawQuote, c context, a attribution) bool {
	if len(r.parts) > 1 || r.closeEnd >= len(d.text) {
		return false
	}
	k := d.tokAt(r.closeEnd)
	if j := k; j < len(d.toks) && d.titleLike(r) {
		if d.punct(j) == "," {
			j++
		}
		comma := j > k || strings.Contains(d.text[r.parts[0].End:r.closeEnd], ",")
		if w := d.word(j); comma && (w == "which" || w == "who" || w == "whose") {
			return true // `The Reporter said "Moon," which is expected to cost more`
		}
	}
	if k >= len(d.toks) || !d.toks[k].word || d.toks[k].upper || d.toks[k].s > r.closeEnd+1 {
		return false
	}
	if w := d.word(k); capStops.has(w) || prepositions.has(w) || clauseWords.has(w) || pronouns.has(w) ||
		speechVerbs.has(w) || skippable.has(w) || d.adverb(k) {
		return false // `"Miss Piggy" and "Miss Housekeeping"`, `"Yes" when asked`
	}
	if auxiliaries.has(d.word(k)) && (c.embedded || a.found) {
		return false // `Clinton says the native nicknamed "King James" is a longtime advocate`
	}
	p := r.parts[0]
	if last, _ := utf8.DecodeLastRuneInString(d.text[p.Start:p.End]); !isWordRune(last) ||
		strings.ContainsAny(d.text[p.End:r.closeEnd], ",.;:!?") {
		return false // `"Absolutely." said Trump`, `called "The Queen of Rage," accompanied by`
	}
	if d.titleLike(r) && unicode.IsUpper(firstLetter(d.text[p.Start:p.End])) {
		return true // not `a "1 in 3" chance`
	}
	if a.found || c.embedded || d.sentenceLike(r) {
		return false
	}
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	return words <= 4
}

// mentioned reports whether a short quotation is a word mentioned as one
// that someone does not use: `doesn't use the word "cuts"`, `never says
// the term "hot pursuit"`. Words someone does use (`Trump has used the
// phrase "Islamic terrorism"`) are theirs.
func (d *doc) mentioned(r rawQuote, c context) bool {
	k := d.tokAt(r.open) - 1
	if len(r.parts) > 1 || k < 1 || !mentionNouns.has(d.word(k)) || !determiners.has(d.word(k-1)) {
		return false
	}
	negated := false
	for j := k - 2; j >= d.tokAt(c.sent.Start) && j > k-8 && !negated; j-- {
		w := d.word(j)
		negated = w == "not" || w == "never" || w == "without" || strings.HasSuffix(w, "n't")
	}
	if !negated {
		return false
	}
	words := 0
	for i := d.tokAt(r.parts[0].Start); i < len(d.toks) && d.toks[i].e <= r.parts[0].End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	return words <= 4
}

// choiceModifier reports whether a quotation is an answer word standing
// before a noun it qualifies: `a "yes" vote`, `the "no" side`, `a "buy"
// rating`. The word names a choice; nobody is quoted saying it.
func (d *doc) choiceModifier(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	p := r.parts[0]
	w := strings.ToLower(strings.TrimSpace(d.text[p.Start:p.End]))
	switch w {
	case "yes", "no", "yea", "nay", "aye", "yay", "ok", "okay", "buy", "sell", "hold":
	default:
		return false
	}
	before, after := d.tokAt(r.open)-1, d.tokAt(r.closeEnd)
	if !determiners.has(d.word(before)) || after >= len(d.toks) || !d.toks[after].word || d.toks[after].upper ||
		d.toks[after].s > r.closeEnd+1 {
		return false
	}
	next := d.word(after)
	return !prepositions.has(next) && !clauseWords.has(next) && !auxiliaries.has(next) && !speechVerbs.has(next) &&
		!pronouns.has(next) && !d.adverb(after)
}

// policyName reports whether a quotation of two words or more names the
// policy, law or programme the noun after it is: `the "don't ask, don't
// tell" policy`, `the "zero tolerance" program`. The name is no one's
// words in the sentence, however it began.
func (d *doc) policyName(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	before, after := d.tokAt(r.open)-1, d.tokAt(r.closeEnd)
	// "the military's former "don't ask, don't tell" policy": a modifier
	// or two may stand after the article, and an owner for it.
	for k := 0; k < 2 && before > 0 && d.toks[before].word && !d.toks[before].upper && !d.toks[before].quoted &&
		!determiners.has(d.word(before)) && !d.isPossessive(before) && d.describing(before) &&
		!objectVerbs.has(d.word(before)) && !speechVerbs.has(d.word(before)); k++ {
		before--
	}
	if before < 0 || !determiners.has(d.word(before)) && !d.isPossessive(before) || after >= len(d.toks) || !d.toks[after].word ||
		d.toks[after].upper || d.toks[after].s > r.closeEnd+1 {
		return false
	}
	p := r.parts[0]
	if strings.ContainsAny(strings.TrimSpace(d.text[p.Start:p.End]), ".!?") {
		return false
	}
	// One word is a label someone gives the policy (`opposed an
	// "amnesty" policy`, `a "catch-and-release" policy`): their words.
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	if words < 2 {
		return false
	}
	switch d.word(after) {
	case "policy", "policies", "law", "laws", "rule", "rules", "program", "programs", "programme", "programmes",
		"act", "bill", "doctrine", "provision", "initiative", "amendment", "regulation", "regulations", "legislation",
		"loophole", "mandate", "ban", "strategy":
		return true
	}
	return false
}

// mentionNouns name a word as a word: "the word", "the term".
var mentionNouns = listSet("mentionNouns", `word words term phrase expression label`)

// afterWorkNoun reports whether a quotation in capitals names the work
// a noun before it says it is, past a year or a word or two: `author of
// the 2005 book "The Big Show: High Times ..."`, `the film "Moon"`.
func (d *doc) afterWorkNoun(r rawQuote) bool {
	if len(r.parts) > 1 || !unicode.IsUpper(firstLetter(d.text[r.parts[0].Start:r.parts[0].End])) {
		return false
	}
	k := d.tokAt(r.open) - 1
	if !workNouns.has(d.word(k)) || d.toks[k].upper {
		return false
	}
	// Every word capitalised but short ones: a title, not a sentence.
	words, plain := 0, 0
	for i := d.tokAt(r.parts[0].Start); i < len(d.toks) && d.toks[i].e <= r.parts[0].End; i++ {
		if t := d.toks[i]; t.word {
			words++
			if !t.upper && !titleGlue.has(d.word(i)) {
				plain++
			}
		}
	}
	return words <= 20 && plain == 0
}

// workNouns are works with titles.
var workNouns = listSet("workNouns", `book books novel novels memoir film films movie movies documentary show
	series song songs album play musical opera poem essay sequel episode column painting
	biography bestseller report`)

// notNaming are cue verbs whose object in title case is not words said: an
// audience (`told MSNBC's "Morning Joe"`), a nickname (`nicknamed the
// terminal "the Big Box"`), the text of a sign (`a banner reading "Our
// Port, Our Jobs"`).
var notNaming = verbSet("notNaming", `tell/told/told ask inform nickname dub+ read/read/read`)

// sentenceLike reports whether a quotation is a sentence of its own: it
// runs over paragraphs, or begins with a capital and ends with . ! ? or …
func (d *doc) sentenceLike(r rawQuote) bool {
	if len(r.parts) > 1 {
		return true
	}
	p := r.parts[0]
	if !unicode.IsUpper(firstLetter(d.text[p.Start:p.End])) {
		return false
	}
	t := strings.TrimRight(d.text[p.Start:p.End], "'’ ")
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", last)
}

var clearForms = listSet("clearForms", `said says told tells wrote writes spoke speaks sang sings swore sung
	written spoken argues insists adds asks explains tweets warns`)

// stageDirection reports whether words are all in parentheses or brackets,
// as a transcript's "(CROSSTALK.)": nobody's words.
func stageDirection(s string) bool {
	s = strings.TrimRight(s, ".!? ")
	return len(s) >= 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') &&
		strings.IndexAny(s[1:len(s)-1], "()[]") < 0
}

var titleGlue = listSet("titleGlue", `of the a an and in on at to for with from by or vs n 'n de la`)

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
