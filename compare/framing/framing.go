// Package framing finds the words with which a news sentence frames a fact:
// how it attributes a statement ("said" against "claimed"), how it hedges
// ("reportedly"), how it intensifies ("soaring"), which of its words carry
// sentiment ("disaster"), and where it negates. Two outlets reporting the same
// fact differ in these words even when the fact is the same; Contrast lists
// the difference.
//
// Attribution verbs, hedges, intensifiers and negations come from the small
// tables in tables.go; loaded words come from the VADER sentiment lexicon
// (see lexicon.go). Everything here is pure and deterministic.
package framing

import (
	"strings"
	"sync"
)

// Kind is the role a marker plays in framing a sentence.
type Kind string

// The kinds of marker.
const (
	Attribution Kind = "attribution" // a verb of saying: said, claimed, admitted
	Hedge       Kind = "hedge"       // distance from the claim: reportedly, may
	Intensifier Kind = "intensifier" // added force: very, soaring, record high
	Loaded      Kind = "loaded"      // a sentiment-bearing word from the lexicon
	Negation    Kind = "negation"    // not, never, didn't
)

// Tones of attribution verbs, and of loaded words.
const (
	ToneNeutral    = "neutral"    // said, told, added, stated
	ToneDoubt      = "doubt"      // claimed, alleged, insisted, maintained
	ToneConcession = "concession" // admitted, conceded, acknowledged, confessed
	ToneAssertion  = "assertion"  // declared, vowed, stressed, denied, accused
	ToneEmotive    = "emotive"    // slammed, blasted, lashed out, boasted
	TonePositive   = "positive"   // a loaded word of positive valence
	ToneNegative   = "negative"   // a loaded word of negative valence
)

// Marker is one framing word, or phrase, in a sentence.
type Marker struct {
	Kind       Kind
	Start, End int     // byte offsets in the sentence
	Text       string  // the words as written: "Claimed", "lashed out"
	Lemma      string  // normalised form: "claim", "lash out", "not" for "didn't"
	Tone       string  // for Attribution and Loaded markers, else ""
	Valence    float64 // for Loaded markers, the lexicon's mean rating (-4..4)
}

// Markers returns the framing markers of sentence in order of Start, or nil
// if it has none; they do not overlap. Matching ignores case, a word
// capitalised inside the sentence is taken for a name, and where phrases
// compete the longest wins ("according to sources" is a hedge, "according
// to" an attribution).
func Markers(sentence string) []Marker {
	ix := loadIndex()
	var buf [40]token
	toks := scan(sentence, buf[:0])
	names := !titleCase(toks)
	var out []Marker
	for i := 0; i < len(toks); {
		m, n := ix.match(sentence, toks, i, names)
		if n == 0 {
			i++
			continue
		}
		if out == nil {
			out = make([]Marker, 0, 4)
		}
		out = append(out, m)
		i += n
	}
	return out
}

// entry is one form of a table row, or a lexicon phrase, keyed in the index
// by its first word.
type entry struct {
	rest    []string // the words after the first
	kind    Kind
	lemma   string
	tone    string
	valence float64
	noun    bool // "*": not after a determiner
	number  bool // "#": not before a number
}

// index is every table form and lexicon phrase by first word, longest
// first, plus the single-word lexicon. It is built once and never changed.
type index struct {
	phrases map[string][]entry
	lexicon map[string]lexWord
}

var (
	indexOnce sync.Once
	theIndex  *index
)

func loadIndex() *index {
	indexOnce.Do(func() { theIndex = buildIndex(readLexicon()) })
	return theIndex
}

func buildIndex(lex map[string]lexWord, phrases []lexPhrase) *index {
	ix := &index{phrases: map[string][]entry{}, lexicon: lex}
	for _, r := range attributionVerbs {
		ix.add(Attribution, r.forms, r.tone, 0)
	}
	for _, t := range []struct {
		kind Kind
		rows []string
	}{{Hedge, hedges}, {Intensifier, intensifiers}, {Negation, negations}} {
		for _, forms := range t.rows {
			ix.add(t.kind, forms, "", 0)
		}
	}
	for _, p := range phrases {
		ix.add(Loaded, p.words, toneOf(p.valence), p.valence)
	}
	order := map[Kind]int{Attribution: 0, Hedge: 1, Intensifier: 2, Negation: 3, Loaded: 4}
	for _, es := range ix.phrases {
		sortEntries(es, order)
	}
	return ix
}

// add parses a row's forms (see tables.go) into entries.
func (ix *index) add(kind Kind, forms, tone string, valence float64) {
	var lemma string
	for _, f := range strings.Split(forms, "|") {
		if l, ok := strings.CutPrefix(f, "="); ok {
			lemma = l
			continue
		}
		e := entry{kind: kind, tone: tone, valence: valence}
		for len(f) > 0 && strings.ContainsRune("*#", rune(f[0])) {
			e.noun = e.noun || f[0] == '*'
			e.number = e.number || f[0] == '#'
			f = f[1:]
		}
		if lemma == "" {
			lemma = f
		}
		e.lemma = lemma
		words := strings.Fields(f)
		e.rest = words[1:]
		ix.phrases[words[0]] = append(ix.phrases[words[0]], e)
	}
}

// sortEntries puts longer phrases first, then tables in priority order; an
// insertion sort, since each list is a handful long and must stay stable.
func sortEntries(es []entry, order map[Kind]int) {
	less := func(a, b entry) bool {
		if len(a.rest) != len(b.rest) {
			return len(a.rest) > len(b.rest)
		}
		return order[a.kind] < order[b.kind]
	}
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && less(es[j], es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// match returns the marker starting at token i and how many tokens it
// takes, or 0 when none starts there. With names set, a word capitalised
// inside the sentence is a name and starts no marker.
func (ix *index) match(s string, toks []token, i int, names bool) (Marker, int) {
	t := toks[i]
	if names && t.capital && !t.initial {
		return Marker{}, 0 // Theresa May, Washington State, Justice Department
	}
	es := ix.phrases[t.key]
	for _, e := range es {
		if !e.fits(s, toks, i) {
			continue
		}
		end := toks[i+len(e.rest)].end
		return Marker{Kind: e.kind, Start: t.start, End: end, Text: s[t.start:end],
			Lemma: e.lemma, Tone: e.tone, Valence: e.valence}, len(e.rest) + 1
	}
	if strings.HasSuffix(t.key, "n't") {
		return Marker{Kind: Negation, Start: t.start, End: t.end, Text: s[t.start:t.end], Lemma: "not"}, 1
	}
	for _, e := range es {
		if len(e.rest) == 0 && e.kind != Loaded {
			return Marker{}, 0 // a table word whose context ruled it out
		}
	}
	w, ok := ix.loaded(t.key)
	if !ok {
		return Marker{}, 0
	}
	return Marker{Kind: Loaded, Start: t.start, End: t.end, Text: s[t.start:t.end],
		Lemma: w.word, Tone: toneOf(w.valence), Valence: w.valence}, 1
}

// fits reports whether e matches the tokens from i, context included.
func (e *entry) fits(s string, toks []token, i int) bool {
	last := i + len(e.rest)
	if last >= len(toks) {
		return false
	}
	for k, w := range e.rest {
		a, b := toks[i+k], toks[i+k+1]
		if b.key != w || strings.TrimSpace(s[a.end:b.start]) != "" {
			return false
		}
	}
	if e.number && last+1 < len(toks) && toks[last+1].number {
		return false
	}
	if e.noun && i > 0 {
		p := toks[i-1].key
		if determiners[p] || strings.HasSuffix(p, "'s") {
			return false
		}
	}
	return true
}

func toneOf(valence float64) string {
	if valence > 0 {
		return TonePositive
	}
	return ToneNegative
}

// Prepare reads the lexicon and builds the tables now rather than on first
// use, so a caller can overlap the work with other start-up work.
func Prepare() { loadIndex() }
