package tui

import "slices"

// The order n and N visit items in the aligned view: as the view draws
// them, top to bottom and, on one line, left to right, so n never leaves
// an item drawn between the current one and the next. With more articles
// than panes, an item of an article not shown comes where the view would
// draw it with every article in a pane: after the shown items drawn before
// it there. n brings that article into a pane, and goes on down the new
// panes as they draw the items (pagedOrder): kept in the order n came by,
// n went up the new screen where those panes order facts differently.
// Items the new panes draw before the one n came for, not yet visited,
// come last, so n still visits every item once, and N retraces the way. The rows' order would not do: where outlets order facts
// differently, it puts a group after another article's sentences that
// the view draws above it, and n left a group on screen for an article
// not shown (BASIL 2013-9879bbc0 at 80 columns).

// screenOrder is the items in the order n visits them in the aligned
// view (the inspector's n too, which numbers them so); nil in the article
// view, where n keeps the rows' order.
func (m Model) screenOrder() []int {
	if so := m.drawOrder(); so != nil {
		return so.seq
	}
	return nil
}

// drawOrder is the order n visits the items in the aligned view, worked
// out once per layout: nil unless the view is aligned; seq nil when the
// view leaves an item undrawn with every article in a pane.
func (m Model) drawOrder() *screenSeq {
	if !m.aligned || m.lay == nil || m.lay.screen == nil {
		return nil
	}
	so := m.lay.screen
	if so.done {
		return so
	}
	so.done = true
	if len(m.lay.panes) >= len(m.ix.rep.Articles) {
		so.seq, so.lead = drawSeq(m.ix, m.lay)
	} else if full := m.fullOrder(); full.seq != nil {
		drawn, _ := drawSeq(m.ix, m.lay)
		so.seq, so.lead = mergeHidden(drawn, full.seq), full.lead
	}
	if len(so.seq) < len(m.ix.items) {
		so.seq = nil
		return so
	}
	so.ord = ordinals(m.ix, so.seq)
	return so
}

// keepNumbers keeps the items' numbers of was, the order before a resize,
// in the order the new layout draws them: n goes down the new panes, but
// an item keeps the name the editor saw ("related 2/5"), though the new
// panes may show other articles and so draw the items in another order.
// In the article view the numbers are kept with the aligned view's order
// (m.kept), and only the aligned view's own order is renumbered here.
func (m Model) keepNumbers(was *screenSeq) Model {
	if was == nil || was.seq == nil || len(was.ord) != len(m.ix.items) {
		return m
	}
	now := m.drawOrder()
	if now == nil || now.seq == nil || now == was {
		return m
	}
	kept := *now
	kept.ord = was.ord
	m.lay.screen = &kept
	return m
}

// fullOrderWidth is the pane width fullOrder lays the articles out at.
// It places the items of articles not shown among those shown, which
// needs no more than their lines' rough order, so one width serves every
// terminal size: a resize does not wrap every article again, and where
// such an item comes does not change with the terminal's width.
const fullOrderWidth = 60

// fullOrder is the drawing order of the items with every article in a
// pane, made once per report (by relayout, when panes first hide an
// article: it lays out every article, which View must not); its seq is
// nil when that view leaves an item undrawn.
func (m Model) fullOrder() *screenSeq {
	if m.ix.fullOrder != nil {
		return m.ix.fullOrder
	}
	w := fullOrderWidth
	all := make([]int, len(m.ix.rep.Articles))
	widths := make([]int, len(all))
	for a := range all {
		all[a], widths[a] = a, w
	}
	full := &screenSeq{done: true}
	l := buildLayout(m.ix, layoutSpec{aligned: true, visible: all, widths: widths}, &m.styles)
	full.seq, full.lead = drawSeq(m.ix, l)
	if len(full.seq) < len(m.ix.items) {
		full.seq = nil
	}
	full.sentTop = make([][]int, len(all))
	for _, pn := range l.panes {
		full.sentTop[pn.article] = pn.sentTop
	}
	m.ix.fullOrder = full
	return full
}

// mergeHidden is drawn, the items the panes draw in their order, with the
// others (of articles not shown) each placed after every drawn item that
// comes before it in full, the order with every article in a pane: just
// after the one of those the panes draw last (at the start when there is
// none). Among themselves they keep full's order. So n brings in an
// article for an item only once it has visited everything on the panes
// that the fuller view draws first. It is a pure function, so it can be
// tested by table.
func mergeHidden(drawn, full []int) []int {
	pos := map[int]int{}
	for p, i := range drawn {
		pos[i] = p
	}
	after := map[int][]int{} // place in drawn (or -1) → the hidden items after it
	last := -1
	for _, i := range full {
		if p, ok := pos[i]; ok {
			last = max(last, p)
			continue
		}
		after[last] = append(after[last], i)
	}
	out := append([]int{}, after[-1]...)
	for p, i := range drawn {
		out = append(out, i)
		out = append(out, after[p]...)
	}
	return out
}

// drawSeq is the items layout l draws, sorted by line, then on one line
// left to right (by the first pane that draws the item's row on that
// line), and per item that pane's article (see screenSeq.lead).
func drawSeq(ix *index, l *layout) (seq, lead []int) {
	key := make([]int, len(ix.items))
	lead = make([]int, len(ix.items))
	for i, it := range ix.items {
		top := l.rowTop[it.row]
		if top < 0 {
			continue
		}
		left := len(l.panes)
		lead[i] = -1
	panes:
		for p, pn := range l.panes {
			for _, s := range ix.rows[it.row].cells[pn.article] {
				if pn.sentTop[s] == top {
					left, lead[i] = p, pn.article
					break panes
				}
			}
		}
		key[i] = top*(len(l.panes)+1) + left
		seq = append(seq, i)
	}
	slices.SortStableFunc(seq, func(a, b int) int { return key[a] - key[b] })
	return seq, lead
}

// ordinals is each item's place among those of its kind in seq, so
// "unique 3/26" counts as n visits. A conflict, which several rows may
// show, keeps one ordinal, its first.
func ordinals(ix *index, seq []int) []int {
	ord := make([]int, len(ix.items))
	var counts [kindConflict + 1]int
	conflictOrd := map[int]int{}
	for _, i := range seq {
		it := ix.items[i]
		if it.kind == kindConflict {
			if _, seen := conflictOrd[it.fact]; !seen {
				counts[kindConflict]++
				conflictOrd[it.fact] = counts[kindConflict]
			}
			ord[i] = conflictOrd[it.fact]
			continue
		}
		counts[it.kind]++
		ord[i] = counts[it.kind]
	}
	return ord
}

// stepInOrder is step along seq, the drawing order: from the current item
// while it is on screen (in the inspector, always), else from the screen
// (see orderStart). An item in
// an article not shown is brought into a pane.
func (m Model) stepInOrder(dir int, seq []int) Model {
	start := slices.Index(seq, m.cur)
	if start < 0 || m.mode == modePanes && !m.onScreen(m.ix.items[m.cur].row) {
		start = orderStart(dir, seq, m.drawnTops(seq), m.scroll[0], m.bodyHeight(), m.lay.total)
	}
	for p := start + dir; p >= 0 && p < len(seq); p += dir {
		i := seq[p]
		if it := m.ix.items[i]; m.filter.accepts(m.ix, it) {
			if !m.rowShown(it.row) {
				// The article that puts the item here, so it lands
				// where this order expects it, not a member far down.
				// n goes on in the new panes' drawing order; N keeps
				// the order it came by, so it retraces the way.
				so, a := m.lay.screen, it.article
				if so.lead != nil && so.lead[i] >= 0 {
					a = so.lead[i]
				}
				m = m.show(a)
				if dir > 0 {
					m.lay.screen = m.pagedOrder(so, seq[:p+1], seq[p+1:])
				} else {
					m.lay.screen = so // N retraces the order it came by
				}
			}
			return m.moveTo(i, it.row)
		}
	}
	return m.nothingFurther(dir)
}

// pagedOrder is the order n goes on in once it has paged in an article
// for the last item of came: came as it was, so N retraces the way, then
// the items of rest in the new panes' drawing order, from the landing
// item down the screen; those the new panes draw before it (where the
// panes order facts differently than the ones n came from) come last.
// Every item is still visited once, and in the panes n brought in it
// goes down the screen, as it does in any panes.
func (m Model) pagedOrder(was *screenSeq, came, rest []int) *screenSeq {
	now := m.drawOrder() // the new panes'

	if now == nil || now.seq == nil {
		return was
	}
	rank := make([]int, len(m.ix.items))
	for p, i := range now.seq {
		rank[i] = p
	}
	seq := pagedSeq(came, rest, func(i int) int { return rank[i] })
	ord := ordinals(m.ix, seq)
	if !slices.Equal(was.ord, ordinals(m.ix, was.seq)) {
		ord = was.ord // numbers kept over a resize (keepNumbers) stay
	}
	return &screenSeq{done: true, seq: seq, ord: ord, lead: now.lead}
}

// pagedSeq is came, then rest in the order rank gives them in the new
// panes, from the last of came down; those ranked before it (drawn above
// it in the new panes) come last. So n, having paged in an article for
// the last of came, goes on down the new panes and still reaches every
// entry once: items (pagedOrder) and search matches (pagedHits) alike.
func pagedSeq[T any](came, rest []T, rank func(T) int) []T {
	land := rank(came[len(came)-1])
	rest = slices.Clone(rest)
	slices.SortStableFunc(rest, func(x, y T) int {
		bx, by := rank(x) < land, rank(y) < land // drawn above the landing entry: last
		if bx != by {
			if bx {
				return 1
			}
			return -1
		}
		return rank(x) - rank(y)
	})
	return slices.Concat(came, rest)
}

// drawnTops is, for each position in seq, the first line of its item's
// row in the current layout, or -1 when the panes do not draw it.
func (m Model) drawnTops(seq []int) []int {
	tops := make([]int, len(seq))
	for p, i := range seq {
		tops[p] = m.lay.rowTop[m.ix.items[i].row]
	}
	return tops
}

// orderStart is where stepping from the screen starts, in an order whose
// drawn items (tops[p] >= 0) begin on lines tops[p]: the screen shows
// lines [top, top+body) of total. Going down (dir 1) it is just before
// the first item drawn at or below the top of the screen, going up just
// after the last one drawn above its bottom; at the top of the view every
// item before that counts as on screen, at the bottom every one after,
// those of articles not shown included. It is a pure function, so it can
// be tested by table.
func orderStart(dir int, seq, tops []int, top, body, total int) int {
	if dir > 0 {
		if top <= 0 {
			return -1
		}
		for p := range seq {
			if tops[p] >= top {
				return p - 1
			}
		}
		return len(seq) - 1
	}
	if top >= total-body {
		return len(seq)
	}
	for p := len(seq) - 1; p >= 0; p-- {
		if tops[p] >= 0 && tops[p] < top+body {
			return p + 1
		}
	}
	return 0
}
