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
	"math"
	"strings"
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
	}{{Hedge, CatHedge, hedges}, {Intensifier, CatIntensify, intensifiers}, {Negation, CatNegation, negations}, {"", "", neutralPhrases}} {
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

// match returns the marker starting at token i and how many tokens it
// takes, or 0 when none starts there. With names set, a word capitalised
// inside the sentence is a name and starts no marker.
func (ix *index) match(s string, toks []token, i int, names bool, tn Tuning) (Marker, int) {
	t := toks[i]
	if names && inName(s, toks, i) {
		return Marker{}, 0 // Theresa May, Washington State, "Notorious Markets"
	}
	slot, found := ix.find(t.key)
	es := ix.phrasesAt(slot, found)
	for _, e := range es {
		if !e.fits(s, toks, i) || e.cat == CatSentiment && (tn.vader(e.valence) == 0 || math.Abs(e.valence) < tn.vader(e.valence)) ||
			e.kind == Loaded && e.cat != CatSentiment && (!tn.News || !tn.uses(e.set)) {
			continue
		}
		tone, cat := e.tone, e.cat
		if e.kind == Attribution && len(e.rest) == 0 {
			if passiveParticiple(s, toks, i) || e.noun && nounInPhrase(s, toks, i) {
				return Marker{}, 0 // "the lawsuit, argued in lively exchanges", "bringing discrimination claims"
			}
			if tone == ToneDoubt && documentSubject(s, toks, i) {
				tone, cat = ToneNeutral, ToneNeutral+" verb" // "the lawsuit claims that": the legal verb
			}
		}
		end := toks[i+len(e.rest)].end
		return Marker{Kind: e.kind, Start: t.start, End: end, Text: s[t.start:end],
			Lemma: e.lemma, Tone: tone, Valence: e.valence, Category: cat}, len(e.rest) + 1
	}
	if strings.HasSuffix(t.key, "n't") {
		return Marker{Kind: Negation, Start: t.start, End: t.end, Text: s[t.start:t.end], Lemma: "not", Category: CatNegation}, 1
	}
	for _, e := range es {
		if len(e.rest) == 0 && e.kind != Loaded {
			return Marker{}, 0 // a table word whose context ruled it out
		}
	}
	lemma, wi, ok := ix.wordAt(t.key, slot, found)
	asWritten := lemma == strings.TrimSuffix(t.key, "'s") // not found by undoing an ending
	if !ok && tn.News && tn.uses(setDerived) && strings.IndexByte(t.key, '-') > 0 {
		// A compound judges by a part of ours: "much-maligned",
		// "ultra-liberal".
		if prefixed(t.key) {
			return Marker{Kind: Loaded, Start: t.start, End: t.end, Text: s[t.start:t.end],
				Lemma: t.key, Tone: ToneNegative, Valence: -2, Category: CatEvaluative}, 1
		}
		part := t.key[strings.LastIndexByte(t.key, '-')+1:]
		if l, w, found := ix.word(part); found && w.news > 0 {
			lemma, wi, ok, asWritten = l, wordInfo{news: w.news}, true, l == part
		} else if head := t.key[:strings.IndexByte(t.key, '-')]; describesBy(part) {
			// A label of ours before a participle: "setback-filled",
			// "gaffe-ridden", as "scandal-plagued" (listed) is.
			if l, w, found := ix.word(head); found && w.news > 0 && l == head {
				if e := ix.newsEntry(int(w.news) - 1); e.cat == CatLabel && e.near == 0 {
					lemma, wi, ok, asWritten = l, wordInfo{news: w.news}, true, true
				}
			}
		}
	}
	if !ok {
		return Marker{}, 0
	}
	if factAt(s, toks, i, lemma) {
		return Marker{}, 0 // "killed", "prison", "aggravated assault": the fact, not a choice
	}
	if e := ix.newsEntry(int(wi.news) - 1); wi.news > 0 && e.near > 0 && e.cat == CatEvaluative && !asWritten {
		// An adjective or adverb the vectors proposed has no inflections
		// (buildIndex gives it none): a form that only stems to it is
		// another word, a noun's or a verb's ("fishing" is no form of
		// "fish", proposed beside "wild").
		wi.news = 0
	}
	if e := ix.newsEntry(int(wi.news) - 1); wi.news > 0 && tn.News && tn.uses(e.set) && tn.admits(e) {
		if e.near > 0 && e.cat != CatLabel && pluralNoun(ix, toks, i) ||
			e.near > 0 && e.cat == CatLoadedVerb && verbAsNoun(toks, i, e.lemma) {
			return Marker{}, 0 // a neighbour of a verb or adjective, used as a noun
		}
		if e.cat == CatEvaluative && (usedAsVerb(s, toks, i) || e.near > 0 && neighbourAsVerb(s, toks, i)) {
			return Marker{}, 0 // "how they determined that conclusion", "to moderate a debate"
		}
		v := 2.0
		if e.tone == ToneNegative {
			v = -2
		}
		return Marker{Kind: Loaded, Start: t.start, End: t.end, Text: s[t.start:t.end],
			Lemma: e.lemma, Tone: e.tone, Valence: v, Category: e.cat}, 1
	}
	if pluralNoun(ix, toks, i) {
		return Marker{}, 0 // "cracking down on fakes": counterfeits, not a judgement
	}
	if wi.vaderStem {
		s, ok := ix.stem(lemma, func(w wordInfo) bool { return w.hasVader && !w.vaderStem })
		lemma = ""
		if ok {
			lemma = ix.key(s)
		}
	}
	w := lexWord{lemma, float64(wi.vader) / 10}
	if !wi.hasVader || !loadedVader(t.key, w) || tn.vader(w.valence) == 0 || math.Abs(w.valence) < tn.vader(w.valence) || tn.VaderPositiveShape && w.valence > 0 && !shaped(w.word) ||
		ix.sayingNoun(t.key) { // "that argument", "the complaints": what was said, reported
		return Marker{}, 0
	}
	return Marker{Kind: Loaded, Start: t.start, End: t.end, Text: s[t.start:t.end],
		Lemma: ix.vaderLemma(w), Tone: toneOf(w.valence), Valence: w.valence, Category: CatSentiment}, 1
}

// vaderLemma is the lemma of a VADER word: VADER rates many forms of one
// word apart ("attack", "attacks", "attacked"), and a marker's lemma is what
// Contrast matches, so "attacked" against "attacks" would be a framing
// difference where only the tense differs. A form whose base VADER also
// rates, the same way, takes the base as its lemma; a base rated the other
// way is another word ("heroines", "heroin").
func (ix *index) vaderLemma(w lexWord) string {
	if s, ok := ix.stem(w.word, func(b wordInfo) bool {
		return b.hasVader && !b.vaderStem && b.vader != 0 && (b.vader > 0) == (w.valence > 0)
	}); ok {
		return ix.key(s)
	}
	return w.word
}

// pluralNoun reports whether token i is the plural of a noun made from a
// word rated as a verb or adjective: an -s form whose bare form VADER or
// the lexicon also lists, not shaped as a noun, after a preposition or a
// determiner
// ("cracking down on fakes"). The plain noun names a thing, counterfeits;
// the judgement is in the verb and the adjective ("fake merchandise").
func pluralNoun(ix *index, toks []token, i int) bool {
	k := toks[i].key
	if i == 0 || len(k) < 4 || !strings.HasSuffix(k, "s") || strings.HasSuffix(k, "ss") {
		return false
	}
	p := toks[i-1].key
	if !determiners[p] && !prepositions[p] {
		return false
	}
	for _, base := range []string{k[:len(k)-1], k[:len(k)-2]} {
		if wi, ok := ix.info(base); ok && (wi.hasVader && !wi.vaderStem || wi.news > 0) && !nounEnding(base) {
			return true
		}
	}
	return false
}

// sayingNoun reports whether key is the noun of a verb of saying
// ("argument" of "argue", "complaints" of "complain"). VADER rates such a
// noun for its sense in talk ("we had an argument", a grievance), and
// news copy reports speech with it as with the verb: "laying out its
// argument that", "the arguments range from", "filed complaints". The
// verb's own forms are attribution markers, whose tone is the writer's
// choice ("argued", "complained"); the noun names what was said, as
// "statement" and "remarks" do. It is asked of VADER's words only: the
// nouns of our lexicon ("tirade", "rant") are listed for their judgement.
func (ix *index) sayingNoun(key string) bool {
	key = strings.TrimSuffix(key, "s")
	for _, n := range sayingNouns {
		stem, ok := strings.CutSuffix(key, n.cut)
		if !ok || len(stem) < 3 {
			continue
		}
		verb := strings.TrimSuffix(stem, n.drop) + n.add
		for _, e := range ix.phrases(verb) {
			if e.kind == Attribution && len(e.rest) == 0 && e.lemma == verb {
				return true
			}
		}
	}
	return false
}

// sayingNouns are the endings that make nouns of English verbs, with what
// undoes them: argu-ment, complain-t, accus-ation, confess-ion, deni-al.
var sayingNouns = []struct{ cut, drop, add string }{
	{"ment", "", "e"}, {"ment", "", ""}, {"t", "", ""}, {"ation", "", "e"}, {"ation", "", ""},
	{"ion", "", ""}, {"ial", "", "y"}, {"al", "", "e"},
}

// verbAsNoun reports whether token i, a form of the verb lemma, is the
// noun spelt the same: the bare form or its plural after a determiner or
// a possessive ("the rescue", "Obama's rescue", "his threats"). The
// vectors propose a neighbour by its meaning, not its part of speech, and
// the noun ("remarks", "rescue") names a thing where the verb would judge
// ("rescued", "threatened", any form after a subject). "That" is left
// out: it opens a clause as often ("a rule that undermines"). So are "a"
// and "an": the indefinite article opens a description, where the writer
// characterises ("a stain on America", "a sinking ship"); "the", "this"
// and a possessive refer to a thing already there ("the revolt", "Biden's
// shoulders", "his remarks").
func verbAsNoun(toks []token, i int, lemma string) bool {
	if i == 0 {
		return false
	}
	if k := toks[i].key; k != lemma && k != lemma+"s" && k != lemma+"es" {
		return false
	}
	p := toks[i-1].key
	return determiners[p] && !describing[p] || strings.HasSuffix(p, "'s") && !contractions[p]
}

// describing are the determiners after which a neighbour of a loaded verb
// keeps its marker though spelt as a noun (see verbAsNoun).
var describing = map[string]bool{"that": true, "a": true, "an": true}

// contractions are the words in 's that are not possessives.
var contractions = map[string]bool{"it's": true, "he's": true, "she's": true, "that's": true,
	"there's": true, "what's": true, "who's": true, "here's": true, "let's": true}

// nounEnding reports whether w ends as nouns do: the plural of "betrayal",
// "death" or "killer" is the noun itself, loaded or not.
func nounEnding(w string) bool {
	for _, e := range []string{"al", "tion", "sion", "ment", "ure", "ance", "ence", "ity", "th", "ness", "ism", "ist", "er", "or", "ship", "age", "cy"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// inName reports whether token i is part of a name: capitalised inside the
// sentence, or capitalised next to another capitalised word even where a
// capital is expected ("Notorious Markets" after a quotation mark,
// "Emergency Room" opening a sentence).
func inName(s string, toks []token, i int) bool {
	t := toks[i]
	if !t.capital {
		return false
	}
	if !t.initial {
		return true
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		return n.capital && !n.initial && strings.TrimSpace(s[t.end:n.start]) == ""
	}
	return false
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
	if len(e.rest) > 0 && timePrepositions[e.rest[len(e.rest)-1]] && last+1 < len(toks) &&
		(toks[last+1].number && toks[last+1].end-toks[last+1].start == 4 || calendarWords[toks[last+1].key]) {
		return false // "seized on Tuesday", "caved in 2011": a time, not the idiom's object
	}
	if e.comma && i > 0 && strings.Contains(s[toks[i-1].end:toks[i].start], ",") {
		return false
	}
	if e.infinitive && (i == 0 || toks[i-1].key != "to") {
		return false
	}
	if e.subject && !afterSubject(s, toks, i) {
		return false
	}
	if e.says && (!saysWhat(s, toks, last) || e.noun && nounBefore(s, toks, last)) {
		return false
	}
	if (e.noun || e.attributive) && i > 0 {
		p := toks[i-1].key
		if determiners[p] || strings.HasSuffix(p, "'s") || e.attributive && prepositions[p] {
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

// saysWhat reports whether what follows the verb at token v is what was
// said: nothing (", he claimed."), punctuation or a quotation (`claimed:
// "..."`, "claimed, without evidence,"), a clause ("claimed that",
// "claimed to", "claimed he", "claimed the deal was fair", "claimed
// Monday that"), or a preposition ("claimed in an interview"). A noun
// phrase with no verb of its own up to the clause's end is the object of
// the verb's other sense: "the standings have claimed another coach",
// "claimed her life", "maintained its lead". A verb is a form that only
// a verb takes: an auxiliary or modal, a negated one ("didn't"), an -ed
// form not straight after a determiner or a preposition ("the much-needed
// win" is an adjective), or an -s form with more of the clause after it ("the
// president offers little"; a plural ends its noun phrase: "their
// historic façades."). Where in doubt it answers true, the marker as
// before.
func saysWhat(s string, toks []token, v int) bool {
	if v >= 2 && relatives[toks[v-2].key] && subjects[toks[v-1].key] {
		return true // "which some claim laid the foundations": what was said moved before the verb
	}
	j := v + 1
	if j >= len(toks) || strings.TrimSpace(s[toks[v].end:toks[j].start]) != "" {
		return true
	}
	if k := toks[j].key; clauseOpeners[k] || prepositions[k] {
		return true
	}
	for m := j; m < len(toks) && m <= j+2; m++ {
		if m > j && strings.TrimSpace(s[toks[m-1].end:toks[m].start]) != "" {
			break
		}
		if stanceNouns[toks[m].key] {
			return true // "maintained her innocence", "claimed credit"
		}
	}
	for m := j; m < len(toks) && m <= j+clauseReach; m++ {
		if m > j {
			if gap := strings.TrimSpace(s[toks[m-1].end:toks[m].start]); gap != "" {
				return strings.ContainsAny(gap, "\"“”'‘’") // `claimed Obama "has ...`
			}
		}
		k := toks[m].key
		if k == "that" && m > j || auxiliaries[k] || strings.HasSuffix(k, "n't") {
			return true
		}
		// not a noun's: after a determiner or a preposition ("the
		// much-needed win", "in hopes"), or capitalised ("Species Act")
		after := !determiners[toks[m-1].key] && !prepositions[toks[m-1].key] && !toks[m].capital
		if after && len(k) > 4 && strings.HasSuffix(k, "ed") {
			return true
		}
		if after && len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "'s") &&
			m+1 < len(toks) && strings.TrimSpace(s[toks[m].end:toks[m+1].start]) == "" && !prepositions[toks[m+1].key] {
			return true
		}
	}
	return false
}

// clauseReach is how many words after the verb saysWhat looks for the
// verb of a clause: a subject of a few words ("the sitting president").
const clauseReach = 6

// clauseOpeners open what was said straight after a verb of saying: a
// complementiser, an infinitive, a wh-word, or a subject pronoun ("claimed
// he", not "claimed him").
var clauseOpeners = map[string]bool{
	"that": true, "to": true, "if": true, "whether": true, "how": true, "why": true, "what": true,
	"when": true, "where": true, "who": true, "i": true, "he": true, "she": true, "we": true,
	"they": true, "you": true, "there": true,
}

// auxiliaries are the verbs a clause's verb phrase opens with.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "am": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "shall": true, "should": true,
	"may": true, "might": true, "must": true, "it's": true,
}

// relatives and subjects: after "which some", "who they", the verb's
// clause has moved before it ("which some claim laid the foundations",
// "whom they claimed were responsible"), whatever follows.
var (
	relatives = map[string]bool{"which": true, "who": true, "whom": true, "that": true}
	subjects  = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "you": true,
		"some": true, "many": true, "others": true, "most": true, "few": true}
)

// usedAsVerb reports whether token i, an adjective or adverb of the
// lexicon, is written as a verb spelt the same: a past form straight after
// a subject pronoun ("how they determined that conclusion", "the joy she
// experienced"); the adjective needs a verb between ("they were
// determined"). The adjective judges; the verb ("determine": find out,
// "experience": live through) names an act.
//
// A bare form after "to" or a modal with an object ("plans to moderate a
// debate") is also the verb, but is left marked: the verb made of a
// judging adjective often judges as the adjective does ("threatens to
// muddy the waters", a BASIL span), and WordNet's senses are not at hand
// here to tell the two apart.
func usedAsVerb(s string, toks []token, i int) bool {
	if i == 0 || strings.TrimSpace(s[toks[i-1].end:toks[i].start]) != "" {
		return false
	}
	return subjectPronouns[toks[i-1].key] && strings.HasSuffix(toks[i].key, "ed")
}

// subjectPronouns are the pronouns only a subject takes.
var subjectPronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true}
