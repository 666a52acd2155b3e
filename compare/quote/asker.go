package quote

import "strings"

// objectIs reports whether the object of verb v is the person name: "the
// congressman" the article gave that person's role, or their name.
func (d *doc) objectIs(v int, name string) bool {
	k := v + 1
	if k+1 < len(d.toks) && d.word(k) == "the" && !d.toks[k+1].upper && titles.has(d.word(k+1)) {
		m, ok := d.titledBefore(d.toks[k].s, d.word(k+1))
		return ok && d.ments[m].name == name
	}
	if to, ok := d.runAfter(k, len(d.toks)); ok {
		return d.named(k, to).name == name
	}
	return false
}

// describedOpener reads a subject known by description opening the clause
// at token j, before k: "after the man approached the congressman and
// asked" is the man's question, not the sentence subject's.
func (d *doc) describedOpener(j, k int) (subject, bool) {
	if w := d.word(j); w != "the" && w != "a" && w != "an" {
		return subject{}, false
	}
	for h := j + 1; h < k && h < j+5 && d.toks[h].word && !d.toks[h].quoted && !d.toks[h].upper; h++ {
		if w := d.word(h); personNouns.has(w) || orgNouns.has(w) || descNouns.has(w) {
			return d.nounBefore(j, d.headNoun(h, k))
		}
		if d.isVerb(h) || clauseWords.has(d.word(h)) || functionWords.has(d.word(h)) || determiners.has(d.word(h)) {
			break // "a student approached the congressman": not the congressman
		}
	}
	return subject{}, false
}

// askedBy reads a question quoted after "Asked by X," opening its
// sentence, the answer's cue after it: `Asked by one of Ms. Rice's aides,
// "Is this the final language you want to use," Mr. Rhodes replied` is
// the aide's question. Only words that ask (opening with a verb of asking
// or a question word, or ending in a question mark) are the asker's: in
// `Asked by a reporter whether he would run, "No," Mr. Reed said` the
// words answer.
func (d *doc) askedBy(r rawQuote, c context) (attribution, bool) {
	lo, open := d.tokAt(c.sent.Start), d.tokAt(r.open)
	if d.word(lo) != "asked" || d.word(lo+1) != "by" || !d.question(r) {
		return attribution{}, false
	}
	k := open - 1
	for k > lo && !d.toks[k].word && d.punct(k) != "," {
		k--
	}
	if d.punct(k) != "," || k <= lo+2 {
		return attribution{}, false
	}
	for j := lo + 2; j < k; j++ {
		if d.toks[j].quoted || d.isVerb(j) || clauseWords.has(d.word(j)) && d.word(j) != "of" {
			return attribution{}, false // "Asked by a reporter whether …"
		}
	}
	s, ok := d.subjectAfter(lo+2, k)
	if !ok || s.name == "" {
		s = subject{from: lo + 2, to: k, name: lowerFirst(d.spanText(lo+2, k)), ss: d.toks[lo+2].s, se: d.toks[k-1].e}
	}
	return attribution{subject: s, cue: "asked", found: true, adjacent: true}, true
}

// question reports whether a quotation's words ask: a question mark at
// their end, or a verb or question word opening them.
func (d *doc) question(r rawQuote) bool {
	last := r.parts[len(r.parts)-1]
	if strings.HasSuffix(strings.TrimRight(d.text[last.Start:last.End], " ,"), "?") {
		return true
	}
	switch d.word(d.tokAt(r.parts[0].Start)) {
	case "is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should", "have", "has",
		"what", "why", "how", "who", "when", "where", "which":
		return true
	}
	return false
}
