package framing

import (
	"math"
	"strings"
)

// match and the context rules it asks: which entry of the index, or
// which lexicon word, a token starts, and whether its context rules it
// out (a name, a determiner, a noun where the verb judges).

// match returns the marker starting at token i and how many tokens it
// takes, or 0 when none starts there. With names set, a word capitalised
// inside the sentence is a name and starts no marker.
func (ix *index) match(s string, toks []token, i int, names bool, tn Tuning) (Marker, int) {
	t := toks[i]
	if names && inName(s, toks, i) {
		return Marker{}, 0 // Theresa May, Washington State, "Notorious Markets"
	}
	slot, found := ix.find(t.key)
	lo, hi := ix.phrasesAt(slot, found)
	for j := lo; j < hi; j++ {
		if !ix.nextFits(j, toks, i) {
			continue // what fits would find first, before the entry is built
		}
		e := ix.entry(j)
		if !e.fits(s, toks, i) || e.cat == CatSentiment && (tn.vader(e.valence) == 0 || math.Abs(e.valence) < tn.vader(e.valence)) ||
			e.kind == Loaded && e.cat != CatSentiment && (!tn.News || !tn.uses(e.set)) ||
			e.kind == Intensifier && len(e.rest) == 0 && ranksAmong(s, toks, i) {
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
	for j := lo; j < hi; j++ {
		if e := ix.entry(j); len(e.rest) == 0 && e.kind != Loaded {
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
	if chargeWording(s, toks, i, wi.news == 0) {
		return Marker{}, 0 // "charged with willful, deliberate, premeditated murder": the law's words
	}
	if e := ix.newsEntry(int(wi.news) - 1); wi.news > 0 && e.near > 0 && e.cat == CatEvaluative && !asWritten {
		// An adjective or adverb the vectors proposed has no inflections
		// (buildIndex gives it none): a form that only stems to it is
		// another word, a noun's or a verb's ("fishing" is no form of
		// "fish", proposed beside "wild").
		wi.news = 0
	}
	if e := ix.newsEntry(int(wi.news) - 1); wi.news > 0 && tn.News && tn.uses(e.set) && tn.admits(&e) {
		if e.near > 0 && e.cat != CatLabel && pluralNoun(ix, toks, i) ||
			e.near > 0 && e.cat == CatLoadedVerb && verbAsNoun(toks, i, e.lemma) {
			return Marker{}, 0 // a neighbour of a verb or adjective, used as a noun
		}
		if e.cat == CatFactive && foundThing(s, toks, i) {
			return Marker{}, 0 // "the body was discovered by residents": the finding, no proposition
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
		lo, hi := ix.phrases(verb)
		for j := lo; j < hi; j++ {
			if e := ix.entry(j); e.kind == Attribution && len(e.rest) == 0 && e.lemma == verb {
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
	if e.kind == Intensifier && len(e.rest) == 1 && e.rest[0] == "of" && last+1 < len(toks) && toks[last+1].upper {
		return false // "the Sea of Japan", "Mountains of Mourne": a place's name, not a figure of quantity
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
	if e.kind == Attribution && e.tone == ToneConcession && foretold(toks, i) {
		return false // "You'll be sorry": a warning of regret to come, no one's apology
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

// foretold reports whether token i comes after a future or conditional
// "be" ("will be", "you'll be", "would be", "won't be"): a concession
// word there tells of a regret to come, a warning ("You'll be sorry",
// "they will be sorry they crossed us") or a wish ("I would be sorry to
// lose him"), and concedes nothing done. An apology is told in the
// present or the past ("I'm sorry", "she was sorry").
func foretold(toks []token, i int) bool {
	if i < 2 || toks[i-1].key != "be" {
		return false
	}
	k := toks[i-2].key
	return futureAux[k] || strings.HasSuffix(k, "'ll") || strings.HasSuffix(k, "'d")
}

// futureAux are the auxiliaries of the future and the conditional.
var futureAux = map[string]bool{"will": true, "shall": true, "would": true, "won't": true,
	"wouldn't": true, "should": true, "might": true, "may": true, "gonna": true}
