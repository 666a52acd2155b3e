package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// headerHeight is the lines above each pane's text: label and byline,
// title, rule.
const headerHeight = 3

// pane is one article's column for one width: which sentence line each
// of its lines shows, drawn lazily (see draw.go).
type pane struct {
	article int
	width   int
	header  [2][headerHeight]string // unfocused, focused
	refs    []lineRef
	sentTop []int // sentence → its first line, -1 when not drawn
	sentH   []int
	draw    *sentenceCache
	// focus holds, while an item is current, its sentences in this pane
	// with the spans drawn over them (word diff and framing); fdraw draws
	// them with the focus bar.
	focus map[int][]span
	fdraw *sentenceCache
	wraps map[int][]wline // the sentences drawn so far, wrapped to the width
	// apart is, in the aligned view, the lines drawn under the last
	// sentence of a member of a group whose members are not side by side:
	// where the others are (apartLines).
	apart    map[int][]string
	blankRow string
}

// layout is the drawn state of the panes for one terminal size, view,
// set of visible articles and search query.
type layout struct {
	aligned bool
	panes   []pane
	rowTop  []int // aligned view: row → first line, -1 when not shown
	rowH    []int
	total   int // aligned view: the line count of every pane
	spec    layoutSpec
	// screen is the items in the order this layout draws them, worked
	// out on first use; withFocus's copies share it, as they share the
	// lines.
	screen *screenSeq
}

// screenSeq is the items in drawing order and each item's ordinal among
// those of its kind in that order.
type screenSeq struct {
	done bool
	seq  []int // nil when the layout has no one drawing order
	ord  []int
	// lead is, per item, the article whose sentence puts the item where
	// it is in seq (of its row, the one drawn first), or -1: with more
	// articles than panes, the one n brings into a pane for it.
	lead []int
	// sentTop is, in fullOrder's layout (every article in a pane), per
	// article the first line of each sentence: where the view would
	// draw a search's match in an article not shown.
	sentTop [][]int
}

// layoutSpec is what a layout depends on.
type layoutSpec struct {
	aligned bool
	visible []int // article indexes, one per pane
	widths  []int
	query   string
	marks   map[sentRef]string // review marks per sentence, styled
	diffs   bool               // draw every group's word diff, not only the focused one's
}

// diffOf is the word diff spans of article a's sentences on row r when the
// spec draws word diffs, else nil.
func (spec layoutSpec) diffOf(ix *index, r, a int) map[int][]span {
	if !spec.diffs || r < 0 || ix.rows[r].group < 0 {
		return nil
	}
	return diffSpans(ix.rep, ix.rep.Groups[ix.rows[r].group], a)
}

// buildLayout draws every pane for a spec. It is the only expensive step
// and runs on resize, view switch, paging across articles and search.
func buildLayout(ix *index, spec layoutSpec, st *Styles) *layout {
	l := &layout{aligned: spec.aligned, panes: make([]pane, len(spec.visible)), spec: spec, screen: &screenSeq{}}
	for p, a := range spec.visible {
		w := spec.widths[p]
		n := len(ix.rep.Articles[a].Sentences)
		pn := pane{article: a, width: w, sentTop: make([]int, n), sentH: make([]int, n), blankRow: strings.Repeat(" ", w),
			wraps: map[int][]wline{}, apart: map[int][]string{}}
		pn.draw = newSentenceCache(ix, spec, st, &pn)
		for s := range pn.sentTop {
			pn.sentTop[s] = -1
		}
		pn.header = renderHeader(ix, a, w, st)
		l.panes[p] = pn
	}
	if spec.aligned {
		l.buildAligned(ix, spec, st)
	} else {
		for p := range l.panes {
			l.panes[p].buildArticle(ix)
		}
	}
	return l
}

// sameShape reports whether a layout for spec has the same lines as l:
// only the search, the marks or the word diffs differ, which change how
// words are drawn but not where lines break.
func (l *layout) sameShape(spec layoutSpec) bool {
	return l.aligned == spec.aligned && slices.Equal(l.spec.visible, spec.visible) && slices.Equal(l.spec.widths, spec.widths)
}

// restyled returns the layout drawn for spec, of the same shape, with the
// focus dropped: nothing is re-wrapped, and lines are rendered again only
// as frames show them.
func (l *layout) restyled(ix *index, spec layoutSpec, st *Styles) *layout {
	nl := *l
	nl.spec = spec
	nl.panes = slices.Clone(l.panes)
	for p := range nl.panes {
		pn := &nl.panes[p]
		pn.header = renderHeader(ix, pn.article, pn.width, st)
		pn.draw = newSentenceCache(ix, spec, st, pn)
		pn.focus, pn.fdraw = nil, nil
	}
	return &nl
}

func (pn *pane) buildArticle(ix *index) {
	art := ix.rep.Articles[pn.article]
	for s, sen := range art.Sentences {
		if s > 0 && sen.Paragraph != art.Sentences[s-1].Paragraph {
			pn.refs = append(pn.refs, blankRef)
		}
		h := lineCount(sen.Text, pn.width)
		pn.sentTop[s], pn.sentH[s] = len(pn.refs), h
		for i := range h {
			pn.refs = append(pn.refs, lineRef{int32(s), int32(i)})
		}
	}
}

// withFocus returns the layout with the sentences of row r drawn with the
// focus bar and, for a group, the word diff against its first member and
// the framing markers; when the current item cur is a quote, its words
// are drawn as the current quote, as a search's current match is: a row
// holds a group and its quotes, and the bar alone would not say which of
// them n landed on. The layout itself is left as it was: models are
// values.
func (l *layout) withFocus(ix *index, r, cur int, st *Styles) *layout {
	nl := *l
	l = &nl
	l.panes = slices.Clone(l.panes)
	for p := range l.panes {
		l.panes[p].focus, l.panes[p].fdraw = nil, nil
	}
	if r < 0 || r >= len(ix.rows) {
		return l
	}
	rw := ix.rows[r]
	for p := range l.panes {
		pn := &l.panes[p]
		a := pn.article
		var diff, framing map[int][]span
		if rw.group >= 0 {
			g := ix.rep.Groups[rw.group]
			diff = diffSpans(ix.rep, g, a)
			framing = framingSpans(ix.rep, g, a, rw.cells[a])
		}
		for _, s := range rw.cells[a] {
			if pn.sentTop[s] < 0 {
				continue
			}
			if pn.focus == nil {
				pn.focus = map[int][]span{}
				pn.fdraw = newSentenceCache(ix, l.spec, st, pn)
			}
			pn.focus[s] = append(append([]span{}, diff[s]...), framing[s]...)
		}
	}
	if cur >= 0 && cur < len(ix.items) && ix.items[cur].row == r && ix.items[cur].quote >= 0 {
		q := ix.rep.Quotes[ix.items[cur].quote]
		for p := range l.panes {
			pn := &l.panes[p]
			if extra, ok := pn.focus[q.Sentence]; ok && pn.article == q.Article {
				sen := ix.rep.Articles[q.Article].Sentences[q.Sentence]
				pn.focus[q.Sentence] = appendSpan(extra, q.Start-sen.Start, q.End-sen.Start, len(sen.Text), tsQuoteAt)
			}
		}
	}
	return l
}

// line returns line i of the pane, rendering it if no frame has yet.
func (pn *pane) line(i int) string { return pn.screenLine(0, i) }

// screenLine is line top+i of the pane on a screen that starts at line
// top. A note under a sentence (where its outlet tells the fact again,
// where its group's other members are) speaks of the sentence above it:
// once that sentence's text has scrolled off the top, the note alone
// would read as a line about what follows it, so it is left blank.
func (pn *pane) screenLine(top, i int) string {
	j := top + i
	if j < 0 || j >= len(pn.refs) || pn.refs[j].s < 0 {
		return pn.blankRow
	}
	ref := pn.refs[j]
	s := int(ref.s)
	d, c := pn.drawn(s)
	if text := len(d.wl); int(ref.i) >= text && pn.sentTop[s]+text <= top {
		return pn.blankRow
	}
	return d.line(int(ref.i), pn.width, &c.st)
}

// textEnd is the line after sentence s's text in the pane, above the
// notes drawn under it.
func (pn *pane) textEnd(ix *index, s int) int {
	return pn.sentTop[s] + lineCount(ix.rep.Articles[pn.article].Sentences[s].Text, pn.width)
}

// drawn is sentence s as the pane draws it, and the cache it came from.
func (pn *pane) drawn(s int) (*drawnSentence, *sentenceCache) {
	c := pn.draw
	extra, focused := pn.focus[s]
	if focused {
		c = pn.fdraw
	}
	return c.sentence(s, extra, focused), c
}

// height is the pane's line count.
func (pn *pane) height() int { return len(pn.refs) }

// noHeadline stands in a pane's header for the title of an article that
// has none (text that opens with its first sentence).
const noHeadline = "(no headline)"

// renderHeader draws an article's label, byline or date, and title,
// each cut to the pane width by display width.
func renderHeader(ix *index, a, w int, st *Styles) [2][headerHeight]string {
	art := ix.rep.Articles[a]
	var out [2][headerHeight]string
	meta := art.Byline
	if art.Date != "" {
		meta = strings.TrimSpace(meta + " · " + art.Date)
		meta = strings.TrimPrefix(meta, "· ")
	}
	lab := " " + art.Label + " "
	labW := min(ansi.StringWidth(lab), w)
	if meta != "" {
		labW = min(labW, max(w*2/3, 1))
	}
	label := truncate(lab, labW)
	metaLine := strings.Repeat(" ", w-labW)
	if rest := w - labW; rest > 2 && meta != "" {
		metaLine = " " + truncate(meta, rest-1)
	}
	title := st.Title.Render(truncate(" "+art.Title, w))
	if art.Title == "" { // said, not a blank line that looks like a fault
		title = st.Byline.Render(truncate(" "+noHeadline, w))
	}
	rule := st.Rule.Render(strings.Repeat("─", w))
	for f, ls := range []string{st.Label.Render(label), st.LabelOn.Render(label)} {
		out[f] = [headerHeight]string{ls + st.Byline.Render(metaLine), title, rule}
	}
	return out
}
