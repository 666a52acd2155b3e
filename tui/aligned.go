package tui

import "slices"

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
	anchors := l.anchorRows(ix)
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
			for _, s := range ix.rows[r].cells[l.panes[p].article] {
				l.panes[p].sentTop[s] = line + len(cells[p])
				cells[p] = draw(cells[p], p, s)
			}
			l.cover(r, line, len(cells[p]))
		}
		place(cells)
	}
	l.total = line
	l.fillApart(ix)
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
