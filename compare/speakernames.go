package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/fact"
)

// One person is often named in two forms across a story's articles, or
// within one: "Ben Jealous" and "Benjamin Todd Jealous", "Tim Murray" and
// "Timothy Murray", "James Clapper" and "James R. Clapper Jr.". The ledger
// gives such a person one name, the fullest, so that the articles' voices
// and the quotes sorted by speaker list them once, and namedApart does not
// take the two forms for two relatives ("Ben" and "Benjamin" differ in
// their first word as "Mary" and "Dick" Cheney do).
//
// Two forms are one person when they end with the same surname (after a
// suffix, "Jr.", "III"), their given names are equal or one is a short
// form the other begins with ("Ben", "Benjamin"; three letters or more:
// "Al" may be Alan or Alice), and the shorter's middle names are in the
// longer's, in order, an initial standing for a name ("R." for "Rodham").
// Short forms that are not prefixes ("Bill", "William") are left apart: a
// table of them would merge more than this rule, and the shared data has
// no such pair. Over BASIL and ECB+ the rule renames 34 short forms, each
// the same person as its full one (read by hand), and joins no two people.

// minShortForm is the shortest given name read as the short form of a
// longer one.
const minShortForm = 3

// unifySpeakerNames renames the speakers of qs that are one person under
// several forms of the name to the fullest of them (the most words, then
// the longest, then the first given). A set of forms that holds two
// that are not one person ("John Smith", "John A. Smith", "John B.
// Smith") is left as it is: the short form may be either.
func unifySpeakerNames(qs []Quote) {
	var names []string
	for i := range qs {
		if n := qs[i].Speaker; n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	words := make([][]string, len(names))
	for i, n := range names {
		words[i] = personNameWords(n)
	}
	var rename map[string]string
	for i, a := range names {
		wa := words[i]
		if wa == nil || rename[a] != "" {
			continue
		}
		var set []int
		for j := i + 1; j < len(names); j++ {
			// samePersonName tests the surnames first.
			if rename[names[j]] == "" && samePersonName(wa, words[j]) {
				if set == nil {
					set = []int{i}
				}
				set = append(set, j)
			}
		}
		if set == nil || !allSamePerson(words, set) {
			continue
		}
		best := names[set[0]]
		for _, k := range set[1:] {
			if fuller(names[k], best) {
				best = names[k]
			}
		}
		if rename == nil {
			rename = map[string]string{}
		}
		for _, k := range set {
			rename[names[k]] = best
		}
	}
	for i := range qs {
		if to := rename[qs[i].Speaker]; to != "" {
			qs[i].Speaker = to
		}
	}
}

// allSamePerson reports whether every two of the names words[set[...]]
// (personNameWords of each) are one person.
func allSamePerson(words [][]string, set []int) bool {
	for i, a := range set {
		for _, b := range set[i+1:] {
			if !samePersonName(words[a], words[b]) {
				return false
			}
		}
	}
	return true
}

// fuller reports whether name a is fuller than b: more words, else longer.
func fuller(a, b string) bool {
	na, nb := len(strings.Fields(a)), len(strings.Fields(b))
	if na != nb {
		return na > nb
	}
	return len(a) > len(b)
}

// samePersonName reports whether two speakers' names, as personNameWords
// gives them (nil for no person's name), are forms of one person's name
// (see above).
func samePersonName(fa, fb []string) bool {
	if fa == nil || fb == nil || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	if !sameGivenName(fa[0], fb[0]) {
		return false
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	mid, k := fa[1:len(fa)-1], 0
	for _, w := range fb[1 : len(fb)-1] {
		if k < len(mid) && nameWordsMatch(mid[k], w) {
			k++
		}
	}
	return k == len(mid)
}

// sameGivenName reports whether two given names, in lower case, are one:
// equal, an initial and a name it begins, or a short form and the name it
// begins ("ben", "benjamin").
func sameGivenName(a, b string) bool {
	if nameWordsMatch(a, b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= minShortForm && !strings.HasSuffix(a, ".") && strings.HasPrefix(b, a)
}

// nameWordsMatch reports whether two words of a name, in lower case, are
// one: equal, or an initial ("r.") and a name it begins.
func nameWordsMatch(a, b string) bool {
	if a == b {
		return true
	}
	if len(b) == 2 {
		a, b = b, a
	}
	return len(a) == 2 && a[1] == '.' && len(b) > 2 && b[0] == a[0] && !strings.HasSuffix(b, ".")
}

// personNameWords returns a speaker's name in lower case, word by word,
// without a suffix ("Jr.", "III") and with apostrophes made straight, when
// it reads as a person's name of two words or more: every word
// capitalised, letters, apostrophes, hyphens and an initial's dot only.
// Else nil: "Democratic committee", "Obama's campaign", "the two
// senators", "Ann Lee and Tom Hale" are no one person's name.
func personNameWords(s string) []string {
	f := strings.Fields(s)
	for len(f) > 2 && fact.NameSuffix(strings.ToLower(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	if len(f) < 2 {
		return nil
	}
	out := make([]string, len(f))
	for i, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return nil
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.' {
				return nil
			}
		}
		out[i] = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	}
	return out
}
