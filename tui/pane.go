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
	focus    map[int][]span
	fdraw    *sentenceCache
	wraps    map[int][]wline // the sentences drawn so far, wrapped to the width
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
	l := &layout{aligned: spec.aligned, panes: make([]pane, len(spec.visible)), spec: spec}
	for p, a := range spec.visible {
		w := spec.widths[p]
		n := len(ix.rep.Articles[a].Sentences)
		pn := pane{article: a, width: w, sentTop: make([]int, n), sentH: make([]int, n), blankRow: strings.Repeat(" ", w),
			wraps: map[int][]wline{}}
		pn.draw = newSentenceCache(ix, spec, st, a, w, pn.wraps)
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
		pn.draw = newSentenceCache(ix, spec, st, pn.article, pn.width, pn.wraps)
		pn.focus, pn.fdraw = nil, nil
	}
	return &nl
}

// buildAligned lays out the aligned view, as side-by-side diff tools
// place a hunk's removed and added lines beside each other. Anchors are
// rows with sentences in two or more shown panes that keep every pane in
// its article's own order (see anchorRows); an anchor starts on the same
// line in every pane. Between two anchors each pane stacks its own other
// sentences, in its article's order, from the top of the block, with no
// blank line between them (each starts with its gutter mark); filler pads
// the shorter panes only.
func (l *layout) buildAligned(ix *index, spec layoutSpec, st *Styles) {
	l.rowTop = make([]int, len(ix.rows))
	l.rowH = make([]int, len(ix.rows))
	for r := range l.rowTop {
		l.rowTop[r] = -1
	}
	anchors := l.anchorRows(ix)
	isAnchor := make(map[int]bool, len(anchors))
	for _, r := range anchors {
		isAnchor[r] = true
	}
	// blocks[k][p]: pane p's sentences before anchor k (k == len(anchors):
	// after the last).
	blocks := make([][][]int, len(anchors)+1)
	for k := range blocks {
		blocks[k] = make([][]int, len(l.panes))
	}
	for p := range l.panes {
		a := l.panes[p].article
		k := 0
		for s := range ix.rep.Articles[a].Sentences {
			r := ix.rowOf(a, s)
			if r < 0 || isAnchor[r] {
				continue
			}
			for k < len(anchors) && l.after(ix, p, s, r, anchors[k]) {
				k++
			}
			blocks[k][p] = append(blocks[k][p], s)
		}
	}
	line := 0
	draw := func(p, s int) []lineRef {
		pn := &l.panes[p]
		h := lineCount(ix.rep.Articles[pn.article].Sentences[s].Text, pn.width)
		pn.sentH[s] = h
		refs := make([]lineRef, h)
		for i := range refs {
			refs[i] = lineRef{int32(s), int32(i)}
		}
		return refs
	}
	// place appends cells to every pane, padded to the tallest, and a
	// blank line after.
	place := func(cells [][]lineRef) {
		h := 0
		for _, c := range cells {
			h = max(h, len(c))
		}
		if h == 0 {
			return
		}
		for p := range l.panes {
			pn := &l.panes[p]
			pn.refs = append(pn.refs, cells[p]...)
			for range h - len(cells[p]) + 1 {
				pn.refs = append(pn.refs, blankRef)
			}
		}
		line += h + 1
	}
	cells := make([][]lineRef, len(l.panes))
	for k, blk := range blocks {
		for p, sents := range blk {
			cells[p] = nil
			for _, s := range sents {
				r := ix.rowOf(l.panes[p].article, s)
				l.panes[p].sentTop[s] = line + len(cells[p])
				cells[p] = append(cells[p], draw(p, s)...)
				l.cover(r, l.panes[p].sentTop[s], l.panes[p].sentH[s])
			}
		}
		place(cells)
		if k == len(anchors) {
			break
		}
		r := anchors[k]
		for p := range l.panes {
			cells[p] = nil
			for _, s := range ix.rows[r].cells[l.panes[p].article] {
				l.panes[p].sentTop[s] = line + len(cells[p])
				cells[p] = append(cells[p], draw(p, s)...)
			}
			l.cover(r, line, len(cells[p]))
		}
		place(cells)
	}
	l.total = line
}

// cover widens row r's extent to include lines [top, top+h).
func (l *layout) cover(r, top, h int) {
	if r < 0 || h == 0 {
		return
	}
	if l.rowTop[r] < 0 {
		l.rowTop[r], l.rowH[r] = top, h
		return
	}
	end := max(l.rowTop[r]+l.rowH[r], top+h)
	l.rowTop[r] = min(l.rowTop[r], top)
	l.rowH[r] = end - l.rowTop[r]
}

// after reports whether sentence s of pane p (on row r) comes after anchor
// row ar: in its article's order when the anchor has a sentence there,
// else in the rows' order.
func (l *layout) after(ix *index, p, s, r, ar int) bool {
	if c := ix.rows[ar].cells[l.panes[p].article]; len(c) > 0 {
		return s > slices.Max(c)
	}
	return r > ar
}

// anchorWindow bounds the rows anchorRows looks back over, so its work
// grows linearly with the report.
const anchorWindow = 256

// anchorRows chooses the rows the aligned view lines up across panes: rows
// with sentences in at least two shown panes, forming a chain that goes
// forward in every shown article, so each pane reads in its article's own
// order. Where outlets order facts differently, the chain keeps the rows
// holding the most text and leaves the others in their own places
// (their gutter marks and the focus still pair them). It is a longest
// increasing chain over the rows' order, each row linked to the best
// compatible row before it.
func (l *layout) anchorRows(ix *index) []int {
	type cand struct {
		row    int
		lo, hi []int // per pane: first and last sentence, -1 when absent
		last   []int // per pane: the last sentence of the chain ending here
		score  int
		prev   int
	}
	np := len(l.panes)
	var cs []cand
	for r, rw := range ix.rows {
		if rw.group < 0 || rw.other {
			continue
		}
		c := cand{row: r, lo: make([]int, np), hi: make([]int, np), prev: -1}
		shown := 0
		for p := range l.panes {
			a := l.panes[p].article
			c.lo[p], c.hi[p] = -1, -1
			if cl := rw.cells[a]; len(cl) > 0 {
				c.lo[p], c.hi[p] = slices.Min(cl), slices.Max(cl)
				shown++
				for _, s := range cl {
					c.score += len(ix.rep.Articles[a].Sentences[s].Text)
				}
			}
		}
		if shown < 2 {
			continue
		}
		cs = append(cs, c)
	}
	best := -1
	for i := range cs {
		c := &cs[i]
		base := 0
		for j := i - 1; j >= max(i-anchorWindow, 0); j-- {
			if cs[j].score <= base {
				continue
			}
			ok := true
			for p := range np {
				if c.lo[p] >= 0 && c.lo[p] <= cs[j].last[p] {
					ok = false
					break
				}
			}
			if ok {
				base, c.prev = cs[j].score, j
			}
		}
		c.last = make([]int, np)
		for p := range np {
			c.last[p] = c.hi[p]
			if c.prev >= 0 {
				c.last[p] = max(c.last[p], cs[c.prev].last[p])
			}
		}
		c.score += base
		if best < 0 || c.score > cs[best].score {
			best = i
		}
	}
	var out []int
	for i := best; i >= 0; i = cs[i].prev {
		out = append(out, cs[i].row)
	}
	slices.Reverse(out)
	return out
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
// the framing markers. The layout itself is left as it was: models are
// values.
func (l *layout) withFocus(ix *index, r int, st *Styles) *layout {
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
				pn.fdraw = newSentenceCache(ix, l.spec, st, a, pn.width, pn.wraps)
			}
			pn.focus[s] = append(append([]span{}, diff[s]...), framing[s]...)
		}
	}
	return l
}

// line returns line i of the pane, rendering it if no frame has yet.
func (pn *pane) line(i int) string {
	if i < 0 || i >= len(pn.refs) || pn.refs[i].s < 0 {
		return pn.blankRow
	}
	ref := pn.refs[i]
	s := int(ref.s)
	c := pn.draw
	extra, focused := pn.focus[s]
	if focused {
		c = pn.fdraw
	}
	return c.sentence(s, extra, focused).line(int(ref.i), pn.width, &c.st)
}

// height is the pane's line count.
func (pn *pane) height() int { return len(pn.refs) }

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
	title := truncate(" "+art.Title, w)
	rule := st.Rule.Render(strings.Repeat("─", w))
	for f, ls := range []string{st.Label.Render(label), st.LabelOn.Render(label)} {
		out[f] = [headerHeight]string{ls + st.Byline.Render(metaLine), st.Title.Render(title), rule}
	}
	return out
}
