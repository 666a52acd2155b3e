package segment

import (
	"strings"
	"unicode/utf8"
)

// A photo credit is a bracketed group at the end of a caption: the agency
// after a slash, "(Drew Angerer/Getty Images)", "(Photo: Jane Doe/AP)",
// "(AP Photo/Evan Vucci)", or without one a picture agency's name, "(Getty
// Images)". As a regular expression (creditPattern, which the tests keep as
// the reference) its counted repeats made it the costliest pattern to
// compile and to run, so it is matched by hand.
const creditPattern = `\((?:(?i:photo|image|picture|credit)s?:\s*)?[^()/]{2,60}/[^()/]{2,60}\)` +
	`|\([^()]{0,60}\b(?:Getty Images|AP Photo|Shutterstock|Alamy)\b[^()]{0,30}\)` +
	`|\((?:Reuters|AP|AFP|EPA|EPA-EFE|PA|PA Wire|PA Media|Xinhua|Bloomberg|Getty)\)`

// creditStart returns where the photo credit that s ends with begins, or -1.
// A credit holds no bracket, so it can only be s's last bracketed group.
func creditStart(s string) int {
	if !strings.HasSuffix(s, ")") {
		return -1
	}
	open := strings.LastIndexByte(s[:len(s)-1], '(')
	if open < 0 || strings.IndexByte(s[open+1:len(s)-1], ')') >= 0 {
		return -1
	}
	if in := s[open+1 : len(s)-1]; slashCredit(in) || agencyCredit(in) || agencies[in] {
		return open
	}
	return -1
}

// endsWithCredit reports whether s ends with a photo credit.
func endsWithCredit(s string) bool { return creditStart(s) >= 0 }

// isCredit reports whether s is a photo credit and nothing else.
func isCredit(s string) bool { return creditStart(s) == 0 }

// slashCredit: an optional label ("Photo:"), then 2 to 60 characters, a
// slash, and 2 to 60 characters, none of them a slash.
func slashCredit(in string) bool {
	i := strings.IndexByte(in, '/')
	if i < 0 || strings.IndexByte(in[i+1:], '/') >= 0 || !runesBetween(in[i+1:], 2, 60) {
		return false
	}
	left := in[:i]
	if runesBetween(left, 2, 60) {
		return true
	}
	for _, rest := range creditLabelRests(left) {
		// The spaces after the colon may belong to the label or to the
		// name, so any length between rest trimmed and rest will do.
		n, trimmed := utf8.RuneCountInString(rest), utf8.RuneCountInString(strings.TrimLeft(rest, " \t\n\f\r"))
		if n >= 2 && trimmed <= 60 {
			return true
		}
	}
	return false
}

// creditLabelRests returns what follows a label "photo:", "images:",
// "Credit:"... at the start of s, for each way of reading one.
func creditLabelRests(s string) []string {
	var out []string
	for _, label := range []string{"photo", "image", "picture", "credit"} {
		if len(s) < len(label) || !strings.EqualFold(s[:len(label)], label) {
			continue
		}
		rest := s[len(label):]
		if r, ok := strings.CutPrefix(rest, ":"); ok {
			out = append(out, r)
		}
		if r, ok := strings.CutPrefix(rest, "s:"); ok {
			out = append(out, r)
		}
	}
	return out
}

// agencyCredit: a picture agency's name, as a whole word, with at most 60
// characters before it and 30 after.
func agencyCredit(in string) bool {
	for _, name := range []string{"Getty Images", "AP Photo", "Shutterstock", "Alamy"} {
		for from := 0; ; {
			i := strings.Index(in[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			if (i == 0 || !isWordByte(in[i-1])) && (end == len(in) || !isWordByte(in[end])) &&
				utf8.RuneCountInString(in[:i]) <= 60 && utf8.RuneCountInString(in[end:]) <= 30 {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// agencies are the news and picture agencies whose bare name in brackets
// credits a picture: "Jack Ma leaves Trump Tower on Monday. (Reuters)". At
// the start of a story ("BEIJING (Reuters) -") the name is no sentence's
// end, so it is never taken for a credit there.
var agencies = map[string]bool{"Reuters": true, "AP": true, "AFP": true, "EPA": true, "EPA-EFE": true, "PA": true,
	"PA Wire": true, "PA Media": true, "Xinhua": true, "Bloomberg": true, "Getty": true}

func runesBetween(s string, lo, hi int) bool {
	n := utf8.RuneCountInString(s)
	return n >= lo && n <= hi
}

// isWordByte is a character of \w, as \b sees it.
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
