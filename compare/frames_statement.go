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
//
// So is the paragraph after a paragraph of its own that presents a text
// with a colon, unquoted ("Read the full post via the Gazette:",
// "Here's the council's official release:"): see presents.
func reproducedStatement(a Article) []bool {
	var out []bool
	for si := 0; si < len(a.Sentences); si++ {
		s := a.Sentences[si]
		if si == 0 || a.Sentences[si-1].Paragraph == s.Paragraph {
			continue
		}
		intro := a.Sentences[si-1]
		if !listDash(s.Text) {
			if presents(a, si-1) {
				// The text presented: its first paragraph, the one
				// the introduction stands over (where it ends is not
				// marked; the outlet's own words may resume after).
				for p := s.Paragraph; si < len(a.Sentences) && a.Sentences[si].Paragraph == p; si++ {
					if out == nil {
						out = make([]bool, len(a.Sentences))
					}
					out[si] = true
				}
				si--
			}
			continue
		}
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

// presents reports whether sentence si of a is a paragraph of its own,
// ending with a colon, that presents a text to be read: a word naming a
// text ("release", "post", "letter", "rant") and a word presenting it
// ("here", "read", "full", "below", "following").
func presents(a Article, si int) bool {
	s := a.Sentences[si]
	if !strings.HasSuffix(strings.TrimSpace(s.Text), ":") || si > 0 && a.Sentences[si-1].Paragraph == s.Paragraph ||
		si+1 < len(a.Sentences) && a.Sentences[si+1].Paragraph == s.Paragraph {
		return false
	}
	text, shown := false, false
	for _, w := range textsim.Tokens(s.Text) {
		text = text || statementWords[w] || presentedTexts[w]
		shown = shown || presenting[w]
	}
	return text && shown
}

// presentedTexts name texts an article may print whole, beside
// statementWords.
var presentedTexts = map[string]bool{"post": true, "rant": true, "text": true, "note": true,
	"announcement": true, "tweet": true, "tweets": true, "speech": true}

// presenting are the words with which an article hands over to a text it
// prints: "Here's", "Read the full", "below", "the following".
var presenting = map[string]bool{"here": true, "here's": true, "here’s": true, "heres": true, "read": true, "full": true,
	"below": true, "following": true}
