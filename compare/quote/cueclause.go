package quote

import "strings"

// opensClause reports whether verb v opens its clause: it follows the
// window's start, punctuation or an adverb only.
func (d *doc) opensClause(lo, v int) bool {
	k := v - 1
	for k >= lo && d.toks[k].word && d.adverb(k) {
		k--
	}
	if k < lo {
		return true
	}
	switch d.punct(k) {
	case ",", "—", "―", "–", "-", ":", "(", "\"", "“", "”":
		return true
	}
	return false
}

// clauseSubject reads, for a verb joined by "and" or "but", the subject
// of a subordinate clause it continues: "Christie described Clinton as a
// disgrace after she attacked officers and blamed shootings on ..." is
// her blaming. Only clauses opened by a word of time or cause count; a
// "that" clause is as often the main verb's.
func (d *doc) clauseSubject(lo, v int) (subject, bool) {
	k := v - 1
	for k >= lo && d.toks[k].word && d.adverb(k) {
		k--
	}
	if w := d.word(k); w != "and" && w != "but" {
		return subject{}, false
	}
	for j := k - 1; j > lo && k-j < 20; j-- {
		if d.isStop(j) || d.toks[j].quoted {
			break
		}
		if !subordinators.has(d.word(j - 1)) {
			continue
		}
		// "After Scotto finished, Grimm stormed back and said": the
		// clause is closed by a comma and the verb continues the clause
		// that follows it, whose subject is its own.
		for c := d.commaIn(j, k); c > 0; c = d.commaIn(c+1, k) {
			if s, ok := d.clauseOpener(c+1, k); ok {
				return s, true
			}
		}
		if pronouns.has(d.word(j)) {
			return d.pronounSubject(j), true
		}
		if to, ok := d.runAfter(j, k); ok {
			if s := d.named(j, to); s.name != "" {
				return s, true
			}
		}
		if s, ok := d.describedOpener(j, k); ok {
			return s, true
		}
	}
	return subject{}, false
}

// clauseOpener reads the subject of a clause opening at token i, before
// k: a pronoun or a name followed by a lower-case word (its verb), not an
// appositive or a list of names.
func (d *doc) clauseOpener(i, k int) (subject, bool) {
	if i >= k || !d.toks[i].word || d.toks[i].quoted {
		return subject{}, false
	}
	if pronouns.has(d.word(i)) {
		return d.pronounSubject(i), true
	}
	to, ok := d.runAfter(i, k)
	if !ok || to >= k || !d.toks[to].word || d.toks[to].upper || d.toks[to].quoted {
		return subject{}, false
	}
	if s := d.named(i, to); s.name != "" {
		return s, true
	}
	return subject{}, false
}

// sharesSubject reports whether verb v, without a subject before it, takes
// the subject of its sentence: after "and", "but", "then", "to" or a
// preposition of time or manner ("despite admitting", "before adding"), or
// as a participle after a comma (", saying").
func (d *doc) sharesSubject(lo, v int) bool {
	k := v - 1
	for k >= lo && d.toks[k].word && (d.adverb(k) || d.word(k) == "also") {
		k--
	}
	if k < lo {
		return false
	}
	if j := d.dateBack(lo, k); j < k && j >= lo {
		k = j // "and on April 6, 2007, said"
	}
	if sharing.has(d.word(k)) {
		return true
	}
	if j, ok := d.phraseOfTime(lo, k); ok && (d.word(j) == "and" || d.word(j) == "but") {
		return true // "but at the same time acknowledged"
	}
	if strings.HasSuffix(d.word(v), "ing") && (d.punct(k) == "," || d.punct(k) == "—") {
		return true
	}
	// "A government official downplayed the unrest saying that …": a
	// participle of saying with its "that", after a noun in lower case.
	return strings.HasSuffix(d.word(v), "ing") && sayVerbs.has(d.word(v)) && d.word(v+1) == "that" && d.toks[k].word && !d.toks[k].upper && !d.toks[k].quoted
}

// phraseOfTime steps back over a short phrase in lower case opened by "at"
// or "in" and ending at token k ("at the same time", "in the same
// breath"), and the adverbs before it; j is the token before them.
func (d *doc) phraseOfTime(lo, k int) (j int, ok bool) {
	for p := k; p >= lo && p > k-4; p-- {
		if !d.toks[p].word || d.toks[p].upper || d.toks[p].quoted {
			return 0, false
		}
		if w := d.word(p); w == "at" || w == "in" {
			j = p - 1
			for j >= lo && d.toks[j].word && d.adverb(j) {
				j--
			}
			return j, j >= lo && p < k
		}
	}
	return 0, false
}

// modifierWords reports whether tokens [from, to) may modify the role of
// the name after them: words that are neither cue verbs, pronouns nor
// clause words ("panel", "Tulsa police").
func (d *doc) modifierWords(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if !t.word || t.quoted || speechVerbs.has(d.word(k)) || pronouns.has(d.word(k)) || clauseWords.has(d.word(k)) || capStops.has(d.word(k)) {
			return false
		}
	}
	return true
}

// plainWords reports whether tokens [from, to) are lower-case words that
// are neither cue verbs nor pronouns.
func (d *doc) plainWords(from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if !t.word || t.upper || t.quoted || speechVerbs.has(d.word(k)) || pronouns.has(d.word(k)) || clauseWords.has(d.word(k)) {
			return false
		}
	}
	return true
}

// onlyGlue reports whether tokens [i, hi) are punctuation or "that".
func (d *doc) onlyGlue(i, hi int) bool {
	for ; i < hi; i++ {
		if d.toks[i].word && d.word(i) != "that" {
			return false
		}
	}
	return true
}

// cuePhrase returns the cue verb with what completes it ("told reporters",
// "said in a statement") looked for from token k, and the token after it.
func (d *doc) cuePhrase(v, k, hi int) (string, int) {
	cue := d.word(v)
	switch cue {
	case "told", "tells", "tell", "telling":
		switch {
		case k < hi && audiences.has(d.word(k)):
			cue, k = cue+" "+d.word(k), k+1
		case k+1 < hi && d.word(k) == "the" && audiences.has(d.word(k+1)):
			cue, k = cue+" the "+d.word(k+1), k+2
		case k < hi && d.isName(k):
			j := k + 1
			for j < hi && j < k+4 && (d.isName(j) || d.connects(j, hi)) {
				j++
			}
			if j >= hi || !d.isPossessive(j) {
				cue, k = cue+" "+d.spanText(k, j), j
			}
		}
	}
	j := k
	for j < hi && skippable.has(d.word(j)) {
		j++
	}
	switch w := d.word(j); {
	case w == "in" && (d.word(j+1) == "a" || d.word(j+1) == "an"):
		for e := j + 2; e < hi && e < j+5; e++ {
			if statementNouns.has(d.word(e)) {
				return cue + " " + lower(d.spanText(j, e+1)), e + 1
			}
		}
	case (w == "with" || w == "in") && d.fewWords(j+1, hi) > 0:
		e := d.fewWords(j+1, hi)
		return cue + " " + lower(d.spanText(j, e)), e
	case cue == "put" && w == "it", goForms.has(cue) && w == "on", strings.HasPrefix(cue, "point") && w == "out":
		return cue + " " + w, j + 1
	case w == "on" && (d.word(j+1) == "twitter" || d.word(j+1) == "facebook" || d.word(j+1) == "instagram"):
		return cue + " " + d.spanText(j, j+2), j + 2
	}
	return cue, k
}

// fewWords returns the token after "a single word", "one word", "two
// words" opening at token k ("replied with a single word: "Yup.""), or 0:
// the count of the words said, part of the cue.
func (d *doc) fewWords(k, hi int) int {
	for e := k; e < hi && e < k+4; e++ {
		switch d.word(e) {
		case "word", "words":
			if e > k {
				return e + 1
			}
			return 0
		case "a", "an", "one", "two", "three", "four", "five", "single", "just", "only", "few", "simple", "short", "terse", "curt", "blunt", "brief":
		default:
			return 0
		}
	}
	return 0
}

// namedObjectBefore finds, in the clause before the quotation at token
// hi, the nearest cue noun that a verb names or judges by the quotation
// (namedObject), past any quotation between them.
func (d *doc) namedObjectBefore(lo, hi int) (attribution, bool) {
	for v := hi - 1; v > lo && !d.isStop(v); v-- {
		if w := d.word(v); !d.toks[v].word || d.toks[v].quoted || d.toks[v].upper ||
			!cueNouns.has(w) && !statementNouns.has(w) && !d.isVerb(v) {
			continue
		}
		if a, ok := d.namedObject(lo, v, hi); ok {
			return a, true
		}
	}
	return attribution{}, false
}

// namedObject reads the cue of a verb that names or judges the cue noun at
// token v, its object, when the quotation at token hi is what it names it:
// "The campaign called a Ledger report … an "outrageous distortion"",
// "disputed a report in the Ledger as an "outrageous distortion"". The
// words are the verb's subject's, not the report's.
func (d *doc) namedObject(lo, v, hi int) (attribution, bool) {
	u := d.verbOfObject(lo, v)
	if u < 0 || !namingVerbs.has(d.word(u)) && !d.asBefore(v+1, hi) || d.verbBetween(v, hi) {
		return attribution{}, false
	}
	b, ok := d.verbCue(lo, u, v, true)
	if !ok || b.name == "" {
		return attribution{}, false
	}
	b.adjacent = false
	return b, true
}

// verbOfObject returns the cue verb whose object is the noun at token v,
// past the noun's article and the name of its owner ("called a Ledger
// report", "disputed the report"), or -1.
func (d *doc) verbOfObject(lo, v int) int {
	u := v - 1
	for u >= lo && u > v-6 && d.toks[u].word && !d.toks[u].quoted && d.toks[u].upper && !d.isVerb(u) {
		u-- // the owner's name: "a New York Times report"
	}
	if u < lo || !determiners.has(d.word(u)) || d.word(u) == "that" {
		return -1
	}
	if u--; u >= lo && !d.toks[u].upper && (d.isVerb(u) || asVerb(d.word(u))) {
		return u
	}
	return -1
}

// asVerb reports whether w, no verb of speech, passes judgement on its
// object when "as" follows: "disputed the report as an "outrage"",
// "portrayed the plan as "a giveaway"".
func asVerb(w string) bool {
	switch w {
	case "dispute", "disputes", "disputed", "disputing", "reject", "rejects", "rejected", "rejecting",
		"portray", "portrays", "portrayed", "portraying", "depict", "depicts", "depicted", "depicting":
		return true
	}
	return false
}

// asBefore reports whether the words [from, hi) before a quotation end in
// "as" and perhaps an article: "disputed the report as an "outrage"".
func (d *doc) asBefore(from, hi int) bool {
	k := hi - 1
	for k >= from && !d.toks[k].word {
		k--
	}
	if k >= from && (d.word(k) == "a" || d.word(k) == "an" || d.word(k) == "the") {
		k--
	}
	return k >= from && d.word(k) == "as"
}

// verbBetween reports whether a cue verb stands between token v and the
// quotation at token hi, after any quotation between them: "a report
// showing him saying he had served "at sea"" quotes what he said, not
// what the report is called.
func (d *doc) verbBetween(v, hi int) bool {
	for k := hi - 1; k > v && !d.toks[k].quoted; k-- {
		if d.isVerb(k) {
			return true
		}
	}
	return false
}

// personShownSaying reads the person a participle at token v follows past a
// place: "video of him at a 2008 event saying", "shows Hale at a rally
// saying". The one shown speaks, not the video or the one showing it.
func (d *doc) personShownSaying(lo, v int) (subject, bool) {
	p := v - 1
	for p >= lo && p > v-7 && d.toks[p].word && !d.toks[p].quoted && !placeBefore(d.word(p)) {
		p--
	}
	if p-1 < lo || !placeBefore(d.word(p)) || !d.toks[p-1].word {
		return subject{}, false
	}
	o := p - 1
	switch d.word(o) {
	case "him", "her":
		sx := male
		if d.word(o) == "her" {
			sx = female
		}
		if s := d.resolvedPerson(o, o, sx); s.name != "" {
			return s, true
		}
		return subject{}, false
	}
	if from, ok := d.runBefore(lo, o); ok {
		if m := d.mentionOver(d.toks[o].s); m >= 0 && d.ments[m].kind == person {
			return d.named(from, o+1), true
		}
	}
	return subject{}, false
}
