package textsim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// A token is one word of a sentence: a run of letters and digits that may
// hold internal apostrophes and hyphens ("Alibaba's", "e-commerce"),
// decimal points and thousands separators between digits ("94.74",
// "1,000"), a colon between digits ("2:37") and the periods of an
// abbreviation ("U.S.", "p.m."). A "%" sign is a token of its own.
type token struct {
	start, end int32 // byte offsets into the text
	flags      uint8
}

const (
	tokCapital    uint8 = 1 << iota // first letter is upper case
	tokInnerUpper                   // an upper-case letter after the first ("IBM", "McDonald")
	tokStart                        // first word of the text or after . ! ? : or a quote mark
	tokNonASCII                     // needs the slow lower-casing path
)

// scanTokens appends the tokens of text to dst.
func scanTokens(dst []token, text string) []token {
	atStart := true
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r == '%' {
			dst = append(dst, token{start: int32(i), end: int32(i + 1)})
			i++
			continue
		}
		if !isAlnum(r) {
			switch r {
			case '.', '!', '?', ':', '"', '\u201c', '\u201d', '\n':
				atStart = true
			}
			i += size
			continue
		}
		t := token{start: int32(i)}
		if atStart {
			t.flags |= tokStart
		}
		atStart = false
		j := scanWord(text, i, &t)
		t.end = int32(j)
		dst = append(dst, t)
		i = j
	}
	return dst
}

// scanWord returns the end of the word that starts at i and sets the case
// flags of t.
func scanWord(text string, i int, t *token) int {
	segLen := 0     // letters in the current period-separated segment
	abbrev := false // the word so far is single letters joined by periods
	prevDigit := false
	first := true
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiAlnum[c] { // the common case
			if c <= 'Z' && c >= 'A' {
				if first {
					t.flags |= tokCapital
				} else {
					t.flags |= tokInnerUpper
				}
			}
			first = false
			prevDigit = c <= '9'
			segLen++
			j++
			continue
		}
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
			t.flags |= tokNonASCII
		}
		if isAlnum(r) {
			if unicode.IsUpper(r) {
				if first {
					t.flags |= tokCapital
				} else {
					t.flags |= tokInnerUpper
				}
			}
			first = false
			prevDigit = r >= '0' && r <= '9'
			segLen++
			j += size
			continue
		}
		next, nsize := nextRune(text, j+size)
		if nsize == 0 || !isAlnum(next) {
			if r == '.' && abbrev && segLen == 1 {
				j += size // the closing period of "U.S."
			}
			return j
		}
		nextDigit := next >= '0' && next <= '9'
		switch {
		case r == '\'' || r == '\u2019' || r == '-' || r == '\u2010':
		case r == '.' && prevDigit && nextDigit:
		case r == '.' && segLen == 1 && !prevDigit && !nextDigit && (abbrev || j == i+1):
			abbrev = true
			segLen = 0
		case r == ':' && prevDigit && nextDigit:
		case r == ',' && prevDigit && isThousands(text, j+1):
		default:
			return j
		}
		if abbrev && r != '.' {
			abbrev = false
		}
		if r != '.' {
			segLen = 0
		}
		j += size
	}
	return j
}

// isThousands reports whether text[i:] starts with exactly three digits.
func isThousands(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for k := i; k < i+3; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return i+3 == len(text) || text[i+3] < '0' || text[i+3] > '9'
}

func nextRune(text string, i int) (rune, int) {
	if i >= len(text) {
		return 0, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// appendLower appends the lower-cased word to dst, with curly apostrophes
// and Unicode hyphens made ASCII.
func appendLower(dst []byte, word string, nonASCII bool) []byte {
	if !nonASCII {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	for _, r := range strings.ToLower(word) {
		switch r {
		case '\u2019':
			r = '\''
		case '\u2010':
			r = '-'
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// Tokens returns the words of text, lower-cased, in order. (Internally a
// "%" sign is a word too, "percent"; Tokens leaves it out.)
func Tokens(text string) []string {
	toks := scanTokens(nil, text)
	out := make([]string, 0, len(toks))
	var buf []byte
	for _, t := range toks {
		if text[t.start] == '%' {
			continue
		}
		buf = appendLower(buf[:0], text[t.start:t.end], t.flags&tokNonASCII != 0)
		out = append(out, string(buf))
	}
	return out
}

// Stem returns the Snowball (Porter2) English stem of a lower-case word:
// from stem_table.go for the commonest words (see gen_stems.go), which
// gives what the stemmer gives, else from the stemmer.
func Stem(word string) string {
	if s, ok := tableStem(word); ok {
		return s
	}
	return english.Stem(word, true)
}

// stopwords is NLTK's English stopword list (nltk_data corpora/stopwords/
// english, 179 words, itself derived from the Snowball list), less "ma",
// "won" and "don": those are fragments of contractions that the tokenizer
// keeps whole ("won't"), and as words they are names or verbs ("Jack Ma",
// "won the vote"). "us" is handled by case: see termKey.
var stopwords = map[string]bool{
	"a": true, "about": true, "above": true, "after": true, "again": true, "against": true,
	"ain": true, "all": true, "am": true, "an": true, "and": true, "any": true, "are": true,
	"aren": true, "aren't": true, "as": true, "at": true, "be": true, "because": true,
	"been": true, "before": true, "being": true, "below": true, "between": true, "both": true,
	"but": true, "by": true, "can": true, "couldn": true, "couldn't": true, "d": true,
	"did": true, "didn": true, "didn't": true, "do": true, "does": true, "doesn": true,
	"doesn't": true, "doing": true, "don't": true, "down": true, "during": true,
	"each": true, "few": true, "for": true, "from": true, "further": true, "had": true,
	"hadn": true, "hadn't": true, "has": true, "hasn": true, "hasn't": true, "have": true,
	"haven": true, "haven't": true, "having": true, "he": true, "her": true, "here": true,
	"hers": true, "herself": true, "him": true, "himself": true, "his": true, "how": true,
	"i": true, "if": true, "in": true, "into": true, "is": true, "isn": true, "isn't": true,
	"it": true, "it's": true, "its": true, "itself": true, "just": true, "ll": true,
	"m": true, "me": true, "mightn": true, "mightn't": true, "more": true, "most": true,
	"mustn": true, "mustn't": true, "my": true, "myself": true, "needn": true,
	"needn't": true, "no": true, "nor": true, "not": true, "now": true, "o": true, "of": true,
	"off": true, "on": true, "once": true, "only": true, "or": true, "other": true,
	"our": true, "ours": true, "ourselves": true, "out": true, "over": true, "own": true,
	"re": true, "s": true, "same": true, "shan": true, "shan't": true, "she": true,
	"she's": true, "should": true, "should've": true, "shouldn": true, "shouldn't": true,
	"so": true, "some": true, "such": true, "t": true, "than": true, "that": true,
	"that'll": true, "the": true, "their": true, "theirs": true, "them": true,
	"themselves": true, "then": true, "there": true, "these": true, "they": true,
	"this": true, "those": true, "through": true, "to": true, "too": true, "under": true,
	"until": true, "up": true, "ve": true, "very": true, "was": true, "wasn": true,
	"wasn't": true, "we": true, "were": true, "weren": true, "weren't": true, "what": true,
	"when": true, "where": true, "which": true, "while": true, "who": true, "whom": true,
	"why": true, "will": true, "with": true, "won't": true, "wouldn": true, "wouldn't": true,
	"y": true, "you": true, "you'd": true, "you'll": true, "you're": true, "you've": true,
	"your": true, "yours": true, "yourself": true, "yourselves": true,
}

// negations mark a sentence as negated; a pair where only one side is
// negated often reports opposite facts in the same words.
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "nor": true, "none": true, "nothing": true,
	"neither": true, "nobody": true, "cannot": true, "without": true,
}

// speechWords are the forms of the commonest verbs of saying in news copy,
// and "according": a pair where only one side attributes its words to
// someone often reports a claim on one side and a fact on the other.
var speechWords = map[string]bool{
	"say": true, "said": true, "says": true, "saying": true, "told": true, "tell": true, "tells": true,
	"added": true, "adds": true, "stated": true, "announced": true, "according": true, "noted": true,
	"explained": true, "declared": true, "insisted": true, "claimed": true, "argued": true,
	"asserted": true, "reported": true, "wrote": true, "commented": true,
}

// Stopword reports whether w, a lower-case word, is one of the stopwords
// the similarity features leave out.
func Stopword(w string) bool { return stopwords[w] }

// SpeechWord reports whether w, a lower-case word, attributes words to a
// speaker ("said", "told", "according").
func SpeechWord(w string) bool { return speechWords[w] }
