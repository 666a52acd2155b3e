package compare

import (
	"strings"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/textsim"
)

// reproducedStatement reports, for each sentence of a, whether it lies in
// a statement the article reproduces as a list, without quotation marks:
// a run of paragraphs each opening with a list dash ("-", "•", "*") right
// after a paragraph whose last sentence ends with a colon and names
// someone's text or their saying it ("a set of response points were
// circulated by Democrats close to the campaign:", "the mayor's office
// released a statement:"). Its words are the speaker's, as a quotation's
// are: "he'll be the first to admit those were mistakes", "his opponent's
// campaign admits they cherry-picked the quotes" concede and judge for
// the campaign, not for the outlet that prints its points. A list the
// writer introduces in its own words ("Among the changes:") is left the
// writer's. nil when the article has no such list.
func reproducedStatement(a Article) []bool {
	var out []bool
	for si := 0; si < len(a.Sentences); si++ {
		s := a.Sentences[si]
		if si == 0 || a.Sentences[si-1].Paragraph == s.Paragraph || !listDash(s.Text) {
			continue
		}
		intro := a.Sentences[si-1]
		if !strings.HasSuffix(strings.TrimSpace(intro.Text), ":") || !namesStatement(intro.Text) {
			continue
		}
		// The run: every paragraph from here that opens with a dash.
		for p := s.Paragraph; si < len(a.Sentences); si++ {
			t := a.Sentences[si]
			if t.Paragraph != p {
				if !listDash(t.Text) {
					si--
					break
				}
				p = t.Paragraph
			}
			if out == nil {
				out = make([]bool, len(a.Sentences))
			}
			out[si] = true
		}
	}
	return out
}

// listDash reports whether text opens with a list dash straight before
// its first word ("-Here are the facts", "• The mayor").
func listDash(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	if r != '-' && r != '•' && r != '*' && r != '–' && r != '—' {
		return false
	}
	rest := strings.TrimLeft(text[n:], " ")
	next, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && next != '-' && next != r
}

// namesStatement reports whether an introducing sentence names a text
// of someone's or their giving it out.
func namesStatement(text string) bool {
	for _, w := range textsim.Tokens(text) {
		if statementWords[w] {
			return true
		}
	}
	return false
}

// statementWords name a text put out by a speaker, or the act of putting
// it out.
var statementWords = map[string]bool{
	"statement": true, "statements": true, "release": true, "released": true, "points": true,
	"memo": true, "letter": true, "email": true, "e-mail": true, "message": true, "circulated": true,
	"issued": true, "said": true, "says": true, "wrote": true, "writes": true, "transcript": true,
	"remarks": true, "responded": true, "response": true,
}
