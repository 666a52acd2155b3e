package segment

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

// Punkt (github.com/neurosnap/sentences) decides the gaps the post-pass
// rules leave to it, one window of a few words at a time (punktBreak). Its
// English model's orthographic context is 20,366 words, which the library
// reads as a map: building that map cost about 3 ms and 850 kB of fresh
// memory at every start, for the few hundred words a comparison asks about.
// So each window's tokenizer has a map of its own words' flags only, filled
// from a generated table (orthoFlag) by an annotation that runs before
// Punkt's own (orthoFill). Punkt looks words up only among the tokens of
// the window it is given, so it finds in the small map exactly what the
// whole one holds: TestWindowTokenizerIsTheWholeModel compares every
// window of real articles, token for token, with the library's tokenizer
// and whole model, and TestPunktWindows the verdicts with whole paragraphs.
//
// A tokenizer's small map is written as it works, so each goroutine takes
// one of its own from a pool.
var windowTokenizers = sync.Pool{New: func() any { return newWindowTokenizer() }}

//go:generate go run gen_punkt.go

// newWindowTokenizer is an English Punkt tokenizer with the model's sets,
// its own (the library adds to the abbreviations), and an empty orthographic
// context that orthoFill fills for each window.
func newWindowTokenizer() *sentences.DefaultSentenceTokenizer {
	st := &sentences.Storage{
		AbbrevTypes:  wordSet(punktAbbrevs),
		Collocations: wordSet(punktCollocations),
		SentStarters: wordSet(punktStarters),
		OrthoContext: make(sentences.SetString, 8),
	}
	// With a model given, NewSentenceTokenizer cannot fail.
	tok, _ := english.NewSentenceTokenizer(st)
	fill := orthoFill{types: tok.WordTokenizer, ortho: st.OrthoContext}
	tok.Annotations = append([]sentences.AnnotateTokens{fill}, tok.Annotations...)
	return tok
}

// orthoFill is the first annotation of a window tokenizer: it gives the
// tokenizer's orthographic context the flags of the words Punkt's
// annotations may look up. They look up the second word of a pair only,
// and only when the first holds a stop, a question or an exclamation mark
// (a final stop, an abbreviation such as "U.S.", an ellipsis, "?”"); they
// look it up by its type, less its final stop when it ends a sentence
// (TypeNoSentPeriod), so both forms go in.
type orthoFill struct {
	types sentences.TokenType
	ortho sentences.SetString
}

func (f orthoFill) Annotate(tokens []*sentences.Token) []*sentences.Token {
	clear(f.ortho)
	for k := 1; k < len(tokens); k++ {
		if !strings.ContainsAny(tokens[k-1].Tok, ".?!") {
			continue
		}
		typ := f.types.Type(tokens[k])
		f.add(typ)
		if len(typ) > 1 && typ[len(typ)-1] == '.' { // TypeNoPeriod
			f.add(typ[:len(typ)-1])
		}
	}
	return tokens
}

func (f orthoFill) add(typ string) {
	if flag := orthoFlag(typ); flag != 0 {
		f.ortho[typ] = flag
	}
}

// orthoFlag is the model's orthographic flags for a word type, 0 for a word
// it never saw.
func orthoFlag(typ string) int {
	i := mph.Slot(mph.Hash(typ), punktOrthoSeeds[:], len(punktOrthoEnds))
	if mph.Key(punktOrthoWords, punktOrthoEnds[:], i) != typ {
		return 0
	}
	return int(punktOrthoFlags[i])
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
	tok := windowTokenizers.Get().(*sentences.DefaultSentenceTokenizer)
	defer windowTokenizers.Put(tok)
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

// Prepare makes a Punkt tokenizer now rather than on first use; it takes
// microseconds.
func Prepare() { windowTokenizers.Put(newWindowTokenizer()) }
