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

import "strings"

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
	Category   string  // the lexicon's finer class: "loaded verb", "doubt verb"...
	Negated    bool    // a loaded word under a negation; its Tone stays the word's
	// Quoted: inside quotation marks that are no scare quotes (a title, a
	// name, someone's phrase): not the writer's own words (see scareQuotes).
	Quoted bool
}

// Markers returns the framing markers of sentence in order of Start, or nil
// if it has none; they do not overlap. Matching ignores case, a word
// capitalised inside the sentence is taken for a name, and where phrases
// compete the longest wins ("according to sources" is a hedge, "according
// to" an attribution).
func Markers(sentence string) []Marker { return MarkersWith(sentence, Default()) }

// MarkersWith is Markers with the sources of loaded words chosen by t; the
// evaluation tests use it to fit Default by cross-validation.
func MarkersWith(sentence string, t Tuning) []Marker {
	var buf [40]token
	return markers(sentence, scan(sentence, buf[:0]), t)
}

// markers is MarkersWith on sentence's tokens, scanned already.
func markers(sentence string, toks []token, t Tuning) []Marker {
	ix := loadIndex()
	names := !titleCase(sentence, toks)
	var out []Marker
	negated := -1 // index of the last token a negation covers
	negEnd := 0   // where that negation ends
	for i := 0; i < len(toks); {
		m, n := ix.match(sentence, toks, i, names, t)
		if n == 0 && t.News && mayThrow(toks[i].key) && !(names && inName(sentence, toks, i)) {
			m, n = throwsWords(sentence, toks, i) // "hurled racial epithets": a blow for a word of saying
		}
		if n == 0 {
			i++
			continue
		}
		if m.Kind == "" { // a neutral compound: its words frame nothing
			i += n
			continue
		}
		if m.Kind == Negation {
			negated, negEnd = i+n-1+negationReach, m.End
		} else if m.Kind == Attribution && i <= negated && !strings.ContainsAny(sentence[negEnd:m.Start], ".;!?,:—") {
			// "did not say public schools were a bad idea": a negated verb
			// of saying governs what was said, to the clause's end; not
			// one the negation does not reach ("did not back down,
			// saying ...").
			negated = max(negated, saidClauseEnd(sentence, toks, i+n))
		} else if m.Kind == Loaded && i <= negated && (m.Tone == TonePositive || m.Tone == ToneNegative) &&
			!strings.ContainsAny(sentence[negEnd:m.Start], ".;!?") { // "Obama did not. Notably, he hammered"
			// "not reckless", "hasn't apologized": the tone stays the word's (see negationReach).
			m.Negated = true
		}
		if out == nil {
			out = make([]Marker, 0, 4)
		}
		out = append(out, m)
		i += n
	}
	if len(out) > 0 || t.ScareQuoteWords > 0 {
		out = scareQuotes(sentence, toks, out, t.ScareQuoteWords)
	}
	return out
}

// saidClauseEnd is the last token of what a verb of saying ending before
// token j reports: up to a comma, colon, dash or the sentence's end, or a
// coordinator that opens another predicate ("never asked for them or just
// were confused"). It is j-1, nothing, where no clause follows: "asked
// for" a thing, "cannot emphasise enough how", which stresses.
func saidClauseEnd(s string, toks []token, j int) int {
	if j >= len(toks) || prepositions[toks[j].key] || toks[j].key == "enough" {
		return j - 1
	}
	for k := j; k < len(toks); k++ {
		if k > j && strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",:;—.!?") || coordinators[toks[k].key] {
			return k - 1
		}
	}
	return len(toks) - 1
}

// negationReach is how many words after a negation it governs, as in
// VADER, which looks three words back from a sentiment word.
//
// The rule for a negated word's tone: a loaded word under a
// negation keeps its own Tone and Valence, and Negated says the negation
// governs it. Tone is the word's, not the clause's: framing is the choice
// of word, and the word negated is still raised ("not reckless" puts
// recklessness on the table, Lakoff's "don't think of an elephant"). A
// turned tone reads wrong as often as right: "hasn't apologized" is no
// more favourable than "apologized" (what an apology presupposes, the
// wrong done, survives the negation), "the bill would not harm" is. The
// reader, or a consumer of the JSON's "negated", composes the two.
const negationReach = 3

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
	comma   bool // "~": not after a comma
	// attributive, "^": not after a determiner, a possessive or a
	// preposition, where the word is an adjective before its noun.
	attributive bool
	infinitive  bool // "!": only after "to"
	says        bool // "%": only where what was said follows (saysWhat)
	subject     bool // "@": only after a subject (afterSubject)
	cat         string
	set         uint8 // the lexicon sets a news phrase needs (newslex_more.go)
}

// lexIndex is every table form and lexicon phrase by first word, longest
// first, plus the single-word lexicon, built from the lexicons' sources.
// The program does not build it: index_table.go holds it in the form the
// linker lays out (see index.go), generated from it by TestIndexTable.
type lexIndex struct {
	phrases map[string][]entry
	news    []newsEntry         // ours
	words   map[string]wordInfo // ours, with inflections, and VADER's: one look-up per word
}

// wordInfo is a word's entries in both lexicons, kept small so the map
// stays fast.
type wordInfo struct {
	news     uint16 // 1 + index into index.news; 0 when not ours
	vader    int8   // VADER's mean rating in tenths
	hasVader bool
	// vaderStem: the rating is that of another form VADER lists, for a
	// word of ours ("betrayals", VADER's "betrayal").
	vaderStem bool
}

// newIndex builds the index from the lexicons.
func newIndex() *lexIndex {
	lex, phrases := readLexicon()
	return buildIndex(lex, phrases, buildNewsLexicon())
}

// buildIndex builds the index of the given lexicons.
func buildIndex(lex map[string]wordInfo, phrases []lexPhrase, news []newsEntry) *lexIndex {
	ix := &lexIndex{phrases: make(map[string][]entry, 1024), words: lex, news: news}
	// A neighbour VADER lists only in another form ("betrayals" under
	// "betrayal") keeps VADER's rating, for the tunings that leave it out.
	withVader := func(key string, wi wordInfo) wordInfo {
		if !wi.hasVader {
			if l, ok := stem(lex, key, func(w wordInfo) bool { return w.hasVader }); ok {
				wi.vader, wi.hasVader, wi.vaderStem = lex[l].vader, true, true
			}
		}
		return wi
	}
	// Our lemmas first, then their inflections where no lemma of ours is
	// spelt the same: "hailed" is ours as "hail", over VADER's "hailed".
	for i, e := range ix.news {
		wi := ix.words[e.lemma]
		if e.near > 0 {
			wi = withVader(e.lemma, wi)
		}
		wi.news = uint16(i + 1)
		ix.words[e.lemma] = wi
	}
	var forms []string
	for i, e := range ix.news {
		if e.near > 0 && e.cat == CatEvaluative {
			continue // an adjective or adverb the vectors proposed: no inflections
		}
		forms = inflect(e.lemma, forms[:0])
		for _, f := range forms {
			if wi := ix.words[f]; wi.news == 0 {
				if e.near > 0 {
					wi = withVader(f, wi)
				}
				wi.news = uint16(i + 1)
				ix.words[f] = wi
			}
		}
	}
	for _, r := range attributionVerbs {
		ix.add(Attribution, r.forms, r.tone, 0, r.tone+" verb")
	}
	for _, t := range []struct {
		kind Kind
		cat  string
		rows []string
	}{{Hedge, CatHedge, hedges}, {Intensifier, CatIntensify, intensifiers}, {Intensifier, CatIntensify, quantityRows()}, {Negation, CatNegation, negations}, {"", "", neutralPhrases}} {
		for _, forms := range t.rows {
			ix.add(t.kind, forms, "", 0, t.cat)
		}
	}
	for _, p := range newsPhrases {
		for _, forms := range p.rows {
			ix.add(Loaded, forms, p.tone, 0, p.cat)
		}
	}
	for _, p := range morePhrases {
		for _, forms := range p.rows {
			ix.addSet(p.set, Loaded, forms, p.tone, 0, p.cat)
		}
	}
	for _, p := range phrases {
		ix.add(Loaded, p.words, toneOf(p.valence), p.valence, CatSentiment)
	}
	order := map[Kind]int{"": 0, Attribution: 1, Hedge: 2, Intensifier: 3, Negation: 4, Loaded: 5}
	for _, es := range ix.phrases {
		sortEntries(es, order)
	}
	return ix
}

// add parses a row's forms (see tables.go) into entries.
func (ix *lexIndex) add(kind Kind, forms, tone string, valence float64, cat string) {
	ix.addSet(0, kind, forms, tone, valence, cat)
}

// addSet is add for an entry of the lexicon sets in set.
func (ix *lexIndex) addSet(set uint8, kind Kind, forms, tone string, valence float64, cat string) {
	var lemma string
	for _, f := range strings.Split(forms, "|") {
		if l, ok := strings.CutPrefix(f, "="); ok {
			lemma = l
			continue
		}
		e := entry{kind: kind, tone: tone, valence: valence, cat: cat, set: set}
		for len(f) > 0 && strings.ContainsRune("*#~^!%@", rune(f[0])) {
			e.noun = e.noun || f[0] == '*'
			e.number = e.number || f[0] == '#'
			e.comma = e.comma || f[0] == '~'
			e.attributive = e.attributive || f[0] == '^'
			e.infinitive = e.infinitive || f[0] == '!'
			e.says = e.says || f[0] == '%'
			e.subject = e.subject || f[0] == '@'
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
