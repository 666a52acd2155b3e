package tui

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// walk presses n from the top until no item is left and reports what it
// visited, and where a step went up the screen or skipped an item drawn
// between the two it joined, or first paged away before visiting an item
// of the panes it started in that the view with every article in a pane
// draws first. In panes n paged to, a step may go up only to an item
// those panes draw before the one n landed on (those come last).
func walk(t *testing.T, m Model) (seen []int, ups, skips []string) {
	t.Helper()
	visited := map[int]bool{}
	prevTop, landTop, paged := -1, -1, false
	home := fmt.Sprint(m.lay.spec.visible)
	for range len(m.ix.items) + 1 {
		next := press(m, "n")
		if next.cur == m.cur && m.cur >= 0 || next.cur < 0 {
			break
		}
		if visited[next.cur] {
			t.Fatalf("n came back to item %d", next.cur)
		}
		visited[next.cur] = true
		seen = append(seen, next.cur)
		top := next.lay.rowTop[next.curRow]
		if v := fmt.Sprint(next.lay.spec.visible); v != home {
			if !paged {
				// Paged away for an item of an article not shown: it
				// comes where the view with every article in a pane
				// draws it, after every item of these panes drawn
				// before it there.
				full := m.fullOrder().seq
				at := slices.Index(full, next.cur)
				for _, i := range full[:max(at, 0)] {
					if !visited[i] && m.lay.rowTop[m.ix.items[i].row] >= 0 {
						skips = append(skips, fmt.Sprintf("%s → %s (paging) skips %s", m.itemName(m.cur), next.itemName(next.cur), m.itemName(i)))
					}
				}
			}
			home, prevTop, landTop, m, paged = v, top, top, next, true
			continue
		}
		if prevTop >= 0 {
			if top < prevTop && top > landTop { // on the landing line: drawn left of it

				ups = append(ups, fmt.Sprintf("%s → %s (in %s, line %d → %d)", m.itemName(m.cur), next.itemName(next.cur), home, prevTop, top))
			}
			// An item drawn between the two lines and not yet visited
			// was skipped.
			for i, it := range next.ix.items {
				if r := next.lay.rowTop[it.row]; !visited[i] && r > prevTop && r < top {
					skips = append(skips, fmt.Sprintf("%s → %s skips %s", m.itemName(m.cur), next.itemName(next.cur), next.itemName(i)))
				}
			}
		}
		m, prevTop = next, top
	}
	return seen, ups, skips
}

// With more articles than panes, n visits every item once: in the panes
// shown top to bottom, never skipping an item drawn between the current
// one and the next; an item of an article not shown where it would be
// drawn with every article in a pane (paging it in), and from there down
// the new panes as they draw the items, not in the order it came by; and
// N retraces the way. In the rows' order (as before), n left the Herald's related lede
// sentence, drawn on screen, for a Coastline sentence the rows put first.
func TestNextWithArticlesHidden(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	if len(m.lay.panes) >= len(m.ix.rep.Articles) {
		t.Fatalf("%d panes show all %d articles: the test needs one hidden", len(m.lay.panes), len(m.ix.rep.Articles))
	}
	checkWalk(t, "fixture", m)
	// Paged to the other two, the same holds from there.
	checkWalk(t, "fixture, paged", press(m, "]"))
}

// checkWalk checks n and N over every item from a fresh model m.
func checkWalk(t *testing.T, name string, m Model) {
	t.Helper()
	seen, ups, skips := walk(t, m)
	if len(seen) != len(m.ix.items) {
		t.Errorf("%s: n visited %d of %d items", name, len(seen), len(m.ix.items))
	}
	for _, u := range ups {
		t.Errorf("%s: n went up the screen: %s", name, u)
	}
	for _, s := range skips {
		t.Errorf("%s: %s", name, s)
	}
	// N from the last item retraces the way.
	for range seen {
		m = press(m, "n")
	}
	for i := len(seen) - 1; i > 0; i-- {
		if m.cur != seen[i] {
			t.Fatalf("%s: N reached item %d, want %d", name, m.cur, seen[i])
		}
		m = press(m, "N")
	}
}

// On the BASIL events, three articles in two panes: n visits every item
// once and N retraces it; in the panes it starts in and in those it pages
// to, no step of n goes up the screen (but to the items the new panes draw
// above the one n paged in for, which come last) or skips an item drawn on
// it. Kept in the order n came by, the paged panes had 58 steps up.
func TestNextWithArticlesHiddenBasil(t *testing.T) {
	dirs, _ := filepath.Glob("../../shared/eval/basil/*")
	if len(dirs) == 0 {
		t.Skip("no ../shared/eval/basil")
	}
	if testing.Short() {
		t.Skip("slow: compares every event")
	}
	for _, d := range dirs {
		paths := []string{filepath.Join(d, "fox.txt"), filepath.Join(d, "nyt.txt"), filepath.Join(d, "hpo.txt")}
		m := newTestModel(t, compareFiles(t, paths...), 80, 24)
		checkWalk(t, filepath.Base(d), m)
	}
}

// mergeHidden keeps the drawn items' order and puts each other item after
// every drawn one before it in the full order.
func TestMergeHidden(t *testing.T) {
	for _, c := range []struct {
		drawn, full, want []int
	}{
		{[]int{0, 1, 2}, []int{0, 1, 2}, []int{0, 1, 2}},
		{[]int{0, 2}, []int{0, 1, 2}, []int{0, 1, 2}},
		{[]int{2, 0}, []int{0, 1, 2}, []int{2, 0, 1}},             // drawn order wins; 1 follows 0
		{[]int{1, 3}, []int{0, 1, 2, 3, 4}, []int{0, 1, 2, 3, 4}}, // hidden first and last
		{[]int{3, 1}, []int{4, 1, 2, 0, 3}, []int{4, 3, 1, 2, 0}},
		{[]int{1, 2, 0}, []int{0, 1, 3, 2}, []int{1, 2, 0, 3}}, // 3 after 0 and 1, which the panes draw last
		{nil, []int{1, 0}, []int{1, 0}},
	} {
		if got := mergeHidden(c.drawn, c.full); !slices.Equal(got, c.want) {
			t.Errorf("mergeHidden(%v, %v) = %v, want %v", c.drawn, c.full, got, c.want)
		}
	}
}

// orderStart starts n at the first item drawn at or below the top of the
// screen and N at the last drawn above its bottom; at the ends of the view,
// from the ends of the order.
func TestOrderStart(t *testing.T) {
	seq := []int{7, 8, 9, 10, 11}
	tops := []int{0, -1, 30, 20, 50} // 8 not drawn; 10 drawn above 9
	for _, c := range []struct {
		dir, top, want int
	}{
		{1, 0, -1},  // at the top: from the start
		{1, 25, 1},  // 9 (line 30) is the first at or below line 25
		{1, 60, 4},  // nothing below: after the last
		{-1, 0, 4},  // the screen holds lines 0–39: up from after 10
		{-1, 90, 5}, // at the bottom: from the end
		{-1, 45, 5}, // lines 45–84: 11 (line 50) is the last drawn
	} {
		if got := orderStart(c.dir, seq, tops, c.top, 40, 140); got != c.want {
			t.Errorf("orderStart(dir %d, top %d) = %d, want %d", c.dir, c.top, got, c.want)
		}
	}
}
