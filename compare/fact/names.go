package fact

import (
	"strings"
	"unicode/utf8"
)

// Names returns the people, organisations, places and other proper names in
// text, in order of position. Kind is "person", "org", "place" or "name";
// Unit is the canonical name and Aliases the other ways to write it.
func Names(text string) []Mention { return names(text, tokenize(text)) }

func names(text string, toks []token) []Mention {
	n := nparser{text: text, toks: toks}
	n.findSpans()
	for i := range n.spans {
		n.classify(&n.spans[i])
	}
	n.resolve()
	out := make([]Mention, 0, len(n.spans))
	for i := range n.spans {
		if m, ok := n.mention(i); ok {
			out = append(out, m)
		}
	}
	return out
}

// nparser holds one run of Names.
type nparser struct {
	text  string
	toks  []token
	spans []nameSpan
}

// nameSpan is one name: tokens first..last (inclusive), after a title
// starting at title (or -1). ref is the span holding its full form ("Jack
// Ma" for "Ma"), or -1.
type nameSpan struct {
	first, last, title, ref int
	kind                    string
}

func (n *nparser) word(k int) string {
	t := &n.toks[k]
	return n.text[t.start:t.stem]
}

func (n *nparser) punct(k int, c byte) bool {
	return k >= 0 && k < len(n.toks) && n.toks[k].kind == tokPunct && n.text[n.toks[k].start] == c
}

// nameWord reports whether token k can be part of a name: a capitalised
// word of two or more letters, or an initial with its dot ("W.").
func (n *nparser) nameWord(k int) bool {
	t := &n.toks[k]
	if t.kind != tokWord || !t.cap || t.is(lxMonth|lxWeekday|lxNotName) {
		return false
	}
	_, size := utf8.DecodeRuneInString(n.text[t.start:])
	return t.stem-t.start > size
}

// findSpans collects maximal capitalised spans, joined across connectors
// ("of the") and "&", split at titles.
func (n *nparser) findSpans() {
	initial := n.sentenceStarts()
	seen := make(map[string]bool)
	for k := range n.toks { // capitalised mid-sentence, or opening a multiword name
		if n.nameWord(k) && (!initial[k] || n.acceptInitial(k, nil)) {
			seen[n.word(k)] = true
		}
	}
	for i := 0; i < len(n.toks); i++ {
		if !n.nameWord(i) || initial[i] && !n.acceptInitial(i, seen) {
			continue
		}
		last := i
		for k := i + 1; k < len(n.toks) && n.toks[last].stem == n.toks[last].end; {
			t := &n.toks[k]
			if t.gap == gapLine {
				break
			}
			if t.gap == gapSpace && n.nameWord(k) {
				last, k = k, k+1
				continue
			}
			c := k
			for c < len(n.toks) && c < k+2 && n.toks[c].is(lxConnector) && !n.toks[c].cap &&
				n.toks[c].gap == gapSpace && !(c == k && strings.EqualFold(n.word(c), "the")) {
				c++
			}
			amp := n.punct(k, '&') && k+1 < len(n.toks) && n.toks[k+1].kind == tokWord && n.toks[k+1].cap
			if amp {
				c = k + 1 // "AT&T", "Johnson & Johnson"
			}
			if c > k && c < len(n.toks) && n.toks[c].gap != gapLine && (amp || n.nameWord(c)) {
				last, k = c, c+1
				continue
			}
			break
		}
		n.addSpan(i, last)
		i = last
	}
}

// forTitle reports whether the title ending span [first, last] follows
// "for": the office a campaign runs for, part of its name ("Christie for
// Governor", "Friends of Smith for Senate"). Cut there, the campaign was
// "Christie for", an organisation two outlets shared.
func (n *nparser) forTitle(first, last int) bool {
	return last-1 > first && strings.EqualFold(n.word(last-1), "for")
}

// addSpan splits a span at its first title run ("Alibaba Group | President
// | Michael Evans") and records the parts worth keeping.
func (n *nparser) addSpan(first, last int) {
	for last >= first && n.toks[last].is(lxTitle) && !n.forTitle(first, last) {
		last-- // a trailing title names nobody: "Alibaba Group Chairman"
	}
	for last >= first && n.toks[last].is(lxConnector) && !n.toks[last].acro {
		last-- // nor does a trailing "of" or "for" (a "DA" is no "da")
	}
	if last < first {
		return
	}
	a := first
	for a <= last && !n.toks[a].is(lxTitle) {
		a++
	}
	b := a
	for b <= last && n.toks[b].is(lxTitle) {
		b++
	}
	if a <= last && b <= last && n.personAfterTitle(b, last) {
		if a > first {
			n.addSpan(first, a-1)
		}
		n.spans = append(n.spans, nameSpan{first: b, last: last, title: a, ref: -1, kind: "person"})
		return
	}
	if first == last && n.toks[first].is(lxDemonym) {
		return // "Chinese consumers"
	}
	n.spans = append(n.spans, nameSpan{first: first, last: last, title: -1, ref: -1})
}

// personAfterTitle reports whether tokens b..last look like a person's name:
// at most four words, no connector, no organisation or place cue.
func (n *nparser) personAfterTitle(b, last int) bool {
	if last-b >= 4 {
		return false
	}
	for k := b; k <= last; k++ {
		if !n.nameWord(k) || n.toks[k].is(lxOrgSuffix|lxPlaceCue) || k == b && n.toks[k].is(lxOrgPrefix) {
			return false
		}
	}
	return true
}

// sentenceStarts marks the words that open a sentence, a line or a quote
// after a full stop, where capitals say nothing about names.
func (n *nparser) sentenceStarts() []bool {
	initial := make([]bool, len(n.toks))
	start := true
	for k := range n.toks {
		t := &n.toks[k]
		if t.gap == gapLine {
			start = true
		}
		switch t.kind {
		case tokPunct:
			switch n.text[t.start] {
			case '.', '!', '?', ':':
				start = true
			case '"', '\'', '(', '[', '*', '#', '>', '-', 0xe2: // quotes, dashes (UTF-8 lead byte)
			default:
				start = false
			}
		default:
			initial[k] = start
			start = false
		}
	}
	return initial
}

// acceptInitial decides whether a capitalised word that opens a sentence is
// a name: an acronym, a title, a word capitalised elsewhere mid-sentence, or
// the first of several capitalised words; never a function word, an adverb
// ("Unfortunately") or a gerund ("Providing").
func (n *nparser) acceptInitial(i int, seen map[string]bool) bool {
	t := &n.toks[i]
	w := n.word(i)
	switch {
	case t.acro && (!t.is(lxStop) || t.is(lxPlace) || n.punct(i+1, '&')), t.is(lxTitle):
		return true // "US", "IBM", "AT&T"; but not "THE" in a shouted headline
	case t.is(lxStop | lxRelDay):
		return false
	case seen[w]:
		return true
	case hasSuffixFold(w, "ly") || hasSuffixFold(w, "ing") || hasSuffixFold(w, "ed"):
		return false
	case t.stem != t.end:
		return true // "SoftBank's"
	}
	next := func(k int) bool { return k < len(n.toks) && n.toks[k].gap == gapSpace }
	if next(i+1) && n.toks[i+1].is(lxTitle) && !n.toks[i+1].cap && next(i+2) && n.nameWord(i+2) {
		return true // "Alibaba chairman Jack Ma"
	}
	return next(i+1) && n.nameWord(i+1)
}

// classify sets the kind of a span from its own words and its neighbours.
func (n *nparser) classify(sp *nameSpan) {
	if sp.kind != "" {
		return
	}
	f, l := sp.first, sp.last
	ft, lt := &n.toks[f], &n.toks[l]
	prev := func(c lexClass) bool {
		return f > 0 && n.toks[f-1].kind == tokWord && n.toks[f].gap == gapSpace && n.toks[f-1].is(c)
	}
	titledAfter := n.punct(l+1, ',') && l+2 < len(n.toks) && n.toks[l+2].is(lxTitle)
	employer := l+1 < len(n.toks) && n.toks[l+1].gap == gapSpace && n.toks[l+1].is(lxTitle) &&
		lt.stem == lt.end // "Alibaba chairman Jack Ma", "Apple Chief Executive Tim Cook"
	switch {
	case prev(lxTitle) || titledAfter:
		sp.kind = "person"
	case lt.is(lxOrgSuffix) && (l > f || !lt.is(lxCorpSuffix)), n.orgOf(f, l), employer:
		sp.kind = "org"
	case l > f && (lt.is(lxPlaceCue|lxCompass) || ft.is(lxPlacePrefix|lxCompass)),
		l == f && ft.is(lxPlace), l == f+1 && strings.EqualFold(n.word(f), "United") &&
			(strings.EqualFold(n.word(l), "States") || strings.EqualFold(n.word(l), "Kingdom")):
		sp.kind = "place"
	case l == f && ft.acro:
		sp.kind = "org"
	case l > f && l-f <= 2 && ft.is(lxGivenName) && n.plainWords(f, l):
		sp.kind = "person"
	case f > 0 && strings.EqualFold(n.word(f-1), "in") && n.toks[f].gap == gapSpace:
		sp.kind = "place"
	default:
		sp.kind = "name"
	}
}

// orgOf reports whether a span has an institution word followed by "of":
// "Office of the ...", "Federal Bureau of Investigation".
func (n *nparser) orgOf(f, l int) bool {
	for k := f; k < l; k++ {
		if n.toks[k].is(lxOrgPrefix) && n.toks[k].cap && strings.EqualFold(n.word(k+1), "of") {
			return true
		}
	}
	return false
}

// plainWords reports whether tokens f..l are all capitalised words that are
// not acronyms: the shape of "Jack Ma", not "IBM Watson" or "Bank of X".
func (n *nparser) plainWords(f, l int) bool {
	for k := f; k <= l; k++ {
		if !n.nameWord(k) || n.toks[k].acro {
			return false
		}
	}
	return true
}
