package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// match is one occurrence of the search in an article.
type match struct {
	row, article, sentence, off int
	end                         int // where the match ends: folding may change its length
}

// handleSearchKey edits the search box; enter runs the search (on the
// empty box, the last one again), esc leaves it as it was.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.ForceQuit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Cancel):
		m.searching = false
		m.input.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Confirm):
		m.searching = false
		m.input.Blur()
		return m.runSearch(cmp.Or(m.input.Value(), m.query)), nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	m.input = cleanInput(m.input)
	return m, cmd
}

// findMatches lists every occurrence of query in every article, in the
// order n visits them: by row, then article, then offset.
func findMatches(ix *index, query string) []match {
	var hits []match
	if query == "" {
		return nil
	}
	folded := ix.foldedText()
	for a, art := range ix.rep.Articles {
		for s, sen := range art.Sentences {
			r := ix.rowOf(a, s)
			if r < 0 {
				continue
			}
			for _, h := range findFolded(sen.Text, folded[a][s], query) {
				hits = append(hits, match{row: r, article: a, sentence: s, off: h[0], end: h[1]})
			}
		}
	}
	slices.SortFunc(hits, func(x, y match) int {
		return cmp.Or(cmp.Compare(x.row, y.row), cmp.Compare(x.article, y.article), cmp.Compare(x.sentence, y.sentence), cmp.Compare(x.off, y.off))
	})
	return hits
}

// runSearch highlights every match of query and moves to the first one at
// or below the top of the screen; n and N then step through the matches
// in every article.
func (m Model) runSearch(query string) Model {
	m.query, m.hits, m.hit = query, findMatches(m.ix, query), -1
	if query != "" && len(m.hits) == 0 {
		// Nothing to go to: the editor stays on the item they had, and
		// the bar's "/query: no matches" says why (no note repeating it).
		return m.relayout()
	}
	cur := m.curRow
	m.curRow, m.cur = -1, -1
	m = m.relayout()
	if query == "" {
		return m
	}
	m = m.orderHits()
	start := m.hitFromScreen(1)
	if cur >= 0 && m.onScreen(cur) {
		// The current row itself counts as the next match.
		if !m.hitsDrawn() {
			start = m.hitAt(cur) - 1
		} else if i := slices.IndexFunc(m.hits, func(h match) bool { return h.row == cur }); i >= 0 && m.hitOnScreen(i) {
			start = i - 1
		}
	}
	m = m.visitHit(start+1, 1)
	if len(m.hits) == 1 {
		// The first search found one match: that it lay above the screen
		// is no wrap the editor made, and "match 1 of 1" says the rest.
		m.note = strings.TrimPrefix(strings.TrimPrefix(m.note, onlyMatch), "; ")
	}
	return m
}

// onlyMatch is what n and N say when the search has one match.
const onlyMatch = "the only match"

// What n and N say when they wrap around the ends of the matches.
const (
	wrappedFirst = "search wrapped to the first match"
	wrappedLast  = "search wrapped to the last match"
)

// shortNotes is the shorter forms a message may take in a narrow status
// bar, fullest first, so that the progress is not cut to make room for
// its words: the search's (the match's place beside it says the rest)
// and the warnings that marks will not be kept.
var shortNotes = map[string][]string{
	wrappedFirst: {"wrapped to the first", "wrapped"},
	wrappedLast:  {"wrapped to the last", "wrapped"},
	quitUnkept:   {"marks kept only with --session: q again quits", "no --session: q again quits"},
	noteUnkept:   {"note kept until you quit (no --session)", "note: not saved"},
	quitUnkeptRO: {"read-only session: q again quits without the marks", "read-only: q again quits"},
	noteUnkeptRO: {"note kept until you quit (read-only)", "note: not saved"},
}

// hitsDrawn reports whether the matches are kept in the order the screen
// draws them, top to bottom and on a line left to right, as n visits the
// items: in the aligned view. With more articles than panes, a match in an
// article not shown comes where the view would draw it with every article
// in a pane, after every shown match drawn before it there (mergeHidden,
// as n's items). Else (the article view, or a report that view leaves an
// item undrawn in) they are in the rows' order. The two differ where
// outlets order facts differently, and a match's row is drawn far from
// where the rows' order puts it.
func (m Model) hitsDrawn() bool {
	if !m.aligned || m.lay == nil {
		return false
	}
	full := m.ix.fullOrder
	return len(m.lay.panes) == len(m.ix.rep.Articles) || full != nil && full.seq != nil
}

// orderHits sorts the matches for the layout (see hitsDrawn), keeping the
// current one current.
func (m Model) orderHits() Model {
	if len(m.hits) < 2 {
		return m
	}
	cur := m.currentHit()
	m.hits = slices.Clone(m.hits) // earlier models share the old order
	if m.hitsDrawn() {
		m.hits = m.drawnHits()
	} else {
		slices.SortFunc(m.hits, func(x, y match) int {
			return cmp.Or(cmp.Compare(x.row, y.row), cmp.Compare(x.article, y.article), cmp.Compare(x.sentence, y.sentence), cmp.Compare(x.off, y.off))
		})
	}
	if cur != nil {
		m.hit = slices.Index(m.hits, *cur)
	}
	return m
}

// drawnHits is the matches in the order the screen draws them: those in
// the panes by line, pane, sentence and place; those of articles not
// shown merged among them as fullOrder's layout draws them.
func (m Model) drawnHits() []match {
	pane := make([]int, len(m.ix.rep.Articles))
	for a := range pane {
		pane[a] = -1
	}
	for p, pn := range m.lay.panes {
		pane[pn.article] = p
	}
	byLine := func(top func(match) int, pane func(match) int) func(x, y int) int {
		return func(x, y int) int {
			hx, hy := m.hits[x], m.hits[y]
			return cmp.Or(cmp.Compare(top(hx), top(hy)), cmp.Compare(pane(hx), pane(hy)), cmp.Compare(hx.sentence, hy.sentence), cmp.Compare(hx.off, hy.off))
		}
	}
	var drawn, all []int
	for i, h := range m.hits {
		all = append(all, i)
		if pane[h.article] >= 0 {
			drawn = append(drawn, i)
		}
	}
	slices.SortFunc(drawn, byLine(func(h match) int { return m.lay.panes[pane[h.article]].sentTop[h.sentence] }, func(h match) int { return pane[h.article] }))
	order := drawn
	if len(drawn) < len(all) {
		full := m.ix.fullOrder.sentTop
		slices.SortFunc(all, byLine(func(h match) int { return full[h.article][h.sentence] }, func(h match) int { return h.article }))
		order = mergeHidden(drawn, all)
	}
	out := make([]match, len(order))
	for k, i := range order {
		out[k] = m.hits[i]
	}
	return out
}

// hitFromScreen is where stepping through the matches from the screen
// starts: just before the first match at or below the top of the screen
// (dir 1), or just after the last one above its bottom (dir -1). At the
// top of the view every match before that counts as on screen, those of
// articles not shown included; at the bottom, every one after.
func (m Model) hitFromScreen(dir int) int {
	if !m.hitsDrawn() {
		return m.screenStart(dir, m.hitAt)
	}
	lines := func(h match) (top, n int, drawn bool) {
		p := m.paneOf(h.article)
		if p < 0 {
			return 0, 0, false
		}
		pn := &m.lay.panes[p]
		return pn.sentTop[h.sentence], pn.sentH[h.sentence], pn.sentTop[h.sentence] >= 0
	}
	top, body := m.scroll[0], m.bodyHeight()
	if dir > 0 {
		if top == 0 {
			return -1
		}
		for i, h := range m.hits {
			if t, n, ok := lines(h); ok && t+n > top {
				return i - 1
			}
		}
		return len(m.hits) - 1
	}
	if top >= m.lay.total-body {
		return len(m.hits)
	}
	for i := len(m.hits) - 1; i >= 0; i-- {
		if t, _, ok := lines(m.hits[i]); ok && t < top+body {
			return i + 1
		}
	}
	return 0
}

// hitAt is the index of the first match on row r or later.
func (m Model) hitAt(r int) int {
	i, _ := slices.BinarySearchFunc(m.hits, r, func(h match, r int) int { return cmp.Compare(h.row, r) })
	return i
}

// stepHit moves to the next (dir 1) or previous (dir -1) match, from the
// current one while it is on screen, else from the screen; step calls it
// only while there are matches.
func (m Model) stepHit(dir int) Model {
	start := m.hit
	if start < 0 || (m.mode == modePanes && !m.hitOnScreen(start)) {
		start = m.hitFromScreen(dir)
	}
	return m.visitHit(start+dir, dir)
}

// visitHit makes match i current, wrapping around the ends with a message
// as less and vim do: it brings its article into a pane and focuses that
// pane, makes the item on the match's row current, and scrolls to the
// sentence holding the match, which is drawn as the current match. The
// sentence, not its row: where outlets order a fact differently, a row
// is spread down the screen, its members far apart.
func (m Model) visitHit(i, dir int) Model {
	note := ""
	switch {
	case len(m.hits) == 1:
		i, note = 0, onlyMatch // not "wrapped": there is nothing to wrap past
	case i >= len(m.hits):
		i, note = 0, wrappedFirst
	case i < 0:
		i, note = len(m.hits)-1, wrappedLast
	}
	h, was := m.hits[i], m.hits
	m.note = ""
	paged := !m.shown(h.article) // show pages it in and re-sorts the matches
	m = m.show(h.article)
	if paged {
		m.hits = pagedHits(was, i, dir, m.hits)
	}
	m.hit = i
	if p := m.paneOf(h.article); p >= 0 {
		m.focus = p
	}
	m.cur, m.curRow = m.ix.firstItemOnRow(h.row), h.row
	m.lay = m.lay.withFocus(m.ix, h.row, m.cur, &m.styles)
	m = m.withHit().reveal(h.row, false)
	m.note = joinNotes(note, m.note)
	return m
}

// pagedHits is the matches' order once visitHit has paged in an article
// for match i of was: show renumbered them as the new panes draw them
// (now), so index i would name another match, and the focus go to one
// match's row while the highlight went to another's. As n does for items
// (pagedOrder): n keeps was up to i and goes on down the new panes; N
// keeps the order it came by, so it retraces the way.
func pagedHits(was []match, i, dir int, now []match) []match {
	if dir < 0 {
		return was
	}
	rank := make(map[match]int, len(now))
	for p, h := range now {
		rank[h] = p
	}
	return pagedSeq(was[:i+1], was[i+1:], func(h match) int { return rank[h] })
}

// withHit draws the current match apart from the others. The match's
// sentence is in the current row, so it is focused: the span goes with
// the focus's own (word diff, framing), and moving to another match
// redraws only the focused sentences, as n does.
func (m Model) withHit() Model {
	h := m.currentHit()
	if h == nil || m.lay == nil || h.row != m.curRow {
		return m
	}
	p := m.paneOf(h.article)
	if p < 0 {
		return m
	}
	pn := &m.lay.panes[p]
	if extra, ok := pn.focus[h.sentence]; ok { // withFocus made the map and the slice for this layout
		pn.focus[h.sentence] = append(extra[:len(extra):len(extra)], span{h.off, h.end, tsSearchAt})
	}
	return m
}

// currentHit is a copy of the current match, or nil.
func (m Model) currentHit() *match {
	if m.query == "" || m.hit < 0 || m.hit >= len(m.hits) {
		return nil
	}
	h := m.hits[m.hit]
	return &h
}

// paneOf is the pane showing article a, or -1.
func (m *Model) paneOf(a int) int {
	if m.lay == nil {
		return -1
	}
	return slices.IndexFunc(m.lay.panes, func(pn pane) bool { return pn.article == a })
}

// hitLines is, when the current match is on row r and its article is in a
// pane, that pane and the lines reveal brings on screen: the sentence
// holding the match, or, when the sentence is taller than the screen, the
// line holding it. Else p is -1.
func (m Model) hitLines(r int) (p, top, h int) {
	hit := m.currentHit()
	if hit == nil || hit.row != r {
		return -1, 0, 0
	}
	p = m.paneOf(hit.article)
	if p < 0 {
		return -1, 0, 0
	}
	pn := &m.lay.panes[p]
	top, h = pn.sentTop[hit.sentence], pn.sentH[hit.sentence]
	if top < 0 {
		return -1, 0, 0
	}
	if h > m.bodyHeight() {
		return p, top + m.hitLine(pn, hit), 1
	}
	return p, top, h
}

// hitLine is the wrapped line of its sentence that holds match h in pane pn.
func (m Model) hitLine(pn *pane, h *match) int {
	wl, ok := pn.wraps[h.sentence]
	if !ok { // kept, as drawing keeps it: a sentence may be a megabyte
		wl = wrap(m.ix.rep.Articles[h.article].Sentences[h.sentence].Text, textWidth(pn.width))
		pn.wraps[h.sentence] = wl
	}
	line := 0
	for i, l := range wl {
		if len(l) > 0 && l[0].start <= h.off {
			line = i
		}
	}
	return line
}

// hitOnScreen reports whether the line holding match i is on screen.
func (m Model) hitOnScreen(i int) bool {
	h := m.hits[i]
	p := m.paneOf(h.article)
	if p < 0 {
		return false
	}
	pn := &m.lay.panes[p]
	top := pn.sentTop[h.sentence]
	if top < 0 {
		return false
	}
	line, s := top+m.hitLine(pn, &h), m.scrollOf(p)
	return line >= s && line < s+m.bodyHeight()
}

// joinNotes joins the non-empty messages for the status bar.
func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

// matchStatusForms is matchStatus in the forms a narrow status bar may
// shorten it to: in full, then without the query (the panes highlight
// it), then, for a short query, the query with the place in figures
// ("/harbor: 2/4"), then the place alone ("2/4").
func (m Model) matchStatusForms() statusPart {
	full := m.matchStatus()
	if len(m.hits) == 0 || m.hit < 0 {
		return statusPart{full, strings.TrimPrefix(full, "/"+m.query+": ")}
	}
	place := fmt.Sprintf("%d/%d", m.hit+1, len(m.hits))
	return statusPart{full, fmt.Sprintf("match %d of %d", m.hit+1, len(m.hits)), "/" + m.query + ": " + place, place}
}

// matchStatus is the search's place: "/harbor: match 2 of 4".
func (m Model) matchStatus() string {
	if len(m.hits) == 0 {
		return fmt.Sprintf("/%s: no matches", m.query)
	}
	if m.hit < 0 {
		return fmt.Sprintf("/%s: %d matches", m.query, len(m.hits))
	}
	return fmt.Sprintf("/%s: match %d of %d", m.query, m.hit+1, len(m.hits))
}
