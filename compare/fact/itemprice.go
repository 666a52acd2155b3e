package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sum written between an article and the name of a thing prices that
// thing: "a $12,500 Breitling watch", "a $3 million brooch". Another
// outlet's sum told of no such thing ("$480,000 in campaign funds on
// herself") is the whole the item is part of, or another sum: the
// two are no disagreement. itemPrices marks such sums Attributive, as a
// count hyphened to its noun is ("a three-game streak"): an item's price
// conflicts only with another item's, and still agrees with a sum that
// overlaps it. Only a thing made or bought counts (the commonest sense
// of the noun is a WordNet artifact): a sum before a deal, a loan, a fine
// or a reward ("a $2 billion settlement") is the deal's own amount,
// which another outlet's "agreed to pay $3 billion" contradicts.
func itemPrices(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != "money" || m.Converted || m.Hedge != "" || !articleBefore(text[:m.Start]) {
			continue
		}
		if _, first, ok := classesOf(itemNoun(text[m.End:])); ok && first == classArtifact {
			m.Attributive = true
		}
	}
}

// itemNoun is the head of the noun phrase right after a sum: the last
// word, in lower case and known to WordNet as a noun, of the few words
// before punctuation, a figure or a word that ends the phrase, past
// names and modifiers ("Breitling watch and", "diamond robbery in":
// watch, robbery). "" when none, or when "of" ends the phrase: "a $5 million pool
// of money" prices no pool.
func itemNoun(s string) string {
	head := ""
	for range 4 {
		w := wordAfter(s)
		if w == "" {
			break
		}
		if lw := strings.ToLower(w); notItemWords[lw] {
			if lw == "of" {
				return ""
			}
			break
		}
		s = s[1+len(w):]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			continue
		}
		if _, _, ok := lookupNounClass(w); ok {
			head = w
		}
	}
	return head
}

// articleBefore reports whether before ends in "a " or "an ", a word of
// its own.
func articleBefore(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	w := strings.TrimRight(before, " ")
	k := strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	switch strings.ToLower(w[k+1:]) {
	case "a", "an":
		return true
	}
	return false
}

// wordAfter is the word right after one space at the start of s, or ""
// when punctuation, a figure or nothing follows.
func wordAfter(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	s = s[1:]
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if end < 0 {
		end = len(s)
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
		return ""
	}
	return s[:end]
}

// notItemWords follow a sum without naming what it prices: "a $5 million
// in aid", "a $2 million a year", "a $40 fee per".
var notItemWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`in of for to from on at by with and or but nor that which who whom as than
		per each apiece a an the this that these those its their his her is was were are be been being will would
		has had have can could may might should must do does did worth plus including over into more less
		annually yearly monthly weekly a-year a-month a-week a-day today yesterday last next this so too
		when while where if after before since until`) {
		m[w] = true
	}
	return m
}()
