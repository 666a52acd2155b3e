package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// Where outlets order facts differently, the aligned view cannot put every
// group on one row: a group left out of the anchor chain is drawn in each
// pane in its article's own order, its members far apart, and beside each
// of them stand other sentences, maybe another group's. So each such member
// carries a dim line saying where the group's other members are ("↓ Wire
// ¶13–14"), the status bar names those off screen, and % goes to the next
// one. So does a member alone in the panes, its group's others in articles
// not shown ("Post ¶4 (not shown)"): else it would read as a sentence its
// outlet tells again.

// apartRows is the group rows of the aligned view whose members are drawn
// apart: not anchors, with members in two or more shown panes that do not
// each open the same block between anchors (those start on one line), or
// with one member shown and the others in articles not shown.
// blocks[k][p] is pane p's sentences before anchor k, as buildAligned
// stacks them.
func (l *layout) apartRows(ix *index, isAnchor map[int]bool, blocks [][][]int) map[int]bool {
	opens := make([]map[int]int, len(l.panes)) // per pane: sentence → the block it opens
	for p := range l.panes {
		opens[p] = map[int]int{}
	}
	for k, blk := range blocks {
		for p, sents := range blk {
			if len(sents) > 0 {
				opens[p][sents[0]] = k
			}
		}
	}
	out := map[int]bool{}
	for r, rw := range ix.rows {
		if rw.group < 0 || rw.other || isAnchor[r] {
			continue
		}
		shown, block, together := 0, -1, true
		for p, pn := range l.panes {
			c := rw.cells[pn.article]
			if len(c) == 0 {
				continue
			}
			shown++
			k, ok := opens[p][slices.Min(c)]
			if !ok || (block >= 0 && k != block) {
				together = false
			}
			block = k
		}
		if shown == 1 || shown >= 2 && !together {
			out[r] = true
		}
	}
	return out
}

// fillApart writes the apart lines, once every line is placed: each points
// from a member to the others, up (↑) or down (↓) the screen, or across
// (← →) when one happens to start on the same line. The lines were counted
// before (apartLines with no arrows yet): every arrow is one cell wide, so
// they fit the same.
func (l *layout) fillApart(ix *index) {
	for p := range l.panes {
		pn := &l.panes[p]
		for s := range pn.apart {
			r := ix.rowOf(pn.article, s)
			for q := range l.panes {
				if q != p && len(ix.rows[r].cells[l.panes[q].article]) > 0 { // arrows to draw
					pn.apart[s] = l.apartLines(ix, p, r, true)
					break
				}
			}
		}
	}
}

// apartLines is the lines under pane p's member of row r naming the
// group's other members in the shown panes, with their arrows once arrows
// is set (before, a placeholder of the same width).
func (l *layout) apartLines(ix *index, p, r int, arrows bool) []string {
	top := l.memberTop(ix, p, r)
	var others []apartMember
	shown := make([]bool, len(ix.rep.Articles))
	for q := range l.panes {
		a := l.panes[q].article
		shown[a] = true
		if q == p || len(ix.rows[r].cells[a]) == 0 {
			continue
		}
		arrow := "↓"
		switch t := l.memberTop(ix, q, r); {
		case !arrows:
		case t < top:
			arrow = "↑"
		case t == top && q < p:
			arrow = "←"
		case t == top:
			arrow = "→"
		}
		others = append(others, apartMember{arrow: arrow, names: labelForms(ix, a), place: memberPlace(ix, a, ix.rows[r].cells[a])})
	}
	if len(others) == 0 { // alone in the panes: where the others are
		var hidden []int
		for a, c := range ix.rows[r].cells {
			if len(c) > 0 && !shown[a] {
				hidden = append(hidden, a)
			}
		}
		if len(hidden) > maxNamedHidden { // counted, not a line each
			return fitApart([]apartMember{{names: []string{fmt.Sprintf("%d articles", len(hidden))}, place: "not shown"}}, textWidth(l.panes[p].width))
		}
		for _, a := range hidden {
			others = append(others, apartMember{names: labelForms(ix, a), place: memberPlace(ix, a, ix.rows[r].cells[a]) + " (not shown)"})
		}
	}
	return fitApart(others, textWidth(l.panes[p].width))
}

// maxNamedHidden is the most articles not shown an apart line names; more
// are counted ("5 articles not shown").
const maxNamedHidden = 2

// memberTop is the first line of row r's sentences in pane p, or -1.
func (l *layout) memberTop(ix *index, p, r int) int {
	top := -1
	pn := &l.panes[p]
	for _, s := range ix.rows[r].cells[pn.article] {
		if t := pn.sentTop[s]; t >= 0 && (top < 0 || t < top) {
			top = t
		}
	}
	return top
}

// apartMember is another member of a group, as an apart line names it:
// its article by one of names (labelForms); arrow is "" for one in an
// article not shown.
type apartMember struct {
	arrow, place string
	names        []string
}

// fitApart is the apart lines for the other members within width cells:
// one line with their articles' names whole if it fits, else shortened to
// fewer of their leading words; beside a single other pane, without the
// name at the last (the arrow says which way); else a line for each, so
// that no name is cut to a stub. What still does not fit is cut at a word
// when drawn.
func fitApart(others []apartMember, width int) []string {
	most := 0
	for _, o := range others {
		most = max(most, len(o.names))
	}
	one := func(o apartMember, k int) string {
		return strings.TrimSpace(o.arrow + " " + o.names[min(k, len(o.names)-1)] + " " + o.place)
	}
	for k := range most {
		var parts []string
		for _, o := range others {
			parts = append(parts, one(o, k))
		}
		if s := strings.Join(parts, " · "); ansi.StringWidth(s) <= width {
			return []string{s}
		}
	}
	if len(others) == 1 && others[0].arrow != "" {
		return []string{others[0].arrow + " " + others[0].place}
	}
	lines := make([]string, len(others))
	for i, o := range others {
		for k := range o.names {
			if lines[i] = one(o, k); ansi.StringWidth(lines[i]) <= width {
				break
			}
		}
	}
	return lines
}

// labelForms is article a's name, then its leading words, fewer at each
// step, each ending in "…", while no other article's name begins with
// them: words end at a space, "_", "-" or "." (a file name's parts).
func labelForms(ix *index, a int) []string {
	label := ix.rep.Articles[a].Label
	forms := []string{label}
	for i := len(label) - 1; i > 0; i-- {
		if strings.IndexByte(" _-.", label[i]) < 0 || strings.IndexByte(" _-.", label[i-1]) >= 0 {
			continue
		}
		head := strings.TrimRight(label[:i], " _-.")
		for b, art := range ix.rep.Articles {
			if b != a && strings.HasPrefix(art.Label, head) {
				return forms
			}
		}
		forms = append(forms, head+"…")
	}
	return forms
}

// memberPlace is where an article's member of a group sits, briefly: ¶3,
// ¶13–14 across paragraphs, or its role (lede).
func memberPlace(ix *index, a int, cells []int) string {
	return shortSpan(ix.rep.Articles[a], cells)
}

// shortSpan is where sentences sents of art sit, briefly: ¶3, its role
// (lede), or from the first to the last across paragraphs (¶13–14,
// lede–¶2), so that a member is never placed by its first paragraph
// alone.
func shortSpan(art compare.Article, sents []int) string {
	lo, hi, ok := sentenceRange(art, sents)
	if !ok {
		return ""
	}
	first, last := shortPlace(art.Sentences[lo]), shortPlace(art.Sentences[hi])
	switch {
	case first == last:
		return first
	case strings.HasPrefix(first, "¶"):
		return first + "–" + strings.TrimPrefix(last, "¶")
	}
	return first + "–" + last
}

// sentenceRange is the first and last of sents that are sentences of art;
// ok is false when none is.
func sentenceRange(art compare.Article, sents []int) (lo, hi int, ok bool) {
	lo, hi = len(art.Sentences), -1
	for _, s := range sents {
		if s >= 0 && s < len(art.Sentences) {
			lo, hi = min(lo, s), max(hi, s)
		}
	}
	return lo, hi, hi >= 0
}

// apartStatus is, for the status bar, where the current row's members that
// are off screen are, in the forms it may shorten to: with the articles'
// names ("Wire ¶13 below, Herald lede not shown (%)"), then naming only the
// articles not shown ("¶13 below (%)"), then with arrows ("↓ ¶13"); nil when every member is on screen, or none is.
func (m Model) apartStatus() statusPart {
	r := m.curRow
	if m.lay == nil || r < 0 || r >= len(m.ix.rows) || m.mode != modePanes {
		return nil
	}
	body := m.bodyHeight()
	type off struct{ label, place, where string }
	var offs []off
	onScreen := 0
	for a, cells := range m.ix.rows[r].cells {
		if len(cells) == 0 {
			continue
		}
		label, place := m.ix.rep.Articles[a].Label, memberPlace(m.ix, a, cells)
		p := m.paneOf(a)
		if p < 0 {
			offs = append(offs, off{label, place, "not shown"})
			continue
		}
		top := m.lay.memberTop(m.ix, p, r)
		end := top // its text's end: the notes under it are not drawn alone (screenLine)
		for _, s := range cells {
			end = max(end, m.lay.panes[p].textEnd(m.ix, s))
		}
		switch s := m.scrollOf(p); {
		case top < 0:
		case end <= s:
			offs = append(offs, off{label, place, "above"})
		case top >= s+body:
			offs = append(offs, off{label, place, "below"})
		default:
			onScreen++
		}
	}
	if len(offs) == 0 || onScreen == 0 {
		return nil // all on screen, or none: nothing is beside the wrong row
	}
	// Names whole or not at all: the bar cuts no word, and a shortened
	// name would read as a cut. Where the shorter forms leave names out,
	// the apart lines in the panes give them; the articles not shown are
	// named, then counted.
	key := m.keys.Member.Help().Key
	join := func(named, arrows, counted bool) string {
		var parts []string
		hidden := 0
		for _, o := range offs {
			switch {
			case o.where == "not shown" && counted:
				hidden++
			case arrows && o.where == "below":
				parts = append(parts, "↓ "+o.place)
			case arrows && o.where == "above":
				parts = append(parts, "↑ "+o.place)
			case named || o.where == "not shown":
				parts = append(parts, o.label+" "+o.place+" "+o.where)
			default:
				parts = append(parts, o.place+" "+o.where)
			}
		}
		if hidden > 0 {
			parts = append(parts, fmt.Sprintf("+%d not shown", hidden))
		}
		return strings.Join(parts, ", ")
	}
	forms := statusPart{join(true, false, false) + ": " + key + " goes there", join(true, false, false) + " (" + key + ")",
		join(false, false, false) + " (" + key + ")", join(false, false, true) + " (" + key + ")", join(false, true, true)}
	// At the last, the members on screen's neighbours only: "1–2 of 3"
	// says there are articles not shown.
	var arrows []string
	for _, o := range offs {
		switch o.where {
		case "below":
			arrows = append(arrows, "↓ "+o.place)
		case "above":
			arrows = append(arrows, "↑ "+o.place)
		}
	}
	if len(arrows) > 0 {
		forms = append(forms, strings.Join(arrows, ", "))
	}
	return forms
}

// toMember goes to the current row's member in the next article that has
// one out of sight, after the focused pane's (else, all in sight, the next
// one): it brings that article into a pane if need be, focuses its pane
// and scrolls the member on screen, as the editor would to read a group
// whose members are drawn far apart.
func (m Model) toMember() Model {
	r := m.curRow
	if r < 0 || r >= len(m.ix.rows) {
		m.note = "no current item: n chooses one"
		return m
	}
	cells := m.ix.rows[r].cells
	from := m.lay.panes[m.focus].article
	target, seen := -1, -1
	for d := 1; d <= len(cells) && target < 0; d++ {
		a := (from + d) % len(cells)
		if len(cells[a]) == 0 {
			continue
		}
		if seen < 0 {
			seen = a
		}
		if !m.memberOnScreen(a, r) {
			target = a // the next one out of sight first: it is what % is for
		}
	}
	if target < 0 {
		target = seen // all in sight: the focus moves to the next
	}
	if target < 0 || target == from {
		a, _ := firstCell(m.ix.rows[r])
		m.note = "only " + m.ix.rep.Articles[a].Label + " has this; no other article's version to go to"
		return m
	}
	m = m.show(target)
	p := m.paneOf(target)
	if p < 0 {
		return m
	}
	m.focus = p
	pn := &m.lay.panes[p]
	top := m.lay.memberTop(m.ix, p, r)
	if top < 0 {
		return m
	}
	end := top
	for _, s := range cells[target] {
		end = max(end, pn.sentTop[s]+pn.sentH[s])
	}
	body := m.bodyHeight()
	sp := &m.scroll[p]
	if m.aligned {
		sp = &m.scroll[0]
	}
	if top < *sp || end > *sp+body {
		*sp = top - body/4
		if end-top > body-body/4 {
			*sp = top
		}
	}
	m = m.clampScroll()
	m.note = ""
	return m
}

// memberOnScreen reports whether article a's sentences of row r are in a
// pane and wholly on screen.
func (m Model) memberOnScreen(a, r int) bool {
	p := m.paneOf(a)
	if p < 0 {
		return false
	}
	pn := &m.lay.panes[p]
	s, body := m.scrollOf(p), m.bodyHeight()
	for _, i := range m.ix.rows[r].cells[a] {
		if top := pn.sentTop[i]; top < s || top+pn.sentH[i] > s+body {
			return false
		}
	}
	return true
}
