package tui

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/fact"
	"github.com/storydiff/storydiff/review"
)

// gutterWidth is the columns before a sentence's text: the focus bar, the
// kind mark, the conflict, group (≠ ?) or quote mark, two review marks (flagged or
// reviewed, and noted) and a space.
const gutterWidth = 6

// Gutter marks. They carry each sentence's meaning without colour.
const (
	markShared   = "═"
	markRelated  = "≈"
	markUnique   = "◆"
	markOther    = "·"
	markQuote    = "“" // a quote other outlets share
	markOddQuote = "❝" // a unique or variant quote
	markConflict = "!"
	markFocus    = "▌"
	// Review marks: the strongest of the items on a sentence.
	markReviewed = "✓"
	markFlagged  = "⚑"
	markNote     = "✎"
)

// sentenceLook is how one sentence is drawn: everything but its text.
type sentenceLook struct {
	base    textStyle
	kind    string // the kind mark, already styled
	annot   string // the conflict, group or quote mark, already styled, or " "
	review  string // the review marks, already styled, two cells
	spans   []span
	focused bool
}

// look works out a sentence's marks and highlights from the report.
func (ix *index) look(a, s int, st *Styles, query string, marks map[sentRef]string) sentenceLook {
	sen := ix.rep.Articles[a].Sentences[s]
	lk := sentenceLook{base: tsPlain, annot: " ", review: "  "}
	if g, ok := marks[sentRef{a, s}]; ok {
		lk.review = g
	}
	r := ix.rowOf(a, s)
	switch {
	case r < 0 || ix.rows[r].other:
		lk.base, lk.kind = tsDim, st.MarkOther.Render(markOther)
	case ix.rows[r].related >= 0:
		// Again, related: drawn as its group is, so the mark agrees with
		// the summary, which counts the sentence as its group's kind.
		lk.kind = st.MarkShared.Render(markShared)
		if ix.rep.Groups[ix.rows[r].related].Kind == compare.KindRelated {
			lk.kind = st.MarkRelated.Render(markRelated)
		}
	case ix.rows[r].group < 0:
		lk.base, lk.kind = tsUnique, st.MarkUnique.Render(markUnique)
	case ix.rep.Groups[ix.rows[r].group].Kind == compare.KindRelated:
		lk.kind = st.MarkRelated.Render(markRelated)
	default:
		lk.kind = st.MarkShared.Render(markShared)
	}
	lk.spans = sentenceFramingSpans(sen, lk.spans)
	switch ix.corrected[sentRef{a, s}] {
	case review.Split:
		lk.kind = st.MarkCorrected.Render(markSplit)
	case review.Join:
		lk.kind = st.MarkCorrected.Render(markJoined)
	}
	if sen.Role == compare.RoleHeadline {
		lk.base = max(lk.base, tsHeadline)
	}
	ref := sentRef{a, s}
	strong := false
	for _, qi := range ix.quotesAt[ref] {
		q := ix.rep.Quotes[qi]
		ts := tsQuote
		if quoteStatus(q) != "shared" {
			ts, strong = tsQuoteStrong, true
		}
		lk.spans = appendSpan(lk.spans, q.Start-sen.Start, q.End-sen.Start, len(sen.Text), ts)
		lk.annot = st.MarkQuote.Render(markQuote)
	}
	if strong {
		lk.annot = st.MarkQuoteStrong.Render(markOddQuote)
	}
	conflict := false
	for _, fi := range ix.factsAt[ref] {
		f := ix.rep.Facts[fi]
		if f.Status != "conflict" {
			continue
		}
		for _, m := range f.Mentions {
			if m.Article == a && m.Sentence == s {
				lk.spans = appendSpan(lk.spans, m.Start-sen.Start, m.End-sen.Start, len(sen.Text), tsConflict)
			}
		}
		conflict = true
	}
	// One column, so one mark: a conflict first, then the group's ≠ or ?
	// (rare, and on every member, so the row reads as one across panes),
	// then a quote's (a third of all sentences, and its words stay
	// highlighted, bold when unique or variant).
	switch {
	case conflict:
		lk.annot = st.MarkConflict.Render(markConflict)
	case r >= 0 && ix.rows[r].group >= 0:
		lk.annot = framingMark(ix.rep.Groups[ix.rows[r].group], lk.annot, st)
	}
	hits := func() [][2]int { return findAll(sen.Text, query) }
	if query != "" && ix.folded != nil {
		hits = func() [][2]int { return findFolded(sen.Text, ix.folded[a][s], query) }
	}
	for _, h := range hits() {
		lk.spans = append(lk.spans, span{h[0], h[1], tsSearch})
	}
	return lk
}

// quoteGlyph is a quote's mark, styled: one glyph for a quote other
// outlets share, another, bold, for a unique or variant one.
func quoteGlyph(q compare.Quote, st *Styles) string {
	if quoteStatus(q) == "shared" {
		return st.MarkQuote.Render(markQuote)
	}
	return st.MarkQuoteStrong.Render(markOddQuote)
}

// appendSpan adds a span clamped to a text of length n; spans outside it
// (offsets from a report that disagrees with itself) are dropped.
func appendSpan(spans []span, start, end, n int, ts textStyle) []span {
	start, end = max(start, 0), min(end, n)
	if start >= end {
		return spans
	}
	return append(spans, span{start, end, ts})
}

// findAll returns the byte offsets (start and end) of every match of
// query in text, ignoring case and the kind of space: a non-breaking or
// thin space matches a space typed in the query.
func findAll(text, query string) [][2]int {
	return findFolded(text, fold(text), query)
}

// fold is text as search compares it: lower case, letters without their
// accents, every space one ASCII space, and the marks a keyboard types straight as it types them: curly
// quotes and apostrophes straight, a non-breaking hyphen or a dash a
// hyphen. Bytes that are no UTF-8 stay as they are.
func fold(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteByte(text[i])
		} else {
			b.WriteRune(foldRune(r))
		}
		i += n
	}
	return b.String()
}

// foldRune is how fold writes r.
func foldRune(r rune) rune {
	switch r {
	case '’', '‘':
		return '\''
	case '“', '”':
		return '"'
	case '‐', '‑', '–', '—':
		return '-'
	}
	if r >= utf8.RuneSelf && unicode.IsSpace(r) {
		return ' '
	}
	r = unicode.ToLower(r)
	if r >= utf8.RuneSelf && unicode.IsLetter(r) {
		return fact.Unaccent(r) // "Siân" finds "Sian", as the report takes them for one name
	}
	return r
}

// foldOffsets maps each byte offset of fold(text) to its offset in text,
// or is nil where fold kept every offset.
func foldOffsets(text string) []int {
	var offs []int
	same := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		m := 1
		if !(r == utf8.RuneError && n == 1) {
			m = utf8.RuneLen(foldRune(r))
		}
		if m != n && same {
			same = false
			offs = make([]int, 0, len(text)+1)
			for k := 0; k < i; k++ {
				offs = append(offs, k)
			}
		}
		if !same {
			for k := 0; k < m; k++ {
				offs = append(offs, i)
			}
		}
		i += n
	}
	if same {
		return nil
	}
	return append(offs, len(text))
}

// findFolded is findAll with the text already folded (fold's result).
func findFolded(text, folded, query string) [][2]int {
	q := fold(query)
	if q == "" {
		return nil
	}
	var hits [][2]int
	var offs []int
	for i := 0; ; {
		j := strings.Index(folded[i:], q)
		if j < 0 {
			return hits
		}
		start, end := i+j, i+j+len(q)
		if offs == nil && len(hits) == 0 {
			offs = foldOffsets(text)
		}
		if offs != nil {
			start, end = offs[start], offs[end]
		}
		hits = append(hits, [2]int{start, end})
		i = i + j + len(q)
	}
}

// renderSentence draws a sentence as lines exactly width cells wide.
func renderSentence(text string, lk sentenceLook, width int, st *Styles) []string {
	textW := textWidth(width)
	lines := wrap(text, textW)
	out := make([]string, len(lines))
	next := spanSweep(lk.spans)
	for i, l := range lines {
		out[i] = gutter(lk, i == 0, st) + renderLine(text, l, next(l), lk.base, textW, st) + " "
	}
	return out
}

// gutter is the columns before a line of a sentence: the focus bar, and on
// its first line the kind, annotation and review marks.
func gutter(lk sentenceLook, first bool, st *Styles) string {
	bar := " "
	if lk.focused {
		bar = st.FocusBar.Render(markFocus)
	}
	if !first {
		return bar + "     "
	}
	return bar + lk.kind + lk.annot + lk.review + " "
}

// spanSweep returns a function that, called with each wrapped line of a
// text in order, gives the spans that overlap it: each line then looks at
// its own few spans, so a long sentence full of search hits renders in
// time linear in its length, not in lines × hits.
func spanSweep(spans []span) func(wline) []span {
	sorted := slices.SortedFunc(slices.Values(spans), func(x, y span) int { return cmp.Compare(x.start, y.start) })
	var active []span
	i := 0
	return func(l wline) []span {
		if len(l) == 0 {
			return nil
		}
		from, to := l[0].start, l[len(l)-1].end
		for i < len(sorted) && sorted[i].start < to {
			active = append(active, sorted[i])
			i++
		}
		active = slices.DeleteFunc(active, func(s span) bool { return s.end <= from })
		return active
	}
}

// diffSpans returns, for each sentence of article a's member in group g,
// the spans of the words the pane's word diff marks: in the reference, the
// words some counterpart lacks; in a counterpart, the words it adds.
func diffSpans(rep *compare.Report, g compare.Group, a int) map[int][]span {
	var sents []int
	for _, m := range g.Members {
		if m.Article == a {
			sents = m.Sentences
		}
	}
	if len(sents) == 0 {
		return nil
	}
	art := rep.Articles[a]
	starts := make([]int, len(sents)) // offsets of each sentence in the joined text
	off := 0
	for i, s := range sents {
		starts[i] = off
		if s >= 0 && s < len(art.Sentences) {
			off += len(art.Sentences[s].Text) + 1
		}
	}
	out := map[int][]span{}
	mark := func(from, to int, ts textStyle) {
		for i, s := range sents {
			if s < 0 || s >= len(art.Sentences) {
				continue
			}
			n := len(art.Sentences[s].Text)
			out[s] = appendSpan(out[s], from-starts[i], to-starts[i], n, ts)
		}
	}
	for _, d := range g.Diff {
		if d.From != a && d.To != a {
			continue
		}
		pos := 0
		for _, op := range d.Ops {
			n := len(op.Text)
			switch {
			case op.Op == compare.OpEqual:
				if d.To == a {
					n = len(op.ToText()) // the run as this side writes it
				}
				pos += n
			case op.Op == compare.OpDelete && d.From == a:
				mark(pos, pos+n, tsDiffDel)
				pos += n
			case op.Op == compare.OpInsert && d.To == a:
				mark(pos, pos+n, tsDiffIns)
				pos += n
			}
		}
	}
	return out
}
