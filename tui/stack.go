package tui

import "slices"

// stackBlocks chooses the block between anchors that holds each pane's
// sentences outside the anchors: blocks[k][p] is pane p's sentences before
// anchor k (k == len(anchors): after the last), in its article's order.
//
// A pane's sentences between two anchors it has a sentence in (a run) may
// go in any block between those two: the anchors in between are other
// panes' and do not order them. A run between anchors with no other anchor
// between has one block; the others are spread so that one pane's
// one-sided text sits beside another's rather than below it. Block by
// block, each pane takes the rest of every run that can go no later, and
// its opening sentence unless that fits beside the next block's one-block
// runs; the tallest of these sets the block's height, and each pane goes on
// in its own order while its next sentence fits in it. The rows' order,
// which placed such runs before, drew an article's opening below every row
// the other articles had first (a pane began 48 lines down, its headline
// off the first screen), and could draw a pane's sentence above its own
// anchor.
func (l *layout) stackBlocks(ix *index, anchors []int, isAnchor map[int]bool) [][][]int {
	type pending struct{ s, lo, hi int } // a sentence and its first and last block
	np, nb := len(l.panes), len(anchors)+1
	queue := make([][]pending, np)
	fixed := make([]int, nb+1) // per block: the tallest run that has only that block
	for p := range l.panes {
		pn := &l.panes[p]
		// own: the anchors with a sentence in this pane, and their first
		// and last one.
		var own, first, last []int
		for k, r := range anchors {
			if c := ix.rows[r].cells[pn.article]; len(c) > 0 {
				own, first, last = append(own, k), append(first, slices.Min(c)), append(last, slices.Max(c))
			}
		}
		i, h := 0, 0
		queue[p] = make([]pending, 0, len(pn.sentH))
		for s := range ix.rep.Articles[pn.article].Sentences {
			if r := ix.rowOf(pn.article, s); r < 0 || isAnchor[r] {
				continue
			}
			for i < len(own) && s > last[i] {
				i++
			}
			if i < len(own) && s > first[i] {
				continue // between an anchor's sentences: drawn with it (anchorCell)
			}
			lo, hi := 0, nb-1
			if i > 0 {
				lo = own[i-1] + 1
			}
			if i < len(own) {
				hi = own[i]
			}
			if q := queue[p]; len(q) > 0 && q[len(q)-1].hi != hi {
				h = 0
			}
			if lo == hi {
				h += pn.sentH[s]
				fixed[hi] = max(fixed[hi], h)
			}
			queue[p] = append(queue[p], pending{s, lo, hi})
		}
	}
	blocks := make([][][]int, nb)
	next := make([]int, np) // per pane: its first sentence not yet placed
	used := make([]int, np) // per pane: lines taken in the block
	take := func(k, p int) {
		s := queue[p][next[p]].s
		blocks[k][p] = append(blocks[k][p], s)
		used[p] += l.panes[p].sentH[s]
		next[p]++
	}
	// open reports whether pane p's next sentence may go in block k.
	open := func(k, p int) bool { return next[p] < len(queue[p]) && queue[p][next[p]].lo <= k }
	for k := range blocks {
		blocks[k] = make([][]int, np)
		for p, q := range queue {
			used[p] = 0
			for open(k, p) && q[next[p]].hi == k {
				take(k, p)
			}
			// An opening waits for the next block only where it will fit
			// there, one anchor down.
			if open(k, p) && next[p] == 0 && q[0].lo == 0 && l.panes[p].sentH[q[0].s] > fixed[k+1] {
				take(k, p)
			}
		}
		room := slices.Max(used)
		for p, q := range queue {
			for open(k, p) && used[p]+l.panes[p].sentH[q[next[p]].s] <= room {
				take(k, p)
			}
		}
	}
	return blocks
}
