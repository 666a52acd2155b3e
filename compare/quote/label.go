package quote

import (
	"strings"
	"unicode/utf8"
)

// labelQuote reports whether a quotation of three words or more stands
// before a plural noun as the kind of things that noun names: `another
// round of "I just might …" threats`, `a flurry of "now the Yankees have
// to get him" comments`. The writer sums up what such remarks say in
// words of their own; nobody is quoted saying them, however the sentence
// goes on ("Mr. Trump's statement … seemed certain to open the door to
// another round of …"), so the quotation is given no speaker. It stays a
// quotation, not a scare quote of the outlet's framing: that would move
// the framing's fit on BASIL for one phrase.
func (d *doc) labelQuote(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	p := r.parts[0]
	inner := strings.TrimRight(d.text[p.Start:p.End], " '’\"”")
	if strings.ContainsAny(d.text[p.End:r.closeEnd], ",.;:!?") || strings.ContainsAny(lastChar(inner), ",.;:!?") {
		return false // `"…," X said`: words said end at a mark
	}
	words, last := 0, -1
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		if d.toks[i].word {
			words, last = words+1, i
		}
	}
	if words < 3 || last >= 0 && (prepositions.has(d.word(last)) || titleGlue.has(d.word(last)) || clauseWords.has(d.word(last))) {
		return false // `the "provider passes that reduction along to" patients`
	}
	before, after := d.tokAt(r.open)-1, d.tokAt(r.closeEnd)
	if w := d.word(before); w == "that" || w != "of" && !determiners.has(w) && w != "another" && w != "his" && w != "her" && w != "their" && w != "its" {
		return false
	}
	if after >= len(d.toks) || !d.toks[after].word || d.toks[after].upper || d.toks[after].s > r.closeEnd+1 {
		return false
	}
	// After "of" the noun is no verb: `a flurry of "…" comments`.
	n := d.word(after)
	if len(n) < 4 || !strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss") || prepositions.has(n) || clauseWords.has(n) ||
		auxiliaries.has(n) || speechVerbs.has(n) && d.word(before) != "of" || pronouns.has(n) || skippable.has(n) || d.adverb(after) ||
		timeUnits(n) {
		return false
	}
	// The noun ends its phrase: a mark, a preposition or a clause word
	// follows it, not a verb it would be the subject of.
	next := after + 1
	return next >= len(d.toks) || !d.toks[next].word || prepositions.has(d.word(next)) || clauseWords.has(d.word(next))
}

// timeUnits reports whether a plural noun is a length of time: after a
// quotation it dates the words ("accused Jones of \"playing politics\"
// hours after the vote"), it names no kind of remarks (review-r22).
func timeUnits(n string) bool {
	switch n {
	case "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries":
		return true
	}
	return false
}

func lastChar(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}
