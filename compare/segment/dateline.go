package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDateline bounds the bytes of a dateline before its dash: "WASILLA,
// Alaska (AP) —" is 20, "NEW YORK, N.Y. (Reuters) --" 24.
const MaxDateline = 60

// Dateline returns where the dateline that opens paragraph p ends: the
// offset of the spaced dash after it ("WASHINGTON -- The U.S. Attorney's
// office …", "WASILLA, Alaska (AP) — A fire …"), or -1 when p opens with
// none. The dateline is capitalised words, commas, dots and an agency in
// brackets, ending at a spaced dash, its first word in capitals or an
// agency named ("Washington (CNN) --"). A run-in head in capitals before a
// dash ("QUESTIONABLE MEDICAL CLAIMS — For years, …") is read as one too.
// Both the engine (a dateline's place is no fact the story tells) and the
// framing markers (the word after the dash opens the sentence, so its
// capital is no name's) read datelines with it, so the two agree on what
// one is. Only the first MaxDateline bytes and a dash are looked at.
func Dateline(p string) int {
	dash := -1
	for _, d := range []string{" -- ", " — ", " – ", " - ", " —", " –"} {
		if i := strings.Index(p[:min(len(p), MaxDateline+len(d))], d); i >= 0 && (dash < 0 || i < dash) {
			dash = i
		}
	}
	if dash < 0 {
		return -1
	}
	head := p[:dash]
	agency := strings.Contains(head, "(") && strings.HasSuffix(head, ")")
	words := headWords(head)
	if len(words) == 0 {
		return -1
	}
	if agency || strings.ToUpper(words[0]) == words[0] && utf8.RuneCountInString(words[0]) >= 2 {
		return dash
	}
	return -1
}

// headWords returns the words of a dateline's head, split at spaces,
// commas and brackets, or nil when one of them opens with neither a
// capital nor a figure ("BEIJING, Jan 5 (Reuters)" is a dateline; "The
// mayor" is not).
func headWords(head string) []string {
	words := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' })
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return nil
		}
	}
	return words
}
