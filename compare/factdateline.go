package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/segment"
)

// inDateline reports whether the span [start, end) of text lies in the
// dateline that opens its paragraph (segment.Dateline): "WASHINGTON -- The
// U.S. Attorney's office …". A dateline says where the story was filed,
// not what happened: its place is no fact the story tells, and two outlets
// filing from Washington share no fact by it (one outlet's dateline
// matched another's "a Washington, D.C., law firm" as a shared place). A
// run-in head in capitals before a dash ("QUESTIONABLE MEDICAL CLAIMS —
// For years, …") is caught too: a label, whose capitals were read as
// names, not a fact either.
func inDateline(text string, start, end int) bool {
	// Only the bytes a dateline may span are searched: a name deep in a
	// long paragraph (a 5 MB line of them) must not scan back to its start.
	lo := max(0, start-segment.MaxDateline)
	para := strings.LastIndexByte(text[lo:start], '\n')
	switch {
	case para >= 0:
		para += lo + 1
	case lo > 0:
		return false
	default:
		para = 0
	}
	dash := segment.Dateline(text[para:])
	return dash >= 0 && para+dash >= end
}
