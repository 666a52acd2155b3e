package tui

import (
	"fmt"
	"strings"
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

// renderQuote lists a quote and its renderings in other articles: each
// article's speaker and the relation.
func (in inspector) renderQuote(w *textWriter, ix *index, qi int) {
	rep := ix.rep
	q := rep.Quotes[qi]
	w.heading(fmt.Sprintf("%s quote %s", quoteStatus(q), q.ID))
	w.line(fmt.Sprintf("%s %s · %s", w.st.MarkQuote.Render(markQuote), w.st.Label.Render(rep.Articles[q.Article].Label), speakerOf(q.Speaker, q.Role, q.Partial)))
	w.wrapped("“"+q.Text+"”", nil, tsQuote, 4)
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
		w.line(fmt.Sprintf("%s %s · %s · %s", w.st.MarkQuote.Render(markQuote), w.st.Label.Render(rep.Articles[o.Article].Label), speakerOf(o.Speaker, o.Role, o.Partial), mt.Relation))
		w.wrapped("“"+o.Text+"”", nil, tsQuote, 4)
	}
	if len(q.Matches) == 0 {
		w.wrapped("no other article carries this quote", nil, tsDim, 2)
	}
	w.blank()
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

// renderFact lists each article's value of a fact and its status.
func renderFact(w *textWriter, ix *index, fi int) {
	rep := ix.rep
	f := rep.Facts[fi]
	w.heading(fmt.Sprintf("%s fact %s (%s)", f.Status, f.ID, f.Kind))
	for _, m := range f.Mentions {
		if m.Article < 0 || m.Article >= len(rep.Articles) {
			continue
		}
		val := fmt.Sprintf("%g", m.Value)
		if m.Low != m.High {
			val = fmt.Sprintf("%g–%g", m.Low, m.High)
		}
		if m.Unit != "" {
			val += " " + m.Unit
		}
		w.line(fmt.Sprintf("%s %s · %s · “%s”", w.st.MarkConflict.Render(markConflict), w.st.Label.Render(rep.Articles[m.Article].Label), val, m.Text))
	}
	w.blank()
}
