package quote

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// Normalize returns s in lower case with quotation marks and punctuation
// removed and apostrophes made straight, its words separated by single
// spaces. Apostrophes and hyphens inside a word and commas and points inside
// a number stay: "Alibaba’s", "e-commerce", "1,000".
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	space := false
	// Each rune is read with the one after it, decoded as they come, not
	// copied into a slice of runes first.
	r, n := utf8.DecodeRuneInString(s)
	for i := 0; i < len(s); {
		next, nextLen := rune(0), 0
		if i+n < len(s) {
			next, nextLen = utf8.DecodeRuneInString(s[i+n:])
		}
		switch {
		case isWordRune(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if r < utf8.RuneSelf { // as unicode.ToLower and WriteRune do it, without the calls
				c := byte(r)
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		case (r == '\'' || r == '’' || r == '-' || r == '‐' || r == '‑') && isWordRune(prev) && isWordRune(next):
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			b.WriteRune(r)
		default:
			space = true
		}
		prev = r
		i, r, n = i+n, next, nextLen
	}
	return b.String()
}

// words returns the normalised words of s, each in American spelling and
// a compound closed up: a quote respelled by a British outlet
// ("prioritised") or set in another house style ("e-commerce",
// "ecommerce") is the same quote.
func words(s string) []string {
	return spell(strings.Fields(Normalize(s)))
}

// spell puts each of ws in American spelling with its compound closed up.
func spell(ws []string) []string {
	for i, w := range ws {
		us, _ := spelling.US(w)
		ws[i] = spelling.CloseUp(us)
	}
	return ws
}

// quoteWords returns the words of s as quotations are compared: words's,
// with numbers in figures. A paper that spells numbers out and one that
// sets them in figures print one quotation ("a one-in-three chance", "a 1
// in 3 chance", "1-in-3"): a style book's choice, not an edit. A
// hyphenated word with a number in it is split at its hyphens, since the
// figures are written open as often as hyphenated.
func quoteWords(s string) []string {
	ws := strings.Fields(Normalize(s))
	var out []string // a copy, once a word changes
	for i, w := range ws {
		parts := []string{w}
		if n, ok := numberValue(w); ok {
			parts = []string{n}
		} else if hyphenated(w) {
			parts = numberParts(w)
		}
		if out == nil && (len(parts) > 1 || parts[0] != w) {
			out = append(make([]string, 0, len(ws)+4), ws[:i]...)
		}
		if out != nil {
			out = append(out, parts...)
		}
	}
	if out == nil {
		out = ws
	}
	return spell(out)
}

// hyphenated is strings.ContainsAny(w, "-‐‑"), cheap for the many words
// with no hyphen: two byte searches, where ContainsAny with runes beyond
// ASCII decodes w rune by rune (the two Unicode hyphens are three bytes
// that begin with 0xe2).
func hyphenated(w string) bool {
	return (strings.IndexByte(w, '-') >= 0 || strings.IndexByte(w, 0xe2) >= 0) && strings.ContainsAny(w, "-‐‑")
}

// numberParts returns the parts of the hyphenated word w, numbers in
// figures, when one of them is a number ("one-in-three", "1-in-3", "2-year"),
// or w alone; "twenty-five" is one number, "25".
func numberParts(w string) []string {
	fs := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' || r == '‑' })
	if n, ok := numberValue(w); ok || len(fs) < 2 {
		if ok {
			return []string{n}
		}
		return []string{w}
	}
	number := false
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f
		if n, ok := numberValue(f); ok {
			out[i], number = n, true
		}
	}
	if !number {
		return []string{w}
	}
	return out
}

// numberValue returns w in figures when it is a number spelled out, up to
// ninety-nine ("three", "twenty-five"), or written in figures ("3", "1,000").
func numberValue(w string) (string, bool) {
	if w != "" && strings.Trim(w, "0123456789,.") == "" && strings.ContainsAny(w[:1], "0123456789") {
		return w, true
	}
	if n, ok := smallNumbers[w]; ok {
		return strconv.Itoa(n), true
	}
	i := -1
	if hyphenated(w) {
		i = strings.IndexAny(w, "-‐‑")
	}
	if i < 0 {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	tens, ok1 := smallNumbers[w[:i]]
	unit, ok2 := smallNumbers[w[i+size:]]
	if !ok1 || !ok2 || tens < 20 || tens%10 != 0 || unit < 1 || unit > 9 {
		return "", false
	}
	return strconv.Itoa(tens + unit), true
}

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// joinOpen returns sa and sb with each two words one writes apart and the
// other as one word joined ("per cent", "percent"; see spelling.Joined).
func joinOpen(sa, sb [][]string) ([][]string, [][]string) {
	return joinAgainst(sa, sb), joinAgainst(sb, sa)
}

// hasClosed reports whether a word of segs is x and y closed up.
func hasClosed(segs [][]string, x, y string) bool {
	for _, seg := range segs {
		for _, w := range seg {
			if len(w) == len(x)+len(y) && strings.HasPrefix(w, x) && strings.HasSuffix(w, y) {
				return true
			}
		}
	}
	return false
}

// joinAgainst joins the pairs of words of segs whose closed form is a word
// of other, in a copy; segs itself is returned when there is none.
func joinAgainst(segs, other [][]string) [][]string {
	var out [][]string
	for s, seg := range segs {
		var joined []string
		for i := 0; i < len(seg); i++ {
			if i+1 < len(seg) && spelling.Joinable(seg[i], seg[i+1]) && hasClosed(other, seg[i], seg[i+1]) {
				if joined == nil {
					joined = append(make([]string, 0, len(seg)), seg[:i]...)
				}
				joined = append(joined, seg[i]+seg[i+1])
				i++
				continue
			}
			if joined != nil {
				joined = append(joined, seg[i])
			}
		}
		if joined != nil && out == nil {
			out = append(make([][]string, 0, len(segs)), segs[:s]...)
		}
		if out != nil {
			if joined == nil {
				joined = seg
			}
			out = append(out, joined)
		}
	}
	if out == nil {
		return segs
	}
	return out
}

// segments returns the normalised words of each piece of s between
// ellipses ("..." or "…"); one segment when there is no ellipsis.
func segments(s string) [][]string {
	s = strings.ReplaceAll(s, "…", "...")
	s = strings.ReplaceAll(s, ". . .", "...")
	var out [][]string
	for _, part := range strings.Split(s, "...") {
		if w := quoteWords(part); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// Words returns the words of text as quotations are compared: normalised,
// in American spelling, numbers in figures ("one-in-three" is "1 in 3").
func Words(text string) []string { return quoteWords(text) }

// Length returns how many words quotation text has as quotations are
// compared: "1-in-3 chance" has four, as "one in three chance" has.
func Length(text string) int {
	return len(flatten(segments(text)))
}

// withoutInserts returns text without the words an outlet put into it in
// square brackets ("[President Barack] Obama's war"): they are not the
// speaker's, and take no speaker's word's place.
func withoutInserts(text string) string {
	return bracketed.ReplaceAllString(text, " ")
}

var bracketed = regexp.MustCompile(`\[[^\]]*\]`)
