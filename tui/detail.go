package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// textWriter collects the lines of a scrolling text screen (the inspector,
// the overview), each exactly width cells.
type textWriter struct {
	width int
	st    *Styles
	lines []string
}

func (w *textWriter) line(s string) { w.lines = append(w.lines, truncate(s, w.width)) }
func (w *textWriter) blank()        { w.lines = append(w.lines, strings.Repeat(" ", w.width)) }
func (w *textWriter) heading(s string) {
	w.wrapped(s, nil, tsHeadline, 0)
}

// wrapped soft-wraps text to the width, indented.
func (w *textWriter) wrapped(text string, spans []span, base textStyle, indent int) {
	pad := strings.Repeat(" ", indent)
	tw := max(w.width-indent, 1)
	for _, l := range wrap(text, tw) {
		w.lines = append(w.lines, pad+renderLine(text, l, spans, base, tw, w.st))
	}
}

// hanging soft-wraps text after a prefix (which may be styled), indented,
// with the lines after the first aligned under the text.
func (w *textWriter) hanging(prefix, text string, spans []span, base textStyle, indent int) {
	pw := ansi.StringWidth(prefix)
	tw := max(w.width-indent-pw, 1)
	pad := strings.Repeat(" ", indent)
	for i, l := range wrap(text, tw) {
		p := prefix
		if i > 0 {
			p = strings.Repeat(" ", pw)
		}
		w.lines = append(w.lines, pad+p+renderLine(text, l, spans, base, tw, w.st))
	}
}

// renderQuote lists a quote and its renderings in other articles: each
// article's speaker and the relation, a word diff where the words differ, a
// warning where another speaker is named, and the sentences that give the
// words without quotation marks.
func (in inspector) renderQuote(w *textWriter, ix *index, qi int) {
	rep := ix.rep
	q := rep.Quotes[qi]
	st := w.st
	w.heading(fmt.Sprintf("%s quote %s", quoteStatus(q), q.ID))
	w.line(fmt.Sprintf("%s %s · %s", quoteGlyph(q, st), st.Label.Render(rep.Articles[q.Article].Label), speakerOf(q.Speaker, q.Role, q.Partial)))
	w.wrapped("“"+q.Text+"”", nil, tsQuote, 4)
	if slices.ContainsFunc(q.Matches, func(mt compare.QuoteMatch) bool { return len(mt.Diff) > 0 }) {
		w.wrapped("[-words-] only in this quote · {+words+} only in the other article's version", nil, tsDim, 2)
	}
	byID := map[string]int{}
	for i, o := range rep.Quotes {
		byID[o.ID] = i
	}
	for _, mt := range q.Matches {
		oi, ok := byID[mt.Quote]
		if !ok {
			continue
		}
		o := rep.Quotes[oi]
		rel := mt.Relation
		if rel == "truncated" {
			rel += ": " + compare.Truncation(q, o, rep.Articles[o.Article].Label)
		}
		if mt.Split > 0 {
			rel = compare.SplitRelation(q, o, mt.Split)
		}
		head := fmt.Sprintf("%s %s · %s", st.MarkQuote.Render(markQuote), st.Label.Render(rep.Articles[o.Article].Label), speakerOf(o.Speaker, o.Role, o.Partial))
		other := ""
		if mt.OtherSpeaker {
			other = " · " + st.MarkConflict.Render("≠ given to another speaker")
		}
		if line := head + " · " + rel + other; rel == mt.Relation || ansi.StringWidth(line) <= w.width {
			w.line(line)
		} else {
			// Which article cut the quote short must not be cut off at
			// the edge: it goes on a line of its own.
			w.line(head + other)
			w.wrapped(rel, nil, tsPlain, 4)
		}
		if len(mt.Diff) > 0 {
			dt, spans := diffText(mt.Diff)
			w.wrapped("“"+dt+"”", shiftSpans(spans, len("“")), tsQuote, 4)
		} else {
			w.wrapped("“"+o.Text+"”", nil, tsQuote, 4)
		}
	}
	if len(q.Matches) == 0 {
		w.wrapped("no other article quotes these words", nil, tsDim, 2)
	}
	for _, p := range q.ParaphrasedIn {
		if p.Article < 0 || p.Article >= len(rep.Articles) || p.Sentence < 0 || p.Sentence >= len(rep.Articles[p.Article].Sentences) {
			continue
		}
		art := rep.Articles[p.Article]
		sen := art.Sentences[p.Sentence]
		w.line(fmt.Sprintf("%s given as paraphrase in %s ¶%d", st.MarkOther.Render(markOther), st.Label.Render(art.Label), sen.Paragraph+1))
		w.wrapped(sen.Text, nil, tsDim, 4)
	}
	w.blank()
}

// shiftSpans moves spans d bytes on, for text written after a prefix.
func shiftSpans(spans []span, d int) []span {
	out := make([]span, len(spans))
	for i, s := range spans {
		out[i] = span{s.start + d, s.end + d, s.ts}
	}
	return out
}

// countedSpeaker is a speaker of an article's quote counts
// (compare.Summary.Speakers), whose "(unattributed)" speakerOf names
// "unattributed", as the quote ledger does.
func countedSpeaker(s string) string {
	if s == "(unattributed)" {
		return ""
	}
	return s
}

func speakerOf(name, role string, partial bool) string {
	s := name
	if s == "" {
		s = "unattributed"
	}
	if role != "" {
		s += " (" + role + ")"
	}
	if partial {
		s += " · partial"
	}
	return s
}
