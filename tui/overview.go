package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// overview is the whole comparison on one screen: the figures the articles
// disagree on (and those that agree only roughly), a summary per
// article, a coverage matrix of facts by prominence × articles and a ledger
// of quotes. Every figure, fact and quote line jumps to its row.
type overview struct {
	width   int
	lines   []string
	plain   []string  // lines without styles, for drawing the cursor
	targets []int     // per line: the row it jumps to, or -1
	marks   []markRef // per line: the mark x, f and a change, if any
	cursor  int
	scroll  int
	height  int
	rv      ovReview
}

func newOverview(ix *index, width, height int, st *Styles, rv ovReview) overview {
	ov := overview{cursor: -1, rv: rv}
	ov = ov.resize(ix, width, height, st)
	ov.moveBy(1)
	return ov
}

func (m Model) handleOverviewKey(msg tea.KeyPressMsg) Model {
	k := m.keys
	switch {
	case key.Matches(msg, k.Close, k.Overview):
		m.mode = modePanes
	case key.Matches(msg, k.Down, k.Next):
		m.ov.moveBy(1)
	case key.Matches(msg, k.Up, k.Prev):
		m.ov.moveBy(-1)
	case key.Matches(msg, k.PageDown):
		m.ov.moveBy(max(m.ov.height-2, 1))
	case key.Matches(msg, k.PageUp):
		m.ov.moveBy(-max(m.ov.height-2, 1))
	case key.Matches(msg, k.Top):
		m.ov.moveBy(-1 << 30)
	case key.Matches(msg, k.Bottom):
		m.ov.moveBy(1 << 30)
	case key.Matches(msg, k.Inspect):
		if c := m.ov.cursor; c >= 0 && m.ov.targets[c] >= 0 {
			m = m.jumpToRow(m.ov.targets[c])
		} else if c >= 0 && m.ov.marks[c].ok() {
			m.note = "not in the panes: its item is no longer in the articles"
		}
	case key.Matches(msg, k.Help):
		m.mode, m.helpScroll = modeHelp, 0
	}
	return m
}

// jumpToRow shows row r in the panes, paging across articles if none of
// its articles is shown, and makes it current.
func (m Model) jumpToRow(r int) Model {
	m.mode = modePanes
	if !m.rowShown(r) {
		a, _ := firstCell(m.ix.rows[r])
		m = m.show(a)
	}
	return m.moveTo(m.ix.firstItemOnRow(r), r)
}

// moveBy moves the cursor d selectable lines and scrolls to keep it shown.
func (ov *overview) moveBy(d int) {
	step := 1
	if d < 0 {
		step, d = -1, -d
	}
	for c := ov.cursor + step; d > 0 && c >= 0 && c < len(ov.targets); c += step {
		if ov.selectable(c) {
			ov.cursor = c
			d--
		}
	}
	if ov.cursor >= 0 {
		if ov.cursor < ov.scroll+1 {
			ov.scroll = ov.cursor - 1
		}
		if ov.cursor >= ov.scroll+ov.height {
			ov.scroll = ov.cursor - ov.height + 1
		}
	}
	ov.scroll = max(min(ov.scroll, len(ov.lines)-ov.height), 0)
}

// selectable reports whether the cursor may rest on line c: it jumps to
// a row or stands for a mark.
func (ov *overview) selectable(c int) bool {
	return c >= 0 && c < len(ov.targets) && (ov.targets[c] >= 0 || ov.marks[c].ok())
}

func (ov overview) resize(ix *index, width, height int, st *Styles) overview {
	ov.height, ov.width = height, width
	ov.lines, ov.plain, ov.targets, ov.marks = nil, nil, nil, nil
	rep := ix.rep
	ov.addReview(st)
	if ix.offStoryFull != "" {
		ov.wrapped(ix.offStoryFull, 0, -1, st)
		ov.text("")
	}
	// Conflicts first: a figure the outlets disagree on is what an editor
	// most needs to check, and the coverage matrix can run long.
	ov.text(st.Heading.Render("Conflicts: figures that disagree"))
	if !ov.addFacts(ix, compare.FactConflict, st) {
		ov.text(st.Subtle.Render("  none found"))
	}
	ov.text("")
	if hasFacts(rep, compare.FactCompatible) {
		ov.text(st.Heading.Render(roughHeading))
		ov.addFacts(ix, compare.FactCompatible, st)
		ov.text("")
	}
	ov.text(st.Heading.Render("Per article"))
	for a := range rep.Articles {
		ov.addSummary(ix, a, st)
	}
	ov.text("")
	ov.addOmissions(ix, st)
	ov.addCoverage(ix, st)
	ov.text("")
	ov.text(st.Heading.Render("Quotes by speaker"))
	for _, qi := range quoteLedger(rep) {
		q := rep.Quotes[qi]
		arts := []string{rep.Articles[q.Article].Label}
		for _, mt := range q.Matches {
			for _, o := range rep.Quotes {
				if o.ID == mt.Quote {
					a := rep.Articles[o.Article].Label
					if mt.OtherSpeaker {
						a += " (given to " + speakerOf(o.Speaker, "", false) + ")"
					}
					arts = append(arts, a)
				}
			}
		}
		mark := markQuote
		if quoteStatus(q) != "shared" {
			mark = markOddQuote
		}
		// A long quote is cut in its words, so the line still says which
		// articles have it.
		s := cutBetween(fmt.Sprintf(" %s %s: “", mark, speakerOf(q.Speaker, "", false)), q.Text,
			fmt.Sprintf("” · %s · ", quoteStatus(q)), arts, width)
		ov.add(st.MarkQuote.Render(s), s, ix.rowOf(q.Article, q.Sentence))
	}
	if len(rep.Quotes) == 0 {
		ov.text(st.Subtle.Render("  no quotes in this report"))
	}
	ov.text("")
	ov.text(st.Subtle.Render("enter: show in the panes · esc: back"))
	return ov
}

// add appends a line cut to the width: styled to draw, plain to draw under
// the cursor, and the row enter jumps to (-1: the cursor skips it).
func (ov *overview) add(styled, plain string, target int) {
	ov.lines = append(ov.lines, truncate(styled, ov.width))
	ov.plain = append(ov.plain, truncate(plain, ov.width))
	ov.targets = append(ov.targets, target)
	ov.marks = append(ov.marks, markRef{})
}

// addMark appends a line of the review block: it jumps to t's row, if it
// has one, and x, f and a on it change t's mark.
func (ov *overview) addMark(styled string, t ovTarget) {
	ov.add(styled, t.text, t.row)
	ov.marks[len(ov.marks)-1] = t.mark
}

func (ov *overview) text(s string) { ov.add(s, s, -1) }

// wrapped appends plain text soft-wrapped to the width, indented. Its first
// line jumps to row target; the cursor skips the others.
func (ov *overview) wrapped(text string, indent, target int, st *Styles) {
	tw := max(ov.width-indent, 1)
	pad := strings.Repeat(" ", indent)
	for _, l := range wrap(text, tw) {
		s := pad + renderLine(text, l, nil, tsPlain, tw, st)
		ov.add(s, s, target)
		target = -1
	}
}

// addSummary writes what article a does with the story, from its summary
// in the report: its sentences by kind, originality, the facts it leaves
// out, whose voices it uses and how it frames.
func (ov *overview) addSummary(ix *index, a int, st *Styles) {
	rep := ix.rep
	art := rep.Articles[a]
	sum := art.Summary
	ov.text("  " + st.Label.Render(art.Label))
	left, maybe, facts := rep.Omissions(a)
	for _, line := range packed([]string{
		fmt.Sprintf("%s %d shared", markShared, sum.Shared),
		fmt.Sprintf("%s %d related", markRelated, sum.Related),
		markUnique + " " + plural(sum.Unique, "unique sentence", "unique sentences"),
		fmt.Sprintf("originality %.0f%%", sum.Originality*100),
		"leaves out " + leftOf(left, maybe, facts),
	}, " · ", max(ov.width-4, 1)) {
		ov.wrapped(line, 4, -1, st)
	}
	if left := art.LeftOut.String(); left != "" {
		ov.wrapped("page furniture left out: "+left, 4, -1, st)
	}
	if len(sum.Speakers) > 0 {
		const top = 3
		var parts []string
		for _, sp := range sum.Speakers[:min(top, len(sum.Speakers))] {
			parts = append(parts, fmt.Sprintf("%s %d", speakerOf(countedSpeaker(sp.Speaker), "", false), sp.Quotes))
		}
		s := "quotes: " + strings.Join(parts, ", ")
		if more := len(sum.Speakers) - top; more > 0 {
			s += fmt.Sprintf(" and %d more", more)
		}
		ov.wrapped(s, 4, -1, st)
	} else {
		ov.wrapped("quotes: none", 4, -1, st)
	}
	f := "framing: " + sum.FramingCounts()
	if d := ownDivergence(rep, a); d != "" {
		f += "; " + d
	}
	if h := ownHedging(rep, a); h != "" {
		f += "; " + h
	}
	ov.wrapped(f, 4, -1, st)
}

func (ov overview) view(b *strings.Builder, width, height int, st *Styles) {
	lines := ov.lines
	if c := ov.cursor; c >= 0 && c < len(lines) {
		lines = slices.Clone(lines)
		lines[c] = st.Selected.Render(ov.plain[c])
	}
	writeBlock(b, lines, ov.scroll, width, height)
}

// packed joins parts with sep into lines of at most width columns, breaking
// only between parts, so that a narrow screen does not cut "leaves out" from
// its count; a part wider than a line has one to itself (and wraps there).
func packed(parts []string, sep string, width int) []string {
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case ansi.StringWidth(cur+sep+p) <= width:
			cur += sep + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
