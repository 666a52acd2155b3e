package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDateline bounds the bytes of a dateline before its dash: "WASILLA,
// Alaska (AP) —" is 20, "NEW YORK, N.Y. (Reuters) --" 24.
const maxDateline = 60

// inDateline reports whether the span [start, end) of text lies in the
// dateline that opens its paragraph: "WASHINGTON -- The U.S. Attorney's
// office …", "WASILLA, Alaska (AP) — A fire …". A dateline says where the
// story was filed, not what happened: its place is no fact the story
// tells, and two outlets filing from Washington share no fact by it (one
// outlet's dateline matched another's "a Washington, D.C., law firm" as a
// shared place). The dateline is capitalised words, commas, dots and an
// agency in brackets, ending at a spaced dash, its first word in capitals
// or an agency named ("Washington (CNN) --"). A run-in head in capitals
// before a dash ("QUESTIONABLE MEDICAL CLAIMS — For years, …") is caught
// too: a label, whose capitals were read as names, not a fact either.
func inDateline(text string, start, end int) bool {
	// Only the bytes a dateline may span are searched: a name deep in a
	// long paragraph (a 5 MB line of them) must not scan back to its start.
	lo := max(0, start-maxDateline)
	para := strings.LastIndexByte(text[lo:start], '\n')
	switch {
	case para >= 0:
		para += lo + 1
	case lo > 0:
		return false
	default:
		para = 0
	}
	rest := text[para:]
	dash := -1
	for _, d := range []string{" -- ", " — ", " – ", " - ", " —", " –"} {
		if i := strings.Index(rest[:min(len(rest), maxDateline+len(d))], d); i >= 0 && (dash < 0 || i < dash) {
			dash = i
		}
	}
	if dash < 0 || para+dash < end {
		return false
	}
	head := rest[:dash]
	agency := strings.Contains(head, "(") && strings.HasSuffix(head, ")")
	words := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' })
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) { // "BEIJING, Jan 5 (Reuters)"
			return false
		}
	}
	return agency || strings.ToUpper(words[0]) == words[0] && utf8.RuneCountInString(words[0]) >= 2
}
