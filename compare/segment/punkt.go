package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// punkt holds the pretrained English tokenizer. It is built once, on first
// use, and only read afterwards: its tables are maps nothing writes to
// after construction, so concurrent Splits are safe.
var punkt struct {
	once sync.Once
	tok  *sentences.DefaultSentenceTokenizer
}

//go:generate go run gen_punkt.go

func tokenizer() *sentences.DefaultSentenceTokenizer {
	punkt.once.Do(func() {
		// With a model given, NewSentenceTokenizer cannot fail.
		punkt.tok, _ = english.NewSentenceTokenizer(punktModel())
	})
	return punkt.tok
}

// punktModel builds the English Punkt model from the tables gen_punkt.go
// wrote (punkt_data.go): the library's own training data, without decoding
// its gzipped JSON, which cost about 25 ms of CPU at every start. The maps'
// keys are slices of the constants; nothing is copied.
func punktModel() *sentences.Storage {
	ortho := make(sentences.SetString, punktOrthoLen)
	for _, g := range punktOrtho {
		for w := range strings.SplitSeq(g.words, "\n") {
			ortho[w] = g.flag
		}
	}
	return &sentences.Storage{
		AbbrevTypes:  wordSet(punktAbbrevs),
		Collocations: wordSet(punktCollocations),
		SentStarters: wordSet(punktStarters),
		OrthoContext: ortho,
	}
}

// wordSet is a set of the words in lines, one a line.
func wordSet(lines string) sentences.SetString {
	s := make(sentences.SetString, strings.Count(lines, "\n")+1)
	if lines == "" {
		return s
	}
	for w := range strings.SplitSeq(lines, "\n") {
		s[w] = 1
	}
	return s
}

// extent is the byte range [start, end) of a paragraph taken by a word, a
// block of lines or a quotation.
type extent struct{ start, end int }

// scanWords appends the words of s[start:end] to buf, with offsets into s.
// A word is a token as Punkt's tokenizer sees it: a run of non-space
// characters, also ended after a CJK full stop.
func scanWords(s string, start, end int, buf []extent) []extent {
	w := -1
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case unicode.IsSpace(r):
			if w >= 0 {
				buf = append(buf, extent{w, i})
				w = -1
			}
		case sentences.IsCjkPunct(r):
			if w < 0 {
				w = i
			}
			buf = append(buf, extent{w, i + n})
			w = -1
		case w < 0:
			w = i
		}
		i += n
	}
	if w >= 0 {
		buf = append(buf, extent{w, end})
	}
	return buf
}

// terminal is what a word must end with, before any closing quotes or
// brackets, for a sentence to end after it. Punkt also breaks after words
// with a stop inside ("U.S.-China"), but a sentence never ends mid-word.
const terminal = ".!?。！？"

func candidate(s string, w extent) bool {
	t := strings.TrimRight(s[w.start:w.end], closers)
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && strings.ContainsRune(terminal, r)
}

// punktBreak reports whether Punkt puts a sentence break after words[i]
// of s.
//
// Punkt decides a break after a word from that word, the word before and
// the two after: its annotations look at adjacent pairs only, and one pass
// may rewrite the next word before the following pass reads it. So rather
// than tokenizing whole paragraphs, which costs 0.75 to 1 µs a word, it is
// run on that window alone, and only for the gaps the post-pass rules leave
// to it; TestPunktWindows checks the verdicts are the same.
func punktBreak(s string, words []extent, i int) bool {
	tok := tokenizer()
	lo, hi := max(i-1, 0), min(i+2, len(words)-1)
	base := words[lo].start
	// A trailing space makes Punkt's tokenizer emit the last word, which it
	// drops when the text ends in a multi-byte character.
	for _, t := range tok.AnnotatedTokens(s[base:words[hi].end] + " ") {
		if base+t.Position == words[i].end {
			return t.SentBreak
		}
	}
	return false
}

// closers are the characters that may follow the last letter of a sentence.
const closers = "\"'”’)]}»"

// Prepare builds the Punkt tokenizer now rather than on first use, so a
// caller can overlap its 1 to 2 ms with other start-up work.
func Prepare() { tokenizer() }
