package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameIn reports whether the marker's first word is one the article
// (its sentences) writes only as a name: capitalised where a capital says
// nothing else (inside a sentence, or before another name: "Sen. Dick
// Durbin") and never in lower case. A sentence may open with such a word
// ("Dick has attended hundreds of events"), where its capital alone
// cannot tell it from any first word; the article can. Only words
// capitalised in the marker are looked up, and only the sentences that
// hold the word are read, so the common case costs a substring search.
func NameIn(m Marker, sentences []string) bool {
	r, _ := utf8.DecodeRuneInString(m.Text)
	if !unicode.IsUpper(r) {
		return false
	}
	word := m.Text
	if i := strings.IndexFunc(word, unicode.IsSpace); i > 0 {
		word = word[:i]
	}
	key := normalise(word)
	lower := strings.ToLower(word)
	named := false
	var buf [64]token
	for _, s := range sentences {
		if !strings.Contains(s, word) && !strings.Contains(s, lower) {
			continue
		}
		toks := scan(s, buf[:0])
		title := titleCase(s, toks)
		for i, t := range toks {
			if t.key != key {
				continue
			}
			switch {
			case !t.upper:
				return false // the article writes it in lower case: a word
			case !title && inName(s, toks, i):
				named = true
			}
		}
	}
	return named
}
