package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// Spelling is how two names written differently relate.
type Spelling uint8

const (
	// Unrelated names: nothing says they are one.
	Unrelated Spelling = iota
	// Same: one spelling in another case or typography ("O'Neill",
	// "O’Neill"; "TWILIGHT", "Twilight").
	Same
	// Accents: the same name with and without diacritics or in another
	// case ("Siân Llewellyn-Jones", "Sian Llewellyn-Jones"; "José Núñez",
	// "Jose Nunez"), as one outlet's system strips them.
	Accents
	// Misspelt: possibly one person's name misspelt: two full names
	// with the same given name and one other word, at least
	// minMisspeltLetters letters long, one letter apart (added,
	// dropped, changed, or two swapped), not as a plural or a British
	// spelling is ("Sian Llewellyn-Jones", "Sian Llewelyn-Jones";
	// "Reince Priebus", "Reince Preibus").
	Misspelt
)

// minMisspeltLetters is the least length of a surname told apart by one
// letter for the two to be taken for one misspelt: short surnames one
// letter apart are as often two people's (Hill and Hall).
const minMisspeltLetters = 6

// NameSpelling reports how canonical names a and b (Mention.Unit of two
// names of kind person or name) relate when they are not the same. Names
// that differ only in case or in the glyph of an apostrophe or hyphen
// ("O'Neill", "O’Neill") are Spelt the same.
func NameSpelling(a, b string) Spelling {
	fa, fb := Fold(a), Fold(b)
	switch {
	case fa == "" || a == b:
		return Unrelated
	case fa == fb && typeFold(a) == typeFold(b):
		return Same
	case fa == fb:
		return Accents
	}
	wa, wb := strings.Fields(fa), strings.Fields(fb)
	if len(wa) < 2 || len(wa) != len(wb) || wa[0] != wb[0] {
		return Unrelated
	}
	x, y, n := "", "", 0
	for i := 1; i < len(wa); i++ {
		if wa[i] != wb[i] {
			x, y, n = wa[i], wb[i], n+1
		}
	}
	if n != 1 || max(utf8.RuneCountInString(x), utf8.RuneCountInString(y)) < minMisspeltLetters ||
		!oneEdit([]rune(x), []rune(y)) || variantSpelling(x, y) || variantSpelling(y, x) {
		return Unrelated
	}
	return Misspelt
}

// MisspeltWords returns the words in which two Misspelt names differ, so a
// caller can check they are no common words ("Marshals Service").
func MisspeltWords(a, b string) (string, string) {
	wa, wb := strings.Fields(Fold(a)), strings.Fields(Fold(b))
	for i := range min(len(wa), len(wb)) {
		if wa[i] != wb[i] {
			return wa[i], wb[i]
		}
	}
	return "", ""
}

// variantSpelling reports whether x and y are one word's plural and
// singular, its British and American spellings (the spelling table:
// "Centre"/"Center", "Recognised"/"Recognized"), or its "-or" and "-er"
// forms ("Advisors"/"Advisers"), not a name misspelt.
func variantSpelling(x, y string) bool {
	if x+"s" == y || x+"es" == y {
		return true
	}
	if ux, _ := spelling.US(x); ux == y {
		return true
	}
	for _, p := range [][2]string{{"ors", "ers"}, {"or", "er"}} {
		if sx, sy := strings.TrimSuffix(x, p[0]), strings.TrimSuffix(y, p[1]); sx != x && sy != y && sx == sy {
			return true
		}
	}
	return false
}

// typeFold returns s in lower case with its apostrophes and hyphens in one
// glyph: what typography alone changes.
func typeFold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '’', 'ʼ', '‘':
			return '\''
		case '‐', '‑', '–':
			return '-'
		}
		return unicode.ToLower(r)
	}, s)
}

// Fold returns s in lower case without diacritics, its letters that
// decompose into none ("ø", "ł", "ß", "æ") spelt as a keyboard without
// them would: "Siân" is "sian", "Søren Kierkegård" "soren kierkegard".
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < utf8.RuneSelf:
			b.WriteRune(unicode.ToLower(r))
		default:
			switch r = unicode.ToLower(r); r {
			case 'ß':
				b.WriteString("ss")
			case 'æ':
				b.WriteString("ae")
			case 'œ':
				b.WriteString("oe")
			case '’', 'ʼ', '‘':
				b.WriteByte('\'')
			case '‐', '‑', '–':
				b.WriteByte('-')
			default:
				b.WriteRune(Unaccent(r))
			}
		}
	}
	return b.String()
}

// Unaccent is a letter without its diacritics, as a keyboard without them
// types it ("â" is "a", "ø" "o"), one letter for one: what Fold does to a
// letter that stays one letter. A letter that is not a letter with marks
// stays as it is.
func Unaccent(r rune) rune {
	switch r {
	case 'ø':
		return 'o'
	case 'ł':
		return 'l'
	case 'đ', 'ð':
		return 'd'
	}
	d := norm.NFD.PropertiesString(string(r)).Decomposition()
	if len(d) == 0 {
		return r
	}
	base, n := utf8.DecodeRune(d)
	for rest := d[n:]; len(rest) > 0; {
		m, k := utf8.DecodeRune(rest)
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
		rest = rest[k:]
	}
	return base
}

// oneEdit reports whether a and b differ by exactly one letter added,
// dropped or changed, or two neighbours swapped.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if i == len(a) {
			return false // equal
		}
		if string(a[i+1:]) == string(b[i+1:]) {
			return true // one changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
	}
	return string(a[i:]) == string(b[i+1:]) // one added
}
