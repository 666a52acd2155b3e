package tui

import (
	"container/heap"
	"slices"
)

// buildAligned lays out the aligned view, as side-by-side diff tools
// place a hunk's removed and added lines beside each other. Anchors are
// rows with sentences in two or more shown panes that keep every pane in
// its article's own order (see anchorRows); an anchor starts on the same
// line in every pane. Between two anchors each pane stacks its own other
// sentences, in its article's order, from the top of the block, with no
// blank line between them (each starts with its gutter mark); filler pads
// the shorter panes only. Which block holds a sentence an anchor does not
// order is chosen by stackBlocks.
func (l *layout) buildAligned(ix *index, spec layoutSpec, st *Styles) {
	l.rowTop = make([]int, len(ix.rows))
	l.rowH = make([]int, len(ix.rows))
	for r := range l.rowTop {
		l.rowTop[r] = -1
	}
	// sentH holds each sentence's lines before the apart lines: draw adds
	// those once the blocks are known.
	for p := range l.panes {
		pn := &l.panes[p]
		for s, sen := range ix.rep.Articles[pn.article].Sentences {
			pn.sentH[s] = lineCount(sen.Text, pn.width)
			if ix.againAt[sentRef{pn.article, s}] != "" {
				pn.sentH[s]++ // the line saying where the article tells it again
			}
		}
	}
	anchors := l.interleave(ix, l.anchorRows(ix))
	isAnchor := make(map[int]bool, len(anchors))
	for _, r := range anchors {
		isAnchor[r] = true
	}
	blocks := l.stackBlocks(ix, anchors, isAnchor)
	apart := l.apartRows(ix, isAnchor, blocks)
	line := 0
	// draw appends sentence s's lines in pane p to dst.
	draw := func(dst []lineRef, p, s int) []lineRef {
		pn := &l.panes[p]
		h := pn.sentH[s]
		if r := ix.rowOf(pn.article, s); apart[r] && s == slices.Max(ix.rows[r].cells[pn.article]) {
			// The lines saying where the group's other members are; their
			// arrows are worked out once every line is placed.
			pn.apart[s] = l.apartLines(ix, p, r, false)
			h += len(pn.apart[s])
		}
		pn.sentH[s] = h
		for i := range h {
			dst = append(dst, lineRef{int32(s), int32(i)})
		}
		return dst
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
				cells[p] = draw(cells[p], p, s)
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
			for _, s := range l.anchorCell(ix, r, p) {
				pn := &l.panes[p]
				pn.sentTop[s] = line + len(cells[p])
				cells[p] = draw(cells[p], p, s)
				l.cover(ix.rowOf(pn.article, s), pn.sentTop[s], pn.sentH[s])
			}
		}
		place(cells)
	}
	l.total = line
	l.fillApart(ix)
}

// anchorCell is what pane p draws beside anchor row r: the row's
// sentences in the pane's article and, where the article tells the fact
// in sentences apart, its other sentences between them, so the pane still
// reads in its article's order (stackBlocks leaves those to it).
func (l *layout) anchorCell(ix *index, r, p int) []int {
	a := l.panes[p].article
	c := ix.rows[r].cells[a]
	if len(c) < 2 || c[len(c)-1]-c[0] == len(c)-1 {
		return c
	}
	out := make([]int, 0, c[len(c)-1]-c[0]+1)
	for s := c[0]; s <= c[len(c)-1]; s++ {
		if ix.rowOf(a, s) >= 0 {
			out = append(out, s)
		}
	}
	return out
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

// interleave orders the anchors so that one starts about where its
// sentences would with nothing aligned: the chain keeps each pane's order,
// but with four panes or more two anchors may have no pane in common (two
// pairs of articles on look-alike events), and the rows' order drew every
// anchor of one pair before any of the other's, those panes blank down to
// their first shared fact (a pane began 97 lines down). Each anchor's place
// is its sentences' depth in their articles (the lines above them, the
// deepest of its panes); of the anchors first in each of their panes, the
// shallowest comes next, ties in the chain's order. sentH must hold each
// sentence's lines.
func (l *layout) interleave(ix *index, chain []int) []int {
	np := len(l.panes)
	if np < 4 || len(chain) < 2 { // any two anchors share a pane: one order
		return chain
	}
	depth := make([]int, len(chain))
	seqs := make([][]int, np) // per pane: its anchors, as chain indexes
	for p := range l.panes {
		pn := &l.panes[p]
		above := make([]int, len(pn.sentH)+1)
		for s, h := range pn.sentH {
			above[s+1] = above[s] + h
		}
		for i, r := range chain {
			if c := ix.rows[r].cells[pn.article]; len(c) > 0 {
				depth[i] = max(depth[i], above[slices.Min(c)])
				seqs[p] = append(seqs[p], i)
			}
		}
	}
	waiting := make([]int, len(chain)) // per anchor: panes it is not yet first in
	for _, seq := range seqs {
		for j, i := range seq {
			if j > 0 {
				waiting[i]++
			}
		}
	}
	ready := &anchorHeap{depth: depth}
	for i := range chain {
		if waiting[i] == 0 {
			heap.Push(ready, i)
		}
	}
	head := make([]int, np) // per pane: its next anchor in seqs
	out := make([]int, 0, len(chain))
	for ready.Len() > 0 {
		i := heap.Pop(ready).(int)
		out = append(out, chain[i])
		for p, seq := range seqs {
			if head[p] < len(seq) && seq[head[p]] == i {
				head[p]++
				if head[p] < len(seq) {
					j := seq[head[p]]
					if waiting[j]--; waiting[j] == 0 {
						heap.Push(ready, j)
					}
				}
			}
		}
	}
	return out
}

// anchorHeap is chain indexes, shallowest first, then in the chain's order.
type anchorHeap struct {
	depth []int
	idx   []int
}

func (h *anchorHeap) Len() int { return len(h.idx) }
func (h *anchorHeap) Less(a, b int) bool {
	x, y := h.idx[a], h.idx[b]
	return h.depth[x] < h.depth[y] || h.depth[x] == h.depth[y] && x < y
}
func (h *anchorHeap) Swap(a, b int) { h.idx[a], h.idx[b] = h.idx[b], h.idx[a] }
func (h *anchorHeap) Push(x any)    { h.idx = append(h.idx, x.(int)) }
func (h *anchorHeap) Pop() any {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}
