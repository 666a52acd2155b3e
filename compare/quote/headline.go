package quote

import (
	"strings"

	worktitles "github.com/storydiff/storydiff/compare/internal/titles"
)

// Headlines quote with single marks and capitalise every word, so their
// quotations are paired (marks.go) and attributed by rules of their own:
// a "Name:" label, the first cue verb with a speaker opening the headline
// or known from the body, or the name opening the headline.

// headlineCue reads the headline's main attribution: its first cue verb
// with a named subject ("Obama Says African-American Museum Will Tell of
// 'Suffering and Delight'" is Obama's), else the name opening it ("Obama
// Sees 'Personal Insult' if ..."), whose claim a headline states.
func (d *doc) headlineCue(p Span) attribution {
	lo, hi := d.tokAt(p.Start), d.tokAt(p.End)
	for v := lo; v < hi; v++ {
		if !d.isVerb(v) {
			continue
		}
		// A name after a verb opening the headline must be one the
		// article names: "E-Mails Show Jostling Over …" is no one's.
		if a, ok := d.verbCue(lo, v, hi, false); ok && (d.knownSpeaker(a.name) || a.name != "" && a.from == lo && v != lo) {
			return a
		}
	}
	// Capitals say nothing in a headline: the opening name must be one
	// the article names elsewhere ("Obama", not "Obama Sees"), and not
	// a word before a title ("Greek Prime Minister Calls …").
	if to, ok := d.runAfter(lo, hi); ok {
		for k := min(to, lo+4); k > lo; k-- {
			if d.namedInBody(d.spanText(lo, k)) && !d.titleAt(k) {
				return attribution{subject: d.named(lo, k), found: true}
			}
		}
	}
	return attribution{}
}

// workTitle reports whether a quotation in title case at pos names a work
// rather than quotes words: after a possessive ("DuVernay's '13th'"), as
// the object of "told" or "asked" (`he told "Today."`: a show), or
// after "of", "in" or "on" following a noun ("a clip of 'The 411'"), not a
// verb ("Will Tell of 'Suffering and Delight'").
func (d *doc) workTitle(pos int) bool {
	k := d.tokAt(pos) - 1
	if k >= 0 && !d.toks[k].word && d.pluralPossessive(k-1) {
		return true // `On Fox News' "Hannity,"`: the apostrophe a token of its own
	}
	if k < 0 || !d.toks[k].word {
		return false
	}
	if d.isPossessive(k) || notNaming.has(d.word(k)) {
		return true // `told MSNBC's "Morning Joe"`, `he told "Today."`
	}
	switch d.word(k) {
	case "of", "in", "on":
		return k > 0 && !speechVerbs.has(d.word(k-1))
	}
	return false
}

// workBeside reports whether a headline's quotation in title case names a
// work by the noun beside it: a work noun or a maker's right after it
// ("'The Hunger Games' Sequel", "'Hunger Games' Director Gary Ross"), or
// a work noun right before it that no cue verb governs ("Sequel 'Catching
// Fire'", not "Calls NYT Report 'Outrageous Distortion'"). Title case
// tells nothing in a headline; the noun does.
func (d *doc) workBeside(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	if k := d.tokAt(r.closeEnd); k < len(d.toks) && d.toks[k].word && !d.toks[k].quoted && d.toks[k].s <= r.closeEnd+1 {
		if w := d.word(k); workNouns.has(w) || worktitles.IsMaker(w) {
			return true
		}
	}
	k := d.tokAt(r.open) - 1
	if k < 0 || !d.toks[k].word || d.toks[k].quoted || !workNouns.has(d.word(k)) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d.toks[j].word && !d.toks[j].quoted && speechVerbs.has(d.word(j)) {
			return false
		}
	}
	return true
}

// headlineLabel reads a headline's "Name:" label before pos ("Pence:
// Trump Was 'Mocking' Clinton Camp", "Obama on Climate Change: The Trends
// Are 'Terrifying'"): the name opening the headline, when a colon stands
// between it and the quotation.
func (d *doc) headlineLabel(p Span, pos int) attribution {
	lo, hi := d.tokAt(p.Start), d.tokAt(pos)
	colon := -1
	for k := lo; k < hi && colon < 0; k++ {
		if d.punct(k) == ":" {
			colon = k
		}
	}
	if colon < 0 {
		return attribution{}
	}
	to, ok := d.runAfter(lo, colon)
	if !ok {
		// "A lesson from Loretta Lynch: 'Be the voice ...'"
		from, ok := d.runBefore(lo, colon-1)
		if !ok {
			return attribution{}
		}
		lo, to = from, colon
	}
	// Everything is capitalised in a headline: "Elizabeth Warren Hammers
	// Wells Fargo CEO:". The speaker is the longest opening that the
	// article names elsewhere, or else the whole run.
	for k := min(to, lo+4); k > lo; k-- {
		if d.namedInBody(d.spanText(lo, k)) {
			to = k
			break
		}
	}
	s := d.named(lo, to)
	if s.name == "" {
		return attribution{}
	}
	return attribution{subject: s, cue: ":", found: true}
}

// knownSpeaker reports whether name is mentioned outside headlines as a
// person or an organisation.
func (d *doc) knownSpeaker(name string) bool {
	if name == "" {
		return false
	}
	for _, m := range d.ments {
		if (m.name == name || d.text[m.s:m.e] == name) && m.kind != unknown {
			return true
		}
	}
	return false
}

// namedInBody reports whether name is a name mentioned outside headlines.
func (d *doc) namedInBody(name string) bool {
	for _, m := range d.ments {
		if m.name == name || d.text[m.s:m.e] == name {
			return true
		}
	}
	return false
}

// pluralPossessive reports whether word token i is a capitalised plural
// owning what follows with a bare apostrophe ("Fox News' ", "the Times’ "):
// a possessive that isPossessive's "'s" does not see.
func (d *doc) pluralPossessive(i int) bool {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word || !d.toks[i].upper {
		return false
	}
	e := d.toks[i].e
	if d.text[e-1] != 's' {
		return false
	}
	rest := d.text[e:]
	for _, ap := range []string{"'", "’"} {
		if after, ok := strings.CutPrefix(rest, ap); ok {
			return strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\u00a0")
		}
	}
	return false
}

// titleAt reports whether a title opens at token k, in any case: "Prime
// Minister" in a headline.
func (d *doc) titleAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	n := d.word(k + 1)
	return d.isTitle(k) || d.toks[k].upper && (n == "minister" || n == "secretary")
}
