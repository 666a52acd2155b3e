package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paraphrased reports whether sentence, which has no quotation marks, gives
// q's words as a paraphrase: it holds at least 60% of q's content words
// (and at least three of them, or all when q has fewer).
func Paraphrased(q Quote, sentence string) bool {
	return NewParaphraser(q).Paraphrases(sentence)
}

// A Paraphraser is Paraphrased for one quote and many sentences: the
// quote's content words are found once.
type Paraphraser struct {
	qw    map[string]bool
	names map[string]bool // content words of the names in the quote and of its speaker
}

// NewParaphraser finds q's content words.
func NewParaphraser(q Quote) Paraphraser {
	return Paraphraser{contentWords(q.Text), nameWords(q.Text, q.Speaker)}
}

// Paraphrases is Paraphrased(q, sentence) for the Paraphraser's quote. One
// of the words shared must be the quote's own, not a name: a sentence about
// "the Republican Party" does not give Beck's "I have not heard people in
// the Republican Party admit yet that they have a problem".
func (p Paraphraser) Paraphrases(sentence string) bool {
	if strings.ContainsAny(sentence, "\"“”„«»") {
		return false
	}
	if len(p.qw) == 0 {
		return false
	}
	sw := contentWords(sentence) // once, for Shared's count and SharedOwn's
	shared, of := p.sharedIn(sw), len(p.qw)
	return shared >= min(3, of) && float64(shared) >= 0.6*float64(of) && p.ownIn(sw) > 0
}

// SharedOwn returns how many of the quote's content words sentence holds
// that are no name: the names a quote mentions ("Chairman Steele",
// "Afghanistan", "the Tea Party") and its speaker's are the story's, and
// any sentence about the speaker holds them.
func (p Paraphraser) SharedOwn(sentence string) int { return p.ownIn(contentWords(sentence)) }

// ownIn is SharedOwn over a sentence's content words.
func (p Paraphraser) ownIn(sw map[string]bool) int {
	n := 0
	for w := range sw {
		if p.qw[w] && !p.names[w] {
			n++
		}
	}
	return n
}

// nameWords returns the content words of the names in text, capitalised
// words that do not open a sentence ("Republican Party", "NEW MOON"), and
// of the speaker.
func nameWords(text, speaker string) map[string]bool {
	out := contentWords(speaker)
	opens := true
	for _, f := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘([«—–-"))
		if unicode.IsUpper(r) && !opens {
			for w := range contentWords(f) {
				out[w] = true
			}
		}
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(f, "\"'”’)]»"))
		opens = last == '.' || last == '!' || last == '?' || last == ':'
	}
	return out
}

// Shared returns how many of the quote's content words sentence holds, and
// how many the quote has.
func (p Paraphraser) Shared(sentence string) (shared, of int) {
	if len(p.qw) == 0 {
		return 0, 0
	}
	return p.sharedIn(contentWords(sentence)), len(p.qw)
}

// sharedIn is Shared's count over a sentence's content words.
func (p Paraphraser) sharedIn(sw map[string]bool) int {
	shared := 0
	for w := range p.qw {
		if sw[w] {
			shared++
		}
	}
	return shared
}

// contentWords returns the stems of the words of s that carry meaning.
func contentWords(s string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range words(s) {
		w = strings.TrimSuffix(w, "'s")
		if functionWords.has(w) || speechVerbs.has(w) || len(w) < 2 {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// stem strips the commonest English endings: a crude stemmer that makes
// "jobs" and "job", "helping" and "help" one word.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var functionWords = listSet("functionWords", `a an the and or but if then so of to in on at by for with from as into
	about over after before than that this these those it its is are was were be been being
	am do does did have has had will would can could should may might must shall not no
	i me my we us our you your he him his she her they them their there here what which who
	whom whose when where why how all any some more most very just also only even still
	going get got because while up out one`)
