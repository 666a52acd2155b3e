package compare

import (
	"strings"
	"unicode"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/textsim"
)

// Whether a hedge says the writer is unsure (epistemic), and what it
// governs: the clause after it, or before it when it closes its clause
// (clauseStems), and that clause's content words.

// sentenceHas reports whether the sentence around mk holds one of words.
func sentenceHas(text string, mk Marker, words ...string) bool {
	start, end := mk.Start, mk.End
	for start > 0 && !strings.ContainsRune(".!?\n", rune(text[start-1])) {
		start--
	}
	for end < len(text) && !strings.ContainsRune(".!?\n", rune(text[end])) {
		end++
	}
	for _, w := range textsim.Tokens(text[start:end]) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// anyHedge reports whether member m's sentences hedge at all: any hedge
// or scare quotes, the outlet's or inside quotation marks ("could be
// abused", a speaker's hedge the outlet quotes), "could" before any verb.
// Such a member does not state the fact flatly; the filters that keep a
// hedge from counting serve precision on the hedging side only.
func anyHedge(a Article, m Member) bool {
	for _, s := range m.Sentences {
		if s < 0 || s >= len(a.Sentences) {
			continue
		}
		for _, mk := range a.Sentences[s].Framing {
			if mk.Kind == string(framing.Hedge) {
				return true
			}
		}
	}
	return false
}

// about reports whether most of a hedged clause's content words are in
// the other member: the hedge is about the fact they share.
func about(scope, other map[string]bool) bool {
	if len(scope) == 0 {
		return false
	}
	n := 0
	for s := range scope {
		if other[s] {
			n++
		}
	}
	return 2*n >= len(scope)
}

// epistemic reports whether the hedge mk, in the article's text, says the
// writer is unsure, by the rules in this file's comment.
func epistemic(text string, mk Marker) bool {
	lemma := strings.ToLower(mk.Lemma)
	next := wordAfter(text, mk.End)
	prev := wordBefore(text, mk.Start)
	switch lemma {
	case "may", "could", "might":
		if sentenceHas(text, mk, "if", "unless") || next == "have" && wordAfter(text, mk.End+strings.Index(text[mk.End:], "have")+4) == "to" {
			// "might be alive if…", "might have to trade": a condition
			// or an obligation, no doubt about a fact
			return false
		}
		if next == "be" {
			// "flames could be seen": what could be perceived, no doubt
			switch wordAfter(text, mk.End+strings.Index(text[mk.End:], "be")+2) {
			case "seen", "heard", "felt", "spotted", "found", "smelled", "viewed", "watched":
				return false
			}
		}
		return next == "have" || next == "be" || next == "well"
	case "perhaps", "possibly":
		// "perhaps the most memorable", "possibly the world's biggest":
		// it hedges a judgement, not the fact
		return next != "the"
	case "likely", "unlikely":
		switch next {
		case "to", "be", "have", "that":
			return true
		}
		switch prev {
		case "will", "would", "most", "very", "more", "is", "are", "was", "were", "be", "quite", "highly":
			return true
		}
		return false
	case "suspected":
		switch prev {
		case "the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "two", "three":
			return true
		}
		return false
	}
	return true
}

// wordAfter is the lower-cased word starting after offset i, "" at a
// clause break.
func wordAfter(text string, i int) string {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	k := j
	for k < len(text) && (isWordByte(text[k])) {
		k++
	}
	return strings.ToLower(text[j:k])
}

// wordBefore is the lower-cased word ending before offset i.
func wordBefore(text string, i int) string {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isWordByte(text[k-1]) {
		k--
	}
	return strings.ToLower(text[k:j])
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-' || c >= 0x80
}

// clauseStems are the content stems of the clause the hedge governs: the
// words after it up to a clause break or opener (eight at most), its
// predicate; or, when it closes its clause ("…, reportedly."), the eight
// words before it. A shared subject alone ("Michael Steele's End Could Be
// Near" against "Michael Steele announces…") is not the same claim.
func clauseStems(text string, mk Marker) (map[string]bool, string, string) {
	end := mk.End
	for end < len(text) && end-mk.End < 120 && !strings.ContainsRune(",;:.!?()\"“”\n", rune(text[end])) {
		end++
	}
	// "arson is suspected in the burning of the church": a passive
	// suspicion hedges its subject; what follows is the shared fact.
	passive := strings.EqualFold(mk.Lemma, "suspected") && beForms[wordBefore(text, mk.Start)]
	if s := contentStems(clauseHead(text[mk.End:end]), 8); len(s) > 0 && !passive {
		w := firstContent(clauseHead(text[mk.End:end]))
		return s, textsim.Stem(w), w
	}
	start := mk.Start
	for start > 0 && mk.Start-start < 120 && !strings.ContainsRune(";:.!?()\"“”\n", rune(text[start-1])) {
		start--
	}
	s := map[string]bool{}
	// The hedge ends its clause ("and arson was suspected."): it governs
	// that clause's subject, not the clause before ("the church was
	// burned, and arson was suspected" hedges the arson, not the fire).
	words := textsim.Tokens(clauseTail(strings.TrimRight(text[start:mk.Start], ", ")))
	head, headWord := "", ""
	for i := len(words) - 1; i >= 0 && len(s) < 8; i-- {
		w := words[i]
		if len(w) < 3 || functionWords[w] {
			continue
		}
		if r := []rune(w)[0]; !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if head == "" {
			head, headWord = textsim.Stem(w), w
		}
		s[textsim.Stem(w)] = true
	}
	return s, head, headWord
}

// firstContent is text's first content word, "" if none.
func firstContent(text string) string {
	for _, w := range textsim.Tokens(text) {
		if len(w) >= 3 && !functionWords[w] {
			if r := []rune(w)[0]; unicode.IsLetter(r) || unicode.IsDigit(r) {
				return w
			}
		}
	}
	return ""
}

// beForms are the forms of "be" before a passive.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// clauseHead is text up to the first word that opens another clause
// ("will likely die in prison after the judge…": the hedge is about dying
// in prison, not the sentence).
func clauseHead(text string) string {
	i := 0
	for i < len(text) {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if i > 0 && clauseOpeners[strings.ToLower(text[i:j])] {
			return text[:i]
		}
		i = j
	}
	return text
}

// clauseTail is text after its last clause break: a comma or a word that
// opens a clause (clauseOpeners).
func clauseTail(text string) string {
	if i := strings.LastIndexByte(text, ','); i >= 0 {
		text = text[i+1:]
	}
	tail := text
	for i := 0; i < len(text); {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if clauseOpeners[strings.ToLower(text[i:j])] {
			tail = text[j:]
		}
		i = j
	}
	return tail
}

// clauseOpeners begin a clause of their own after a hedged one.
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "after": true, "before": true, "because": true, "while": true,
	"when": true, "if": true, "since": true, "although": true, "though": true, "which": true,
	"who": true, "whereas": true, "until": true, "unless": true, "so": true, "or": true,
}

// contentStems are the stems of text's content words (three letters or
// more, not a function word), the first limit[0] of them when given.
func contentStems(text string, limit ...int) map[string]bool {
	out := map[string]bool{}
	for _, w := range textsim.Tokens(text) {
		if len(limit) > 0 && len(out) >= limit[0] {
			break
		}
		if len(w) < 3 || functionWords[w] {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		out[textsim.Stem(w)] = true
	}
	return out
}

// functionWords are left out of a clause's content: they say nothing of
// which fact it is.
var functionWords = map[string]bool{
	"the": true, "and": true, "but": true, "for": true, "with": true, "that": true, "this": true,
	"from": true, "into": true, "have": true, "has": true, "had": true, "been": true, "being": true,
	"was": true, "were": true, "are": true, "will": true, "would": true, "may": true, "might": true,
	"could": true, "should": true, "can": true, "its": true, "his": true, "her": true, "their": true,
	"they": true, "them": true, "who": true, "which": true, "what": true, "when": true, "where": true,
	"than": true, "then": true, "there": true, "also": true, "not": true, "said": true, "says": true,
	"about": true, "after": true, "before": true, "over": true, "some": true, "more": true, "most": true,
	"all": true, "any": true, "one": true, "out": true, "our": true, "you": true, "she": true,
	"him": true, "did": true, "does": true, "just": true, "very": true, "such": true, "other": true,
	"well": true, "according": true, "sources": true,
}
