package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters, with inner apostrophes and hyphens; "U.S.", "p.m."
	tokNum                      // ASCII digits with thousands commas and one decimal point
	tokPunct                    // any other single rune
)

// gapKind is what separates a token from the one before it.
type gapKind uint8

const (
	gapNone  gapKind = iota // glued: "$5", "1m", "40-"
	gapSpace                // spaces or tabs
	gapLine                 // a line break, or the start of the text
)

// token is one word, number or punctuation rune. Both parsers share the
// tokenizer, which looks every word up in the lexicon once.
type token struct {
	start, end int
	stem       int // end without a possessive "'s"
	kind       tokKind
	gap        gapKind
	cap        bool   // a word that starts with an upper-case letter
	acro       bool   // a word of two or more letters, none lower-case: "IBM", "U.S."
	lx         uint16 // lexicon id of the word; 0 when unlisted
	hd         uint16 // for an unlisted hyphenated word, the id of its first part
	headEnd    int    // end of that first part
}

// lex returns the word's lexicon entry, or nil. Tokens hold ids rather than
// pointers so that a token slice holds no pointers for the collector.
func (t *token) lex() *entry {
	if t.lx == 0 {
		return nil
	}
	return &lexEntries[t.lx]
}

// head returns the entry of the first part of an unlisted hyphenated word.
func (t *token) head() *entry {
	if t.hd == 0 {
		return nil
	}
	return &lexEntries[t.hd]
}

func (t *token) is(c lexClass) bool { return lexEntries[t.lx].cls&c != 0 }

// tokenize splits s into tokens. Offsets always fall on rune boundaries.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+4)
	gap := gapLine
	for i := 0; i < len(s); {
		c := s[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n' || r == '\u2028' || r == '\u2029':
			gap = gapLine
			i += w
			continue
		case r == ' ' || r == '\t' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			if gap == gapNone {
				gap = gapSpace
			}
			i += w
			continue
		}
		t := token{start: i, gap: gap}
		gap = gapNone
		switch {
		case isLetter(r):
			scanWord(s, &t)
		case '0' <= c && c <= '9':
			t.kind, t.end = tokNum, scanNumber(s, i)
			t.stem = t.end
		default:
			t.kind, t.end, t.stem = tokPunct, i+w, i+w
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r)
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return isLetter(rune(s[i]))
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func asciiLetterAt(s string, i int) bool {
	return i < len(s) && s[i] < utf8.RuneSelf && isLetter(rune(s[i]))
}

// scanWord reads the word starting at t.start and looks it up.
func scanWord(s string, t *token) {
	j, seg, dots, hyphen := t.start, 0, 0, -1
	upper, lower := 0, 0
	t.stem = -1
loop:
	for j < len(s) {
		r, w := rune(s[j]), 1
		switch {
		case 'a' <= r && r <= 'z':
			lower++
			seg++
			j++
			continue
		case 'A' <= r && r <= 'Z':
			upper++
			seg++
			j++
			continue
		case r >= utf8.RuneSelf:
			r, w = utf8.DecodeRuneInString(s[j:])
		}
		switch {
		case isLetter(r) || (r >= utf8.RuneSelf && unicode.IsMark(r)):
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
			seg++
			j += w
		case (r == '\'' || r == '’') && letterAt(s, j+w):
			if (s[j+w] == 's' || s[j+w] == 'S') && !letterAt(s, j+w+1) {
				t.stem = j
				j += w + 1
				break loop
			}
			j += w
		case r == '-' && letterAt(s, j+1):
			if dashBeforeNumber(s, t.start, j) {
				break loop
			}
			if hyphen < 0 {
				hyphen = j
			}
			seg = 0
			j++
		case r == '.' && seg == 1 && asciiLetterAt(s, j+1) && !asciiLetterAt(s, j+2):
			dots++ // "U.S", "p.m"
			seg = 0
			j++
		case r == '.' && dots > 0 && seg == 1:
			j++ // the final dot of "U.S."
			break loop
		default:
			break loop
		}
	}
	t.kind, t.end = tokWord, j
	if t.stem < 0 {
		t.stem = j
	}
	if c := s[t.start]; c < utf8.RuneSelf {
		t.cap = 'A' <= c && c <= 'Z'
	} else {
		first, _ := utf8.DecodeRuneInString(s[t.start:])
		t.cap = unicode.IsUpper(first)
	}
	t.acro = upper >= 2 && lower == 0
	t.lx = lookupID(s[t.start:t.stem])
	initial := upper == 1 && lower == 0 && j-t.start == 1 // "W" of "George W. Bush"
	if (initial || t.is(lxAbbrev)) && t.stem == t.end && j < len(s) && s[j] == '.' {
		t.end, t.stem = j+1, j+1 // "Mr.", "Jan.", "Inc.", "W."
	}
	if t.lx == 0 && hyphen > 0 {
		t.hd, t.headEnd = lookupID(s[t.start:hyphen]), hyphen
	}
}

// dashBeforeNumber reports whether the hyphen at j, in the word that
// starts at from, stands for a dash before a number phrase: "three bank
// workers-two women and a man-were killed" tells of two women, not of
// three. A number word after a word that is not one ("workers-two") opens
// a new phrase; "twenty-two", "one-two", "hundred-eighteen" and
// "six-foot-five" are one figure's. "no-one" stays whole.
func dashBeforeNumber(s string, from, j int) bool {
	prev := s[from:j]
	if i := strings.IndexByte(prev, '-'); i >= 0 {
		if f := lookup(prev[:i]); f != nil && f.cls&lxNumber != 0 {
			return false // "six-foot-five": a figure's own compound
		}
		prev = prev[strings.LastIndexByte(prev, '-')+1:]
	}
	e := j + 1
	for e < len(s) && asciiLetterAt(s, e) {
		e++
	}
	next := s[j+1 : e]
	if len(prev) < 3 || strings.EqualFold(next, "one") || e < len(s) && s[e] == '-' {
		return false
	}
	n, p := lookup(next), lookup(prev)
	return n != nil && n.cls&lxNumber != 0 && (p == nil || p.cls&(lxNumber|lxMultiplier|lxHundred) == 0)
}

// scanNumber returns the end of the number starting at i: digits, groups of
// ",ddd", and one decimal part.
func scanNumber(s string, i int) int {
	j := digitsEnd(s, i)
	for j+3 < len(s) && s[j] == ',' && digitsEnd(s, j+1) == j+4 {
		j += 4
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j = digitsEnd(s, j+1)
	}
	return j
}

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// parseDigits reads a tokNum literal. It fails for more than 15 significant
// digits, which no reporter writes and a float64 cannot hold exactly.
func parseDigits(lit string) (v float64, decimals, trailingZeros int, ok bool) {
	var mant uint64
	digits, dot := 0, false
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		switch {
		case c == ',':
			continue
		case c == '.':
			dot = true
			continue
		}
		if mant == 0 && c == '0' && !dot {
			continue // leading zeros
		}
		digits++
		if digits > 15 {
			return 0, 0, 0, false
		}
		mant = mant*10 + uint64(c-'0')
		if dot {
			decimals++
		}
		if c == '0' && !dot {
			trailingZeros++
		} else if !dot {
			trailingZeros = 0
		}
	}
	if decimals > 0 {
		return float64(mant) / pow10(decimals), decimals, 0, true
	}
	return float64(mant), 0, trailingZeros, true
}

// pow10 returns 10**n exactly for 0 <= n <= 22.
func pow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}
