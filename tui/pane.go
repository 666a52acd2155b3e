package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// headerHeight is the lines above each pane's text: label and byline,
// title, rule.
const headerHeight = 3

// pane is one article's column, drawn for one width: every line of it is
// rendered once, when the layout changes, so a frame only joins strings.
type pane struct {
	article int
	width   int
	header  [2][headerHeight]string // unfocused, focused
	lines   []string
	sentTop []int // sentence → its first line, -1 when not drawn
	sentH   []int
	// focus replaces lines [focusTop, focusTop+len(focus)) while an item
	// is current, with its word diff and focus bar.
	focus    []chunk
	blankRow string
}

// chunk is a run of lines that replaces the pane's own from top.
type chunk struct {
	top   int
	lines []string
}

// layout is the drawn state of the panes for one terminal size, view,
// set of visible articles and search query.
type layout struct {
	aligned bool
	panes   []pane
	rowTop  []int // aligned view: row → first line, -1 when not shown
	rowH    []int
	total   int // aligned view: the line count of every pane
	marks   map[sentRef]string
}

// layoutSpec is what a layout depends on.
type layoutSpec struct {
	aligned bool
	visible []int // article indexes, one per pane
	widths  []int
	query   string
	marks   map[sentRef]string // review marks per sentence, styled
}

// buildLayout draws every pane for a spec. It is the only expensive step
// and runs on resize, view switch, paging across articles and search.
func buildLayout(ix *index, spec layoutSpec, st *Styles) *layout {
	l := &layout{aligned: spec.aligned, panes: make([]pane, len(spec.visible)), marks: spec.marks}
	for p, a := range spec.visible {
		w := spec.widths[p]
		n := len(ix.rep.Articles[a].Sentences)
		pn := pane{article: a, width: w, sentTop: make([]int, n), sentH: make([]int, n), blankRow: strings.Repeat(" ", w)}
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
			l.panes[p].buildArticle(ix, spec.query, spec.marks, st)
		}
	}
	return l
}

func (l *layout) buildAligned(ix *index, spec layoutSpec, st *Styles) {
	l.rowTop = make([]int, len(ix.rows))
	l.rowH = make([]int, len(ix.rows))
	line := 0
	for r, rw := range ix.rows {
		l.rowTop[r] = -1
		h := 0
		for p := range l.panes {
			h = max(h, len(rw.cells[l.panes[p].article]))
		}
		if h == 0 {
			continue
		}
		cells := make([][]string, len(l.panes))
		h = 0
		for p := range l.panes {
			pn := &l.panes[p]
			for _, s := range rw.cells[pn.article] {
				lk := ix.look(pn.article, s, st, spec.query, spec.marks)
				lines := renderSentence(ix.rep.Articles[pn.article].Sentences[s].Text, lk, pn.width, st)
				pn.sentTop[s], pn.sentH[s] = line+len(cells[p]), len(lines)
				cells[p] = append(cells[p], lines...)
			}
			h = max(h, len(cells[p]))
		}
		for p := range l.panes {
			pn := &l.panes[p]
			pn.lines = append(pn.lines, cells[p]...)
			for range h - len(cells[p]) + 1 { // filler, then a blank line between rows
				pn.lines = append(pn.lines, pn.blankRow)
			}
		}
		l.rowTop[r], l.rowH[r] = line, h
		line += h + 1
	}
	l.total = line
}

func (pn *pane) buildArticle(ix *index, query string, marks map[sentRef]string, st *Styles) {
	art := ix.rep.Articles[pn.article]
	for s, sen := range art.Sentences {
		if s > 0 && sen.Paragraph != art.Sentences[s-1].Paragraph {
			pn.lines = append(pn.lines, pn.blankRow)
		}
		lines := renderSentence(sen.Text, ix.look(pn.article, s, st, query, marks), pn.width, st)
		pn.sentTop[s], pn.sentH[s] = len(pn.lines), len(lines)
		pn.lines = append(pn.lines, lines...)
	}
}

// withFocus returns the layout with the sentences of row r redrawn with
// the focus bar and, for a group, the word diff against its first member
// and the framing markers.
// The layout itself is left as it was: models are values.
func (l *layout) withFocus(ix *index, r int, query string, st *Styles) *layout {
	nl := *l
	l = &nl
	l.panes = slices.Clone(l.panes)
	for p := range l.panes {
		l.panes[p].focus = nil
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
			lk := ix.look(a, s, st, query, l.marks)
			lk.focused = true
			lk.spans = append(lk.spans, diff[s]...)
			lk.spans = append(lk.spans, framing[s]...)
			lines := renderSentence(ix.rep.Articles[a].Sentences[s].Text, lk, pn.width, st)
			pn.focus = append(pn.focus, chunk{top: pn.sentTop[s], lines: lines})
		}
	}
	return l
}

// line returns line i of the pane, with the focused item drawn over it.
func (pn *pane) line(i int) string {
	if i < 0 || i >= len(pn.lines) {
		return pn.blankRow
	}
	for _, c := range pn.focus {
		if i >= c.top && i < c.top+len(c.lines) {
			return c.lines[i-c.top]
		}
	}
	return pn.lines[i]
}

// height is the pane's line count.
func (pn *pane) height() int { return len(pn.lines) }

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
