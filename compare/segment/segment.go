// Package segment splits an article into sentences and says what each one
// is (headline, lede, body, caption or boilerplate), so that later stages
// align what outlets report rather than how their pages are laid out.
//
// Sentence boundaries come from Punkt (github.com/neurosnap/sentences), the
// decider, corrected by a small post-pass for the errors it makes on news
// text: abbreviations before names, quotes with their attribution, photo
// credits. Roles come from the paragraph kinds ingest found plus tables of
// phrases; see roles.go.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/ingest"
)

// The roles a sentence can have. They are the same strings as compare.Role.
const (
	RoleHeadline    = "headline"
	RoleLede        = "lede"
	RoleBody        = "body"
	RoleCaption     = "caption"
	RoleBoilerplate = "boilerplate"
)

// Sentence is a span of the joined article text.
type Sentence struct {
	Start, End int    // byte offsets into the text Split returns; End is exclusive
	Paragraph  int    // index into Document.Paragraphs
	Role       string // one of the Role constants
}

// paragraphSep joins paragraphs into the article text.
const paragraphSep = "\n\n"

// Split joins doc.Paragraphs with "\n\n" into one text and returns it with
// its sentences: byte offsets into text, trimmed of surrounding space, in
// order, non-overlapping, never empty. Every non-space character of every
// paragraph belongs to exactly one sentence, and each sentence has a role.
//
// The first call in a process also loads Punkt's English model, about
// 10 ms; later calls take well under a millisecond per 1,000 words.
func Split(doc *ingest.Document) (text string, sentences []Sentence) {
	if doc == nil {
		return "", nil
	}
	size := 0
	for _, p := range doc.Paragraphs {
		size += len(p.Text) + len(paragraphSep)
	}
	var b strings.Builder
	b.Grow(size)
	heads := findHeadlines(doc)
	sentences = make([]Sentence, 0, size/100+1)
	var sc scratch
	roles := roleState{heads: &heads}
	for i, p := range doc.Paragraphs {
		if i > 0 {
			b.WriteString(paragraphSep)
		}
		base := b.Len()
		b.WriteString(p.Text)
		ss := sc.paragraph(p.Text, p.Kind == ingest.KindHeadline || i == heads.paragraph, &heads)
		roles.assign(p, i, ss)
		for _, s := range ss {
			sentences = append(sentences, Sentence{Start: base + s.start, End: base + s.end, Paragraph: i, Role: s.role})
		}
	}
	markLede(b.String(), sentences)
	return b.String(), sentences
}

// span is a sentence inside one paragraph. block numbers the runs of lines
// the paragraph was cut into (see cutBlocks).
type span struct {
	start, end int
	block      int
	role       string
	label      bool // a page's label cut off the sentence after it (label.go)
}

// trim narrows [start, end) of s to exclude white space at either end.
func trim(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for start < end {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// sameWords reports whether a and b hold the same words, however spaced
// and capitalised. It lets a headline repeated with different wrapping or
// in title case still count as a repeat, without allocating for every
// sentence compared.
func sameWords(a, b string) bool {
	i, j := 0, 0
	for {
		i = skipSpace(a, i)
		j = skipSpace(b, j)
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		ei, ej := wordEnd(a, i), wordEnd(b, j)
		if !strings.EqualFold(a[i:ei], b[j:ej]) {
			return false
		}
		i, j = ei, ej
	}
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// firstRune returns the first rune of s after any opening quotes or
// brackets, or 0 when there is none.
func firstRune(s string) rune {
	for _, r := range s {
		if !strings.ContainsRune(openers, r) {
			return r
		}
	}
	return 0
}

// openers are the characters that may precede the first letter of a word.
const openers = "\"'“‘([{«¿¡"
