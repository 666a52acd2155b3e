package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Compounds are house style too: "e-commerce" and "ecommerce", "per cent"
// and "percent", "health care" and "healthcare", "vice-president" and
// "vice president" are one word to an editor, written open, hyphenated or
// closed as a paper's style book says. CloseUp and Joined give a word and
// a pair of words the closed form they compare by.

// CloseUp returns w without the hyphens between its letters: "e-commerce"
// and "an‑nouncement" (with a non-breaking hyphen) are "ecommerce" and
// "announcement". A hyphen next to a digit stays: "2-1" is a score,
// "COVID-19" a name. So does a hyphen that marks another word
// (prefixHyphen): "re-sign" is not "resign".
func CloseUp(w string) string {
	// Most words have no hyphen: two byte searches say so, where
	// ContainsAny with runes beyond ASCII decodes w rune by rune (the two
	// Unicode hyphens are three bytes that begin with 0xe2).
	if strings.IndexByte(w, '-') < 0 && strings.IndexByte(w, 0xe2) < 0 || !strings.ContainsAny(w, "-‐‑") {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	prev := rune(0)
	part := 0 // start of the part before the hyphen
	for i, r := range w {
		if r == '-' || r == '‐' || r == '‑' {
			rest := w[i+utf8.RuneLen(r):]
			next, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsLetter(prev) && unicode.IsLetter(next) && !prefixHyphen(w[part:i], rest) {
				part = i + utf8.RuneLen(r)
				continue
			}
			part = i + utf8.RuneLen(r)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// prefixHyphen reports whether the hyphen after the prefix pre, before
// rest, tells one word from another, as style books use it, rather than
// being house style. Style books hyphenate "re-" and "co-" before the same
// vowel for ease of reading ("re-elect", "co-operate": house style, the
// same word as "reelect", "cooperate") and to tell a word from the one
// closed up ("re-sign" is to sign again, "resign" to quit; "re-cover",
// "re-form", "re-lease", "re-creation"; "co-op" is no "coop"). So the
// hyphen stays after "re-" before a consonant, and after "re-" or "co-"
// before a part of under three letters; "co-" before a consonant
// ("co-worker", "co-founder") is house style.
func prefixHyphen(pre, rest string) bool {
	re := strings.EqualFold(pre, "re")
	if !re && !strings.EqualFold(pre, "co") {
		return false
	}
	n := 0
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	if n < 3 {
		return true
	}
	first, _ := utf8.DecodeRuneInString(rest)
	return re && !strings.ContainsRune("aeiouAEIOU", first)
}

// Joined returns the closed form of the words x and y, written apart, when
// they may be one word written open: both all letters and of three letters
// or more ("per cent", "health care", "web site"). Pairs whose closed form
// is another word ("may be" and "maybe", "every day" and "everyday", "any
// one" and "anyone") are left apart, as are short words ("in to", "a
// head"), which open such pairs more often than not.
func Joined(x, y string) (string, bool) {
	if !Joinable(x, y) {
		return "", false
	}
	return x + y, true
}

// Joinable reports whether Joined closes x and y up, without making the
// closed form.
func Joinable(x, y string) bool {
	if !threeLetters(x) || !threeLetters(y) {
		return false
	}
	switch len(x) {
	case 3, 4, 5:
		switch strings.ToLower(x) {
		case "all", "any", "each", "every", "may", "some", "over":
			return false
		}
	}
	return true
}

// threeLetters reports whether w is letters only, three or more runes of
// them: one pass, ASCII read a byte at a time (word diffs ask it of every
// two words).
func threeLetters(w string) bool {
	n := 0
	for i := 0; i < len(w); n++ {
		if c := w[i]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) {
			return false
		}
		i += size
	}
	return n >= 3
}

// Acronym reports whether w has two or more letters, none lower case:
// "US", "U.S.", "NATO", "COVID-19". An acronym keeps its case where
// house-style capitals are folded, and is a name where a capitalised
// word need not be.
func Acronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
