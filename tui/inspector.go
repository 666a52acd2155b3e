package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// inspector shows one item with every article's version stacked: the word
// diff against a reference article, similarity, position, and for quotes
// and facts what each article says.
type inspector struct {
	cur, row int // the item (-1 for a bare row) and its row
	ref      int // the reference article
	lines    []string
	scroll   int
	height   int
	mark     review.Mark // the editor's mark on the item
}

// openInspector opens the inspector on the current item, or on the first
// item on screen when there is none on screen.
func (m Model) openInspector() Model {
	if _, row := m.shownCurrent(); row < 0 {
		m = m.step(1)
		if _, row := m.shownCurrent(); row < 0 {
			return m
		}
	}
	cur, row := m.cur, m.curRow
	ref, _ := firstCell(m.ix.rows[row])
	if gi := m.ix.relatedOf(row); gi >= 0 && (cur < 0 || m.ix.items[cur].row != row) {
		// Again, related: the sentence is its group's, not one outlet's
		// alone; the group's inspector lists it with the other versions.
		// The panes keep their place on the sentence.
		cur, row = gi, m.ix.items[gi].row
		a, _ := firstCell(m.ix.rows[m.curRow])
		ref, _ = firstCell(m.ix.rows[row])
		if len(m.ix.rows[row].cells[a]) > 0 {
			ref = a
		}
		m.note = "again, related: this is its group; " + m.ix.rep.Articles[a].Label + " says this fact twice"
	} else if cur >= 0 && m.ix.items[cur].group < 0 {
		ref = m.ix.items[cur].article
	}
	m.mode = modeInspector
	m.insp = inspector{cur: cur, row: row, ref: ref}
	m.insp.mark = m.rv.sess.Mark(m.currentID())
	m.insp = m.insp.resize(m.ix, m.width, m.bodyHeight()+headerHeight, &m.styles)
	var it item
	if cur >= 0 {
		it = m.ix.items[cur]
	} else {
		it.fact, it.quote = -1, -1
	}
	switch {
	case row != m.curRow: // opened from a related sentence: bring it into view
		a, s := firstCell(m.ix.rows[m.curRow])
		m.insp.reveal(m.ix.rep.Articles[a].Label + " · again, related · " + position(m.ix.rep.Articles[a].Sentences[s]))
	case it.fact >= 0:
		// Opened on a conflict: its figures come after the group's
		// versions, below the screen on a large group (review-r20: line
		// 37 of 58 at 80x24); show them, as the item is about them.
		m.insp.reveal(" fact " + m.ix.rep.Facts[it.fact].ID + " (")
	case it.quote >= 0:
		m.insp.reveal(" quote " + m.ix.rep.Quotes[it.quote].ID)
	}
	return m
}

// reveal scrolls as little as shows the block whose first line holds
// head, down to the blank line after it.
func (in *inspector) reveal(head string) {
	for i, l := range in.lines {
		if !strings.Contains(ansi.Strip(l), head) {
			continue
		}
		end := i
		for end+1 < len(in.lines) && strings.TrimSpace(ansi.Strip(in.lines[end+1])) != "" {
			end++
		}
		if end >= in.scroll+in.height {
			in.scrollBy(end + 1 - in.height - in.scroll)
		}
		return
	}
}

func (m Model) handleInspectorKey(msg tea.KeyPressMsg) Model {
	k := m.keys
	body := m.insp.height
	switch {
	case key.Matches(msg, k.Close):
		m.mode = modePanes
	case key.Matches(msg, k.Down):
		m.insp.scrollBy(1)
	case key.Matches(msg, k.Up):
		m.insp.scrollBy(-1)
	case key.Matches(msg, k.PageDown):
		m.insp.scrollBy(max(body-2, 1))
	case key.Matches(msg, k.PageUp):
		m.insp.scrollBy(-max(body-2, 1))
	case key.Matches(msg, k.Top):
		m.insp.scrollBy(-1 << 30)
	case key.Matches(msg, k.Bottom):
		m.insp.scrollBy(1 << 30)
	case key.Matches(msg, k.Reference):
		m.insp.ref = m.nextReference()
		m.insp = m.insp.resize(m.ix, m.width, body, &m.styles)
	case key.Matches(msg, k.Inspect):
		m = m.goNearest()
	case key.Matches(msg, k.Next, k.Prev):
		dir := 1
		if key.Matches(msg, k.Prev) {
			dir = -1
		}
		m = m.step(dir)
		m = m.openInspector()
	case key.Matches(msg, k.Overview):
		m.mode = modeOverview
		m.ov = newOverview(m.ix, m.width, body, &m.styles, m.overviewReview())
	case key.Matches(msg, k.Help):
		m.mode, m.helpScroll = modeHelp, 0
	}
	return m
}

// nextReference is the next article after the reference that has a
// sentence in the row; for an item of one article, any next article.
func (m Model) nextReference() int {
	n := len(m.ix.rep.Articles)
	cells := m.ix.rows[m.insp.row].cells
	for i := 1; i <= n; i++ {
		a := (m.insp.ref + i) % n
		if len(cells[a]) > 0 || m.ix.rows[m.insp.row].group < 0 {
			return a
		}
	}
	return m.insp.ref
}

func (in *inspector) scrollBy(d int) {
	in.scroll = max(min(in.scroll+d, len(in.lines)-in.height), 0)
}

// resize redraws the inspector for a width; it runs in Update.
func (in inspector) resize(ix *index, width, height int, st *Styles) inspector {
	in.height = height
	in.lines = in.render(ix, width, st)
	in.scrollBy(0)
	return in
}

func (in inspector) view(b *strings.Builder, width, height int) {
	writeBlock(b, in.lines, in.scroll, width, height)
}

func (in inspector) render(ix *index, width int, st *Styles) []string {
	rep := ix.rep
	w := &textWriter{width: width, st: st}
	rw := ix.rows[in.row]
	var it *item
	if in.cur >= 0 && in.cur < len(ix.items) {
		it = &ix.items[in.cur]
	}
	switch {
	case rw.group >= 0:
		g := rep.Groups[rw.group]
		moved := ""
		if g.Moved {
			moved = " · moved: placed very differently across outlets"
		}
		within := ""
		if n := withinCount(rep, g); n > 0 {
			within = fmt.Sprintf(" (+%d carrying its words within another fact)", n)
		}
		w.heading(fmt.Sprintf("%s fact · %d of %d articles%s · similarity %.2f%s", g.Kind, len(g.Members), len(rep.Articles), within, g.Similarity, moved))
		if l := divergenceLine(rep, g); l != "" {
			w.wrapped(l, nil, tsPlain, 0)
		}
		if l := hedgingLine(rep, g); l != "" {
			w.wrapped(l, nil, tsPlain, 0)
		}
		if where, n := againWhere(rep, g, -1); n > 0 {
			w.wrapped("again, related: "+where+" (listed at the end)", nil, tsPlain, 0)
		}
	default:
		a, s := firstCell(rw)
		note, doubt := rep.PerhapsToldNote(a, s), ""
		if note != "" {
			// A close sentence the alignment did not join: "only … says
			// this" would be a claim the editor acts on.
			doubt = "?"
		}
		w.heading(fmt.Sprintf("only %s says this%s · %s", rep.Articles[a].Label, doubt, position(rep.Articles[a].Sentences[s])))
		if note != "" {
			w.wrapped(note+" (not aligned): check it", nil, tsPlain, 0)
		}
	}
	writeMark(w, in.mark)
	w.wrapped(fmt.Sprintf("reference: %s (r to change) · [-words-] only in the reference · {+words+} only in this article", rep.Articles[in.ref].Label), nil, tsDim, 0)
	w.blank()
	refText := memberText(rep, rw, in.ref)
	target, hasTarget := nearestTarget(ix, in.row)
	for a, art := range rep.Articles {
		text := memberText(rep, rw, a)
		if within := carriedWithin(rep, rw, a); text == "" && within != nil {
			// The outlet prints the fact's words in a sentence grouped
			// with another of its facts: it carries this (review-r18).
			writeWithin(w, ix, in.row, a, within, target, hasTarget, st)
			w.blank()
			continue
		}
		if text == "" {
			if near := mayCarryRow(rep, rw, a); near != nil {
				// Close sentences the alignment did not join: "does not
				// carry this" would be a claim an editor acts on.
				w.line(st.MarkOther.Render(markOther) + " " + st.Label.Render(art.Label) + st.Subtle.Render(" · may carry this in "+places(art, near)+" (not aligned)"))
				for _, n := range near {
					sen := art.Sentences[n.Sentence]
					w.wrapped(fmt.Sprintf("%s, similarity %.2f:", position(sen), n.Similarity), nil, tsDim, 2)
					w.wrapped(sen.Text, nil, tsDim, 4)
				}
				w.blank()
				continue
			}
			s := ix.counterpart(in.row, a)
			w.line(st.MarkOther.Render(markOther) + " " + st.Label.Render(art.Label) + st.Subtle.Render(" · nothing aligned with this fact"))
			if s >= 0 {
				writeNearest(w, ix, in.row, a, s, hasTarget && target == sentRef{a, s})
			}
			w.blank()
			continue
		}
		first := rw.cells[a][0]
		head := st.Label.Render(art.Label) + " · " + placeIn(rep, rw, a, first)
		if a == in.ref {
			head += " · reference"
		} else if sim := nearestSim(ix, in.row, a, first); sim >= 0 {
			head += fmt.Sprintf(" · similarity %.2f", sim)
		}
		w.line(kindMark(ix, in.row, st) + " " + head)
		if a == in.ref || refText == "" {
			w.wrapped(text, nil, tsPlain, 2)
		} else {
			dt, spans := diffText(compare.WordDiff(refText, text))
			w.wrapped(dt, spans, tsPlain, 2)
		}
		if rw.group >= 0 {
			writeFraming(w, rep, rep.Groups[rw.group], a)
		}
		writeSentenceFraming(w, rep, a, rw.cells[a], rw.group < 0)
		writeAlsoCarries(w, rep, rw.group, a, rw.cells[a])
		w.blank()
	}
	if rw.group >= 0 {
		writeRelated(w, rep, rep.Groups[rw.group], st)
	}
	// The quotes and facts in the row's sentences, the item's own first.
	var quotes, facts []int
	if it != nil && it.quote >= 0 {
		quotes = append(quotes, it.quote)
	}
	if it != nil && it.fact >= 0 {
		facts = append(facts, it.fact)
	}
	for a, c := range rw.cells {
		for _, s := range c {
			for _, qi := range ix.quotesAt[sentRef{a, s}] {
				if !slices.Contains(quotes, qi) && !quoteMatched(rep, quotes, qi) {
					quotes = append(quotes, qi)
				}
			}
			for _, fi := range ix.factsAt[sentRef{a, s}] {
				if !slices.Contains(facts, fi) {
					facts = append(facts, fi)
				}
			}
		}
	}
	for _, qi := range quotes {
		in.renderQuote(w, ix, qi)
	}
	writeFacts(w, ix, facts)
	return w.lines
}

// quoteMatched reports whether quote qi is another article's rendering of
// a quote already listed (the listed one shows it).
func quoteMatched(rep *compare.Report, listed []int, qi int) bool {
	for _, l := range listed {
		for _, mt := range rep.Quotes[l].Matches {
			if mt.Quote == rep.Quotes[qi].ID {
				return true
			}
		}
	}
	return false
}

// memberText is article a's sentences in row r, joined as the report joins
// a group's members, or "".
func memberText(rep *compare.Report, rw row, a int) string {
	var parts []string
	for _, s := range rw.cells[a] {
		parts = append(parts, rep.Articles[a].Sentences[s].Text)
	}
	return strings.Join(parts, " ")
}

// diffText writes a word diff as text with [-deleted-] and {+inserted+}
// marks, so the diff reads without colour, and the spans that colour it.
func diffText(ops []compare.DiffOp) (string, []span) {
	var b strings.Builder
	var spans []span
	for _, op := range ops {
		start := b.Len()
		switch op.Op {
		case compare.OpDelete:
			b.WriteString("[-" + op.Text + "-]")
			spans = append(spans, span{start, b.Len(), tsDiffDel})
		case compare.OpInsert:
			b.WriteString("{+" + op.Text + "+}")
			spans = append(spans, span{start, b.Len(), tsDiffIns})
		default:
			b.WriteString(op.ToText()) // the compared text's own typography
		}
	}
	return b.String(), spans
}

// position names where a sentence sits in its article.
func position(s compare.Sentence) string { return s.Place() }

// spanPosition names where sentences sents of art run when they sit in
// more than one place ("paragraphs 3–4", "lede–paragraph 2"), else "".
func spanPosition(art compare.Article, sents []int) string { return art.SpanPlace(sents) }

// writeRelated lists the group's related sentences: an outlet that
// reports the fact again in another sentence of its article.
func writeRelated(w *textWriter, rep *compare.Report, g compare.Group, st *Styles) {
	mark := st.MarkShared.Render(markShared) // as the panes draw it: its group's mark
	if g.Kind == compare.KindRelated {
		mark = st.MarkRelated.Render(markRelated)
	}
	for _, m := range g.Related {
		for _, s := range m.Sentences {
			sen := rep.Articles[m.Article].Sentences[s]
			w.line(mark + " " + st.Label.Render(rep.Articles[m.Article].Label) + st.Subtle.Render(" · again, related · "+position(sen)))
			w.wrapped(sen.Text, nil, tsPlain, 2)
			w.blank()
		}
	}
}

// placeIn is where article a puts the fact of row rw: where its
// sentences run when they cross a paragraph break ("paragraphs 3–4": the
// report's prominence names the first only, and the rest of the member
// would be looked for there), else the group's prominence from the report,
// else where its first sentence s sits.
func placeIn(rep *compare.Report, rw row, a, s int) string {
	if p := spanPosition(rep.Articles[a], rw.cells[a]); p != "" {
		return p
	}
	if rw.group >= 0 {
		for _, p := range rep.Groups[rw.group].Prominence {
			if p.Article == a && p.Place != "" {
				return p.Place
			}
		}
	}
	return position(rep.Articles[a].Sentences[s])
}

// nearestSim is the similarity the report gives between sentence s of
// article a and the row's first sentence in another article, or -1.
func nearestSim(ix *index, r, a, s int) float64 {
	for b, c := range ix.rows[r].cells {
		if b == a || len(c) == 0 {
			continue
		}
		if n, ok := ix.rep.NearestIn(b, c[0], a); ok && n.Sentence == s {
			return n.Similarity
		}
	}
	return -1
}

// mayCarryRow is MayCarry for the fact of a row, which article a is not
// in: a group's (as the overview judges it), or a sentence only one article
// has.
func mayCarryRow(rep *compare.Report, rw row, a int) []compare.Nearest {
	if rw.group >= 0 && rw.group < len(rep.Groups) {
		return rep.MayCarry(a, rep.Groups[rw.group])
	}
	var refs []compare.SentenceRef
	for b, c := range rw.cells {
		for _, s := range c {
			refs = append(refs, compare.SentenceRef{Article: b, Sentence: s})
		}
	}
	return rep.MayCarryAny(a, refs)
}

// places names where the sentences sit, briefly ("¶4 or headline").
func places(art compare.Article, near []compare.Nearest) string {
	var ps []string
	for _, n := range near {
		if p := shortPlace(art.Sentences[n.Sentence]); !slices.Contains(ps, p) {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, " or ")
}

// kindMark is the gutter mark of a row, styled.
func kindMark(ix *index, r int, st *Styles) string {
	rw := ix.rows[r]
	switch {
	case rw.other:
		return st.MarkOther.Render(markOther)
	case rw.group < 0:
		return st.MarkUnique.Render(markUnique)
	case ix.rep.Groups[rw.group].Kind == compare.KindRelated:
		return st.MarkRelated.Render(markRelated)
	}
	return st.MarkShared.Render(markShared)
}

// writeMark writes the editor's mark on the item: reviewed, flagged, and
// the note in full.
func writeMark(w *textWriter, mk review.Mark) {
	st := w.st
	var parts []string
	if mk.Reviewed {
		parts = append(parts, st.MarkReviewed.Render(markReviewed)+" reviewed")
	}
	if mk.Flagged {
		parts = append(parts, st.MarkFlagged.Render(markFlagged)+" flagged")
	}
	if mk.Note != "" {
		parts = append(parts, st.MarkNote.Render(markNote)+" note:")
	}
	if len(parts) == 0 {
		return
	}
	w.line(strings.Join(parts, " · "))
	if mk.Note != "" {
		w.wrapped(mk.Note, nil, tsPlain, 2)
	}
}
