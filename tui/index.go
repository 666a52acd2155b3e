package tui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// itemKind is what a navigable item is. The order is the order of items
// that share a row.
type itemKind int

const (
	kindShared itemKind = iota
	kindRelated
	kindUnique
	kindQuote
	kindConflict
)

func (k itemKind) String() string {
	return [...]string{"shared", "related", "unique", "quote", "conflict"}[k]
}

// row is one row of the aligned view: a group, or a sentence no other
// article carries, with each article's sentences in it.
type row struct {
	group int     // index into Report.Groups, or -1
	cells [][]int // per article: sentence indexes, nil when absent
	other bool    // a caption or boilerplate: never aligned, not an item
	// related is, for a related sentence of a group (its article's member
	// of the group is another sentence), the group's index, else -1: the
	// sentence keeps its own row, and is part of the group's item.
	related int
}

// item is something n and N visit: a group, a unique sentence, a quote or a
// fact conflict (one per row holding a mention of it). Each sits on a row.
type item struct {
	kind     itemKind
	row      int
	group    int // -1 unless a group
	article  int // the anchor sentence
	sentence int
	quote    int // index into Report.Quotes, or -1
	fact     int // index into Report.Facts, or -1
	ord      int // 1-based position among the items of its kind
}

// index is the report arranged for drawing: rows in aligned order and the
// items on them. It is built once per report and never changes.
type index struct {
	rep     *compare.Report
	rows    []row
	items   []item
	sentRow [][]int // article → sentence → row
	// Per sentence, the quotes and fact mentions in it.
	quotesAt map[sentRef][]int
	factsAt  map[sentRef][]int
	counts   [kindConflict + 1]int // items of each kind
	folded   [][]string            // per article and sentence: fold(text), made by the first search
	// corrected marks the sentences an editor's correction moved.
	corrected map[sentRef]review.CorrectionKind
	// offStory and offStoryFull say, briefly and in full, when the
	// articles look like different stories (unrelated), else "".
	offStory, offStoryFull string
	// offStoryCounted is offStory with the articles counted, not named
	// ("2 articles share only weak links: on this story?"), or "".
	offStoryCounted string
	// againAt is, for the last sentence of an article's member of a group
	// the article tells again (related sentences), where it does so
	// ("¶3, ¶7"): the aligned view draws it under the member.
	againAt map[sentRef]string
	// longestItem is the widest item name the status bar can show
	// ("quote 23/23 (in one article only)"), which sizes its other parts.
	longestItem string
	// fullOrder is the drawing order of the items with every article in
	// a pane (see Model.fullOrder), made on first use.
	fullOrder *screenSeq
}

// foldedText is every sentence folded for search, made once.
func (ix *index) foldedText() [][]string {
	if ix.folded == nil {
		ix.folded = make([][]string, len(ix.rep.Articles))
		for a, art := range ix.rep.Articles {
			ix.folded[a] = make([]string, len(art.Sentences))
			for s, sen := range art.Sentences {
				ix.folded[a][s] = fold(sen.Text)
			}
		}
	}
	return ix.folded
}

type sentRef struct{ article, sentence int }

// newIndex arranges a report. Rows follow the first article's order; a
// sentence of a later article that is not yet placed goes straight after the
// row of the sentence before it in its own article, so each outlet's own
// sentences stay near their context and counterparts share a row even when
// outlets order facts differently.
func newIndex(rep *compare.Report) *index {
	ix := &index{rep: rep, quotesAt: map[sentRef][]int{}, factsAt: map[sentRef][]int{}}
	n := len(rep.Articles)
	var rows []row
	ix.sentRow = make([][]int, n)
	for a, art := range rep.Articles {
		ix.sentRow[a] = make([]int, len(art.Sentences))
		for s := range ix.sentRow[a] {
			ix.sentRow[a][s] = -1
		}
	}
	for gi, g := range rep.Groups {
		r := row{group: gi, cells: make([][]int, n), related: -1}
		for _, m := range g.Members {
			if m.Article < 0 || m.Article >= n {
				continue
			}
			for _, s := range m.Sentences {
				if s >= 0 && s < len(ix.sentRow[m.Article]) && ix.sentRow[m.Article][s] < 0 {
					r.cells[m.Article] = append(r.cells[m.Article], s)
					ix.sentRow[m.Article][s] = len(rows)
				}
			}
		}
		rows = append(rows, r)
	}
	for a, art := range rep.Articles {
		for s, sen := range art.Sentences {
			if ix.sentRow[a][s] >= 0 {
				continue
			}
			r := row{group: -1, cells: make([][]int, n), other: !sen.Role.Alignable(), related: -1}
			if sen.Group != nil {
				r.related = slices.IndexFunc(rep.Groups, func(g compare.Group) bool { return g.ID == *sen.Group })
			}
			r.cells[a] = []int{s}
			ix.sentRow[a][s] = len(rows)
			rows = append(rows, r)
		}
	}
	// Merge the articles' orders, in a doubly linked list so each insertion
	// costs the same however many rows there are.
	n0 := len(rows)
	head := n0 // the list's sentinel
	next, prevOf := make([]int, n0+1), make([]int, n0+1)
	next[head], prevOf[head] = head, head
	insertAfter := func(x, r int) {
		next[r], prevOf[r] = next[x], x
		prevOf[next[x]] = r
		next[x] = r
	}
	placed := make([]bool, len(rows))
	for a := range rep.Articles {
		prev, lastLead := -1, -1
		for s := range rep.Articles[a].Sentences {
			r := ix.sentRow[a][s]
			if r < 0 || r == prev {
				continue
			}
			if !placed[r] {
				switch {
				case prev >= 0:
					insertAfter(prev, r)
				case lastLead >= 0:
					insertAfter(lastLead, r)
					lastLead = r
				default:
					// Sentences before the article's first placed row
					// (a headline, a caption) go just before it, not
					// before every other article's opening.
					insertAfter(prevOf[firstPlaced(ix.sentRow[a][s:], placed, head)], r)
					lastLead = r
				}
				placed[r] = true
			}
			prev = r
		}
	}
	for r := range rows { // a group whose members are all out of range
		if !placed[r] {
			insertAfter(prevOf[head], r)
		}
	}
	order := make([]int, 0, len(rows))
	for r := next[head]; r != head; r = next[r] {
		order = append(order, r)
	}
	pos := make([]int, len(rows))
	ix.rows = make([]row, len(order))
	for i, r := range order {
		pos[r] = i
		ix.rows[i] = rows[r]
	}
	for a := range ix.sentRow {
		for s, r := range ix.sentRow[a] {
			if r >= 0 {
				ix.sentRow[a][s] = pos[r]
			}
		}
	}
	ix.buildItems()
	ix.offStory, ix.offStoryFull = unrelated(rep)
	ix.offStoryCounted = unrelatedCounted(rep)
	ix.againAt = againPlaces(rep)
	ix.longestItem = longestItemName(rep, ix.counts)
	return ix
}

// againPlaces finds, for each article's member of a group with related
// sentences in the same article, where those sentences are, keyed by the
// member's last sentence.
func againPlaces(rep *compare.Report) map[sentRef]string {
	out := map[sentRef]string{}
	for _, g := range rep.Groups {
		for _, rel := range g.Related {
			a := rel.Article
			if a < 0 || a >= len(rep.Articles) {
				continue
			}
			last := -1
			for _, m := range g.Members {
				if m.Article == a && len(m.Sentences) > 0 {
					last = slices.Max(m.Sentences)
				}
			}
			if last < 0 || last >= len(rep.Articles[a].Sentences) {
				continue
			}
			var where []string
			for _, s := range rel.Sentences {
				if s >= 0 && s < len(rep.Articles[a].Sentences) {
					where = append(where, shortPlace(rep.Articles[a].Sentences[s]))
				}
			}
			if len(where) == 0 {
				continue
			}
			k := sentRef{a, last}
			if out[k] != "" {
				out[k] += ", "
			}
			out[k] += strings.Join(where, ", ")
		}
	}
	return out
}

func (ix *index) buildItems() {
	rep := ix.rep
	for ri, r := range ix.rows {
		a, s := firstCell(r)
		switch {
		case r.group >= 0:
			k := kindShared
			if rep.Groups[r.group].Kind == compare.KindRelated {
				k = kindRelated
			}
			ix.items = append(ix.items, item{kind: k, row: ri, group: r.group, article: a, sentence: s, quote: -1, fact: -1})
		case !r.other && a >= 0 && r.related < 0:
			ix.items = append(ix.items, item{kind: kindUnique, row: ri, group: -1, article: a, sentence: s, quote: -1, fact: -1})
		}
	}
	for qi, q := range rep.Quotes {
		if r := ix.rowOf(q.Article, q.Sentence); r >= 0 {
			ref := sentRef{q.Article, q.Sentence}
			ix.quotesAt[ref] = append(ix.quotesAt[ref], qi)
			ix.items = append(ix.items, item{kind: kindQuote, row: r, group: -1, article: q.Article, sentence: q.Sentence, quote: qi, fact: -1})
		}
	}
	for fi, f := range rep.Facts {
		// A conflict is an item on every row that holds one of its
		// mentions: outlets place a figure in different facts, and n must
		// reach the one in the articles on screen.
		var rows []int
		for _, m := range f.Mentions {
			r := ix.rowOf(m.Article, m.Sentence)
			if r < 0 {
				continue
			}
			ref := sentRef{m.Article, m.Sentence}
			ix.factsAt[ref] = append(ix.factsAt[ref], fi)
			if f.Status == compare.FactConflict && !slices.Contains(rows, r) {
				rows = append(rows, r)
				ix.items = append(ix.items, item{kind: kindConflict, row: r, group: -1, article: m.Article, sentence: m.Sentence, quote: -1, fact: fi})
			}
		}
	}
	slices.SortStableFunc(ix.items, func(x, y item) int {
		return cmp.Or(cmp.Compare(x.row, y.row), cmp.Compare(x.kind, y.kind))
	})
	// A conflict is counted once, however many rows show it: its items
	// share its ordinal, so the status bar and the menu agree with the
	// overview and the report on how many figures disagree.
	conflictOrd := map[int]int{}
	for i := range ix.items {
		it := &ix.items[i]
		if it.kind == kindConflict {
			if _, seen := conflictOrd[it.fact]; !seen {
				ix.counts[kindConflict]++
				conflictOrd[it.fact] = ix.counts[kindConflict]
			}
			it.ord = conflictOrd[it.fact]
			continue
		}
		ix.counts[it.kind]++
		it.ord = ix.counts[it.kind]
	}
}

// rowOf is the row of a sentence, or -1 when there is no such sentence.
func (ix *index) rowOf(a, s int) int {
	if a < 0 || a >= len(ix.sentRow) || s < 0 || s >= len(ix.sentRow[a]) {
		return -1
	}
	return ix.sentRow[a][s]
}

// firstPlaced is the first of rows already placed, or end when none is.
func firstPlaced(rows []int, placed []bool, end int) int {
	for _, r := range rows {
		if r >= 0 && placed[r] {
			return r
		}
	}
	return end
}

// firstCell is the first article in a row and its first sentence.
func firstCell(r row) (int, int) {
	for a, c := range r.cells {
		if len(c) > 0 {
			return a, c[0]
		}
	}
	return -1, -1
}

// firstItemOnRow returns the index of the first item on row r, or -1.
func (ix *index) firstItemOnRow(r int) int {
	i, ok := slices.BinarySearchFunc(ix.items, r, func(it item, r int) int { return cmp.Compare(it.row, r) })
	if !ok {
		return -1
	}
	return i
}

// quoteStatus is a quote's status, "unique" when the report leaves it empty.
func quoteStatus(q compare.Quote) string {
	if q.Status == "" {
		return "unique"
	}
	return q.Status
}

// counterpart is the sentence of article a that stands for row r: its own
// sentence in the row, else the nearest to the row's first sentence, else -1.
func (ix *index) counterpart(r, a int) int {
	if r < 0 || r >= len(ix.rows) {
		return -1
	}
	if c := ix.rows[r].cells[a]; len(c) > 0 {
		return c[0]
	}
	for b, c := range ix.rows[r].cells {
		if len(c) == 0 {
			continue
		}
		if n, ok := ix.rep.NearestIn(b, c[0], a); ok {
			return n.Sentence // in every article, not only the few Nearest keeps
		}
	}
	return -1
}

// groupItem is the item of group gi, or -1.
func (ix *index) groupItem(gi int) int {
	if gi < 0 {
		return -1
	}
	return slices.IndexFunc(ix.items, func(it item) bool { return it.group == gi })
}

// relatedOf is, for a row holding a related sentence, the item of its
// group, else -1.
func (ix *index) relatedOf(r int) int {
	if r < 0 || r >= len(ix.rows) {
		return -1
	}
	return ix.groupItem(ix.rows[r].related)
}
