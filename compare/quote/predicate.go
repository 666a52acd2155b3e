package quote

import (
	"strings"
	"unicode/utf8"
)

// predicateQuote reports whether fragment r is the rest of its sentence
// from its verb on, quoted whole: `a group of managers who "are alleged to
// be both discriminators and victims."`, `The governor stopped by and
// "told an assistant pastor that she apologizes …"`. Such words are
// someone's statement set into the writer's clause, not a scare quote: they
// follow "who", "and" or "but", run six words or more and end the sentence
// with its own mark inside the quotation's.
func (d *doc) predicateQuote(r rawQuote, c context) bool {
	if len(r.parts) != 1 {
		return false
	}
	o := d.tokAt(r.open) - 1
	for o >= 0 && !d.toks[o].word && d.toks[o].s >= r.open-1 {
		o--
	}
	if o < 0 || d.toks[o].quoted {
		return false
	}
	if w := d.word(o); w != "who" && w != "and" && w != "but" {
		return false
	}
	p := r.parts[0]
	if k := d.tokAt(p.Start); d.tokAt(p.End)-k < 6 || d.wordsIn(k, d.tokAt(p.End)) < 6 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.text[p.Start:p.End], "'’ "))
	if !strings.ContainsRune(".!?", last) {
		return false
	}
	s, e := trimSpan(d.text, r.closeEnd, c.sent.End)
	return e <= s
}

// wordsIn counts the word tokens in [from, to).
func (d *doc) wordsIn(from, to int) int {
	n := 0
	for k := from; k < to && k < len(d.toks); k++ {
		if d.toks[k].word {
			n++
		}
	}
	return n
}
