// Package quote finds the direct quotations in an article's plain text, with
// their speakers, and relates quotations across articles.
//
// Extract pairs the quotation marks paragraph by paragraph (marks.go), reads
// the attribution cue around each quotation and the cue's subject
// (attrib.go, subject.go, appositive.go), resolves pronouns and role nouns
// to the person or organisation they stand for (refs.go, salience.go,
// names.go, fullnames.go, sexes.go, runs.go), with the cue's speaker or
// the quotation's before it when it has none (speaker.go), and keeps only
// quotations of someone's words: a title, a name, a nickname or a scare
// quote in quotation marks is left out (goeson.go, notspeech.go). Headlines have rules of their own (headline.go). Relate, Index and Paraphrased compare quotations of different
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
	firstSex map[string]sex      // first name (lower case) -> the sex the article tells of it (sexes.go)
	subj     []int               // per sentence, the mention its subject names, or -1 (salience.go)
	desc     map[int][2]int      // sentence -> tokens of "X's lawyer" opening it without a name (salience.go)
	spoke    []spoken            // the quotations read so far that have a speaker, in order (salience.go)
	told     map[string]learned  // person -> the sex a pronoun told of them (pronoun.go)
	heads    []Span              // paragraphs in title case
	mottos   map[string]bool     // phrases the article names as a motto, a slogan or a title (motto.go)
	they     map[int]theyRead    // "they" token -> the people it stands for (together.go)
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
	d.wordsWithinFromBody(ks)
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

	a := d.statementFrom(d.adOwner(d.attribute(r, c)))
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
		} else if d.titleLike(r) && (d.workTitle(r.open) || d.workBeside(r)) {
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
	if d.usedAsWords(r, c, a) || d.mentioned(r, c) || d.choiceModifier(r) || d.policyName(r) || d.groundsName(r) || d.titleLike(r) && d.workTitle(r.open) && !d.namedBy(c.sent.Start, r.open) || d.afterWorkNoun(r) || d.soCalled(r) {
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
