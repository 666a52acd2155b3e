package compare

// The words a word diff compares: how a sentence is cut into tokens and
// the key each token is diffed by, so that spacing, typography, British
// spelling and a compound's house style are no edits.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// tokenize splits s into words (letters, digits, and apostrophes, hyphens,
// periods or commas inside them, so "don't", "U.S." and "1,000" stay whole)
// and single other characters, each carrying the white space before it:
// half as many tokens as spaces apart, which go-diff's bisection repays,
// and the same word with the same spacing is still the same token.
func tokenize(s string) []string {
	// A word and its space are about six bytes.
	toks := make([]string, 0, len(s)/5+1)
	lead := 0 // start of the white space before the next token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case isWordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
		case isDot(r) || isDash(r):
			// A run of dots or dashes is one token, so "..." is one
			// token as "…" is, and "--" as "—".
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isDot(r2) != isDot(r) || isDash(r2) != isDash(r) {
					break
				}
				j += n2
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
			if j < len(s) {
				i = j // the space goes with the token that follows
				continue
			}
		}
		toks = append(toks, s[lead:j])
		i, lead = j, j
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '-', '‐', '‑', '–', '.', ',', ':':
		return true
	}
	return invisible(r)
}

// invisible reports a character that shows nothing inside a word: a soft
// hyphen (a place the word may break), a zero-width space or joiner, a
// word joiner, a byte-order mark. Ingest removes them (ingest.Sanitize);
// text given to WordDiff directly may still hold them, and they are no
// edit.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

func isDot(r rune) bool { return r == '.' || r == '…' }

// isDash reports a hyphen or dash of any width.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// foldToken is the key a token is diffed by: without the white space
// before it (a non-breaking or thin space, or two spaces, is spacing, not
// an edit), with typographic marks in their plain forms (curly quotes and
// apostrophes straight, single quotation marks double, every dash a
// hyphen, an ellipsis three dots, no soft hyphen or zero-width space), a
// British spelling in its American form, a compound closed up
// ("e-commerce" is "ecommerce"; joinAgainst joins "per cent") and, but for
// an acronym, in lower case. Two tokens with one key are the same words,
// as an editor reads them.
func foldToken(t string) string {
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	if r, _ := utf8.DecodeRuneInString(t); isDot(r) && t != "." {
		return "..." // "…", "...", "...."
	}
	var b strings.Builder
	plain := true
	for i, r := range t {
		f := r
		switch {
		case r == '’' || r == '‘' || r == 'ʼ' || r == '‛' || r == '′':
			f = '\''
		case r == '“' || r == '”' || r == '„' || r == '‟' || r == '″':
			f = '"'
		case isDash(r):
			f = '-'
		case invisible(r):
			f = -1
		}
		if f != r && plain {
			plain = false
			b.WriteString(t[:i])
		}
		if !plain && f >= 0 {
			b.WriteRune(f)
		}
	}
	if !plain {
		t = b.String()
	}
	switch r, _ := utf8.DecodeRuneInString(t); {
	case t == "'":
		return `"` // a single quotation mark, as British papers set quotes
	case r == '-':
		return "-" // "-", "--", "—"
	case isWordRune(r):
		// A compound is one word hyphenated or closed up, as house style
		// has it: "e-commerce", "ecommerce".
		t = spelling.CloseUp(americanWord(t))
		if !spelling.Acronym(t) && !capitonym(t) {
			// Capitals are house style too: "the Government", "Prime
			// Minister", a sentence's first word. An acronym keeps its
			// case: "US" is not "us", nor "WHO" "who"; so does a word
			// a capital makes a name (capitonym).
			t = strings.ToLower(t)
		}
		return t
	}
	return t
}

// capitonyms are the words news copy uses both as a name, with a capital,
// and as a common word: a party or its member ("a Conservative MP", one
// of the party; "a conservative MP", one of such views), a nationality
// ("Polish"), a month ("March", "May"). The capital is the meaning there,
// not house style, as it is in "the Government" (an institution spelt
// with a capital or not, one meaning either way), so the diff shows it.
// Only words whose lower-case form is common in news copy are listed:
// a word that is only a name (Tory, Labour's "Blairite") needs no entry.
// Keys are in American spelling (americanWord: "Labour" is "Labor").
var capitonyms = map[string]bool{
	"conservative": true, "conservatives": true,
	"liberal": true, "liberals": true,
	"democrat": true, "democrats": true, "democratic": true,
	"republican": true, "republicans": true,
	"labor": true, "green": true, "greens": true,
	"socialist": true, "socialists": true,
	"communist": true, "communists": true,
	"independent": true, "independents": true,
	"polish": true, "march": true, "may": true,
}

// capitonym reports whether w, a word with a capital and then lower case
// ("Conservative", "Labor's"), is a capitonym's name form.
func capitonym(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	stem, _ := strings.CutSuffix(w, "'s")
	var buf [16]byte // every entry is shorter, in ASCII
	if len(stem) > len(buf) || r >= utf8.RuneSelf {
		return false
	}
	buf[0] = byte(unicode.ToLower(r))
	for i := n; i < len(stem); i++ {
		c := stem[i]
		if c < 'a' || c > 'z' {
			return false
		}
		buf[i] = c
	}
	return capitonyms[string(buf[:len(stem)])] // no string is built
}

// americanWord is a word in American spelling, each part of a compound
// and a possessive's word too: "well-organised", "Labour's".
func americanWord(t string) string {
	if strings.IndexByte(t, '-') < 0 && strings.IndexByte(t, '\'') < 0 { // ContainsAny reads a short word rune by rune
		us, _ := spelling.US(t)
		return us
	}
	parts := strings.Split(t, "-")
	for i, p := range parts {
		stem, poss := strings.CutSuffix(p, "'s")
		if us, ok := spelling.US(stem); ok {
			parts[i] = us
			if poss {
				parts[i] += "'s"
			}
		}
	}
	return strings.Join(parts, "-")
}

// foldTokens returns the key of each token (foldToken).
func foldTokens(toks []string) []string {
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = foldToken(t)
	}
	return keys
}

// joinAgainst makes one token of each two words of toks (keys, their
// keys) set apart by one plain space whose closed form (spelling.Joined)
// is a word of the other side (other, its runes in enc): one side's "per
// cent" or "health care" where the other writes "percent" or
// "health-care". A compound written open, hyphenated or closed is house
// style, not an edit. ok is false, and toks and keys come back as they
// are, when there is no such pair.
func joinAgainst(toks, keys []string, other []rune, enc *tokenCodec) (jt, jk []string, ok bool) {
	var buf [64]byte
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && strings.HasPrefix(toks[i+1], " ") && !strings.HasPrefix(toks[i+1], "  ") &&
			len(keys[i])+len(keys[i+1]) <= len(buf) && spelling.Joinable(keys[i], keys[i+1]) {
			closed := append(append(buf[:0], keys[i]...), keys[i+1]...)
			if r, found := enc.ids[string(closed)]; found && slices.Contains(other, r) {
				if jt == nil {
					jt = append(make([]string, 0, len(toks)), toks[:i]...)
					jk = append(make([]string, 0, len(toks)), keys[:i]...)
				}
				jt, jk = append(jt, toks[i]+toks[i+1]), append(jk, string(closed))
				i++
				continue
			}
		}
		if jt != nil {
			jt, jk = append(jt, toks[i]), append(jk, keys[i])
		}
	}
	if jt == nil {
		return toks, keys, false
	}
	return jt, jk, true
}

// recaseAgainst gives each word of toks written with a capital and then
// lower case ("Nato", "Nasa") the key of the acronym of its letters when
// the other side (other, its runes in enc) has it ("NATO"): British papers
// set acronyms that are said as words so. keys is copied before a change;
// ok says whether one was made.
func recaseAgainst(toks, keys []string, other []rune, enc *tokenCodec) ([]string, bool) {
	var buf [32]byte
	out := keys
	for i, t := range toks {
		w := strings.TrimLeftFunc(t, unicode.IsSpace)
		if len(w) < 3 || len(w) > len(buf) || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		up := buf[:len(w)]
		word := true
		for j := 0; j < len(w) && word; j++ {
			switch c := w[j]; {
			case j > 0 && 'a' <= c && c <= 'z':
				up[j] = c - 'a' + 'A'
			case j == 0:
				up[j] = c
			default:
				word = false
			}
		}
		if !word {
			continue
		}
		if r, found := enc.ids[string(up)]; found && slices.Contains(other, r) {
			if &out[0] == &keys[0] {
				out = slices.Clone(keys)
			}
			out[i] = string(up)
		}
	}
	return out, len(keys) > 0 && &out[0] != &keys[0]
}

// forcedAgainst gives each capitonym of toks whose capital is forced (the
// first word of a sentence or of a quote, or any word of a headline set in
// title case) its lower-case key, unless the other side (other, its runes
// in enc) has the word with its capital: "Conservative MPs met." tells no
// party from views, and is the same words as "conservative MPs met" but
// as "Conservative MPs met" too. keys is copied before a change; ok says
// whether one was made.
func forcedAgainst(toks, keys []string, other []rune, enc *tokenCodec) ([]string, bool) {
	out := keys
	title := titleCase(toks)
	start := true // the next word opens a sentence or a quote
	for i, k := range keys {
		r, _ := utf8.DecodeRuneInString(k)
		if !isWordRune(r) {
			switch k {
			case ".", "?", "!", ":", "\"", "(", "-", "...":
				start = true
			}
			continue
		}
		forced := start || title
		start = false
		if !forced || !capitonym(k) {
			continue
		}
		if id, found := enc.ids[k]; found && slices.Contains(other, id) {
			continue
		}
		if &out[0] == &keys[0] {
			out = slices.Clone(keys)
		}
		out[i] = strings.ToLower(k)
	}
	return out, len(keys) > 0 && &out[0] != &keys[0]
}

// titleCase reports whether toks are a headline set in title case: most
// of the words of four letters or more after the first start with a
// capital, and at least two do.
func titleCase(toks []string) bool {
	caps, long, first := 0, 0, true
	for _, t := range toks {
		w := strings.TrimLeftFunc(t, unicode.IsSpace)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if first {
			first = false
			continue
		}
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 2 && 4*caps >= 3*long
}
