package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names are the words an article writes only as names: capitalised where a
// capital says nothing else (inside a sentence, not after a colon or a
// quotation mark) and never in lower case. A sentence may open with such a
// word ("Dick has attended hundreds of events", after "Sen. Dick Durbin"),
// where its capital alone cannot tell it from any first word; the article
// can.
type Names map[string]bool

// ArticleNames collects the names of an article from its sentences.
func ArticleNames(sentences []string) Names {
	capital := map[string]bool{}
	lower := map[string]bool{}
	var buf [64]token
	for _, s := range sentences {
		toks := scan(s, buf[:0])
		if titleCase(s, toks) {
			continue
		}
		for i, t := range toks {
			switch {
			case inName(s, toks, i): // inside a sentence, or before another name: "Sen. Dick Durbin"
				capital[t.key] = true
			case !t.upper && !t.number:
				lower[t.key] = true
			}
		}
	}
	out := Names{}
	for k := range capital {
		if !lower[k] {
			out[k] = true
		}
	}
	return out
}

// Has reports whether the marker's words open with a name of the article.
func (n Names) Has(m Marker) bool {
	r, _ := utf8.DecodeRuneInString(m.Text)
	if !unicode.IsUpper(r) || len(n) == 0 {
		return false
	}
	first := m.Text
	if i := strings.IndexFunc(first, unicode.IsSpace); i > 0 {
		first = first[:i]
	}
	return n[normalise(first)]
}
