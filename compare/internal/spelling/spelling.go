// Package spelling folds British spellings into American ones, so that
// "criticised" and "criticized", "colour" and "color", "centre" and
// "center" compare as one word. The pairs come from SCOWL's word lists
// (table.go, generated).
package spelling

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// US returns the American spelling of the British word w (any case), in
// w's case: "Harbour" gives "Harbor", "COLOUR" "COLOR". ok is false, and
// w comes back as it is, when w is no British variant the table knows.
func US(w string) (string, bool) {
	if len(w) < 3 || len(w) > 32 {
		return w, false
	}
	lower := strings.ToLower(w)
	i := sort.Search(len(pairs), func(i int) bool { return pairs[i][0] >= lower })
	if i == len(pairs) || pairs[i][0] != lower {
		return w, false
	}
	us := pairs[i][1]
	switch {
	case lower == w:
		return us, true
	case strings.ToUpper(w) == w:
		return strings.ToUpper(us), true
	}
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) && lower[n:] == w[n:] {
		return strings.ToUpper(us[:1]) + us[1:], true
	}
	return w, false // mixed case: a name or a coinage, left alone
}
