package tui

import (
	"cmp"
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
		s := fmt.Sprintf(" %s %s: “%s” · %s · %s", mark, speakerOf(q.Speaker, "", false), q.Text, quoteStatus(q), strings.Join(arts, ", "))
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

// addCoverage draws the coverage matrix: a line per fact, most widely
// carried and most prominent first, with a mark per article.
func (ov *overview) addCoverage(ix *index, st *Styles) {
	rep := ix.rep
	n := len(rep.Articles)
	ov.text(st.Heading.Render("Coverage: facts by prominence × articles"))
	for a, art := range rep.Articles {
		ov.text(fmt.Sprintf("  %2d %s", a+1, art.Label))
	}
	hdr := "   "
	for a := range n {
		hdr += fmt.Sprintf("%-2d", (a+1)%100)
	}
	ov.text(st.Subtle.Render(hdr))
	for _, gi := range prominence(rep) {
		g := rep.Groups[gi]
		r := ix.rowOf(g.Members[0].Article, g.Members[0].Sentences[0])
		if r < 0 {
			continue
		}
		var sb, pb strings.Builder
		sb.WriteString("   ")
		pb.WriteString("   ")
		for a := range n {
			covered := len(ix.rows[r].cells[a]) > 0
			if cov := rep.Articles[a].Summary.Coverage; gi < len(cov) {
				covered = cov[gi]
			}
			mk, sty := markOther, st.MarkOther
			if covered {
				mk, sty = markShared, st.MarkShared
				if g.Kind == compare.KindRelated {
					mk, sty = markRelated, st.MarkRelated
				}
			}
			sb.WriteString(sty.Render(mk) + " ")
			pb.WriteString(mk + " ")
		}
		t := memberText(rep, ix.rows[r], g.Members[0].Article)
		ov.add(sb.String()+t, pb.String()+t, r)
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
			parts = append(parts, fmt.Sprintf("%s %d", speakerOf(sp.Speaker, "", false), sp.Quotes))
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

// prominence orders groups by how many articles carry them (a member, or
// the fact's words within another fact's sentence: Group.Carries), then by
// how early they come (headline and lede first).
func prominence(rep *compare.Report) []int {
	carriers := func(g compare.Group) int {
		n := 0
		for a := range rep.Articles {
			if g.Carries(a) {
				n++
			}
		}
		return n
	}
	pos := func(g compare.Group) int {
		best := 1 << 30
		for _, m := range g.Members {
			s := rep.Articles[m.Article].Sentences[m.Sentences[0]]
			p := s.Paragraph
			if s.Role == compare.RoleHeadline {
				p = -1
			}
			best = min(best, p)
		}
		return best
	}
	order := make([]int, 0, len(rep.Groups))
	for gi, g := range rep.Groups {
		if len(g.Members) > 0 && len(g.Members[0].Sentences) > 0 {
			order = append(order, gi)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int {
		gx, gy := rep.Groups[x], rep.Groups[y]
		return cmp.Or(cmp.Compare(carriers(gy), carriers(gx)), cmp.Compare(pos(gx), pos(gy)))
	})
	return order
}

// quoteLedger lists each quote once (not again as another article's
// rendering of it), by speaker.
func quoteLedger(rep *compare.Report) []int {
	seen := map[string]bool{}
	var out []int
	for qi, q := range rep.Quotes {
		if seen[q.ID] {
			continue
		}
		seen[q.ID] = true
		for _, mt := range q.Matches {
			seen[mt.Quote] = true
		}
		out = append(out, qi)
	}
	slices.SortStableFunc(out, func(x, y int) int { return cmp.Compare(rep.Quotes[x].Speaker, rep.Quotes[y].Speaker) })
	return out
}

// addOmissions lists, per article, the facts the other articles carry and
// it leaves out, most widely carried and most prominent first; enter on
// one shows it in the panes.
func (ov *overview) addOmissions(ix *index, st *Styles) {
	rep := ix.rep
	title := "Omissions: facts others carry that an article leaves out"
	if partialOmissions(rep) {
		// With six articles or more only the facts half the others carry
		// are listed (Summary.Omitted); the title says so, or an article
		// counted "leaves out 2 of 3" and listed under it once, or not at
		// all, reads as a count and a list that disagree.
		title = "Omissions: facts half or more of the others carry that an article leaves out"
	}
	ov.text(st.Heading.Render(title))
	if mayCarryAnywhere(rep) {
		ov.wrapped("? may carry: the article has a sentence close to the fact that the alignment did not join (where given); check it before calling the fact left out", 2, -1, st)
	}
	byID := make(map[string]int, len(rep.Groups))
	for gi, g := range rep.Groups {
		byID[g.ID] = gi
	}
	rank := make(map[int]int, len(rep.Groups))
	for i, gi := range prominence(rep) {
		rank[gi] = i
	}
	any := false
	for ai, art := range rep.Articles {
		var gs []int
		for _, id := range art.Summary.Omitted {
			if gi, ok := byID[id]; ok {
				gs = append(gs, gi)
			}
		}
		alone := rep.AloneElsewhere(ai) // the other articles' facts only they have
		if len(gs) == 0 && alone == 0 {
			continue
		}
		any = true
		slices.SortFunc(gs, func(x, y int) int { return cmp.Compare(rank[x], rank[y]) })
		left, maybe, facts := rep.Omissions(ai)
		head := " leaves out " + leftOf(left, maybe, facts)
		if n := len(gs); n < left+maybe && !rep.UniqueIsOmission() { // see partialOmissions
			head += fmt.Sprintf(", %d carried by half or more of the others:", n)
		}
		ov.add("  "+st.Label.Render(art.Label)+head, "  "+art.Label+head, -1)
		for _, gi := range gs {
			g := rep.Groups[gi]
			m := g.Members[0]
			if m.Article < 0 || m.Article >= len(rep.Articles) || len(m.Sentences) == 0 {
				continue
			}
			var who []string
			for _, o := range g.Members {
				if o.Article >= 0 && o.Article < len(rep.Articles) {
					who = append(who, rep.Articles[o.Article].Label)
				}
			}
			text := rep.Articles[m.Article].Sentences[m.Sentences[0]].Text
			s := omissionLine(rep, ai, text, "in "+strings.Join(who, ", "), rep.MayCarry(ai, g))
			ov.add(s, s, ix.rowOf(m.Article, m.Sentences[0]))
		}
		if alone > 0 {
			ov.addAlone(ix, ai, st)
		}
	}
	switch {
	case !any && len(ix.rep.Groups) == 0:
		ov.text(st.Subtle.Render("  none: no article carries a fact another does"))
	case !any && len(rep.Articles) == 2:
		ov.text(st.Subtle.Render("  none: each article carries every fact the other does"))
	case !any:
		ov.text(st.Subtle.Render("  none: no article leaves out a fact most of the others carry"))
	}
	ov.text("")
}

// partialOmissions reports whether some article leaves out a group that
// its Summary.Omitted does not list (a fact too few of the others carry to
// be an omission, see compare's notableOmission). With two articles the
// rest are facts only the other has, listed apart (addAlone).
func partialOmissions(rep *compare.Report) bool {
	if rep.UniqueIsOmission() {
		return false
	}
	for _, art := range rep.Articles {
		if art.Summary.LeavesOut() > len(art.Summary.Omitted) {
			return true
		}
	}
	return false
}

// maxAloneListed bounds the facts only one other article has listed under
// an article's omissions; the rest are counted ("… and 111 more only in
// feature.txt"), and n visits them all.
const maxAloneListed = 5

// addAlone lists, under article ai's omissions, the facts only the other
// article has (Summary.Alone): with two articles each is a fact ai leaves
// out. Ledes and headlines first, then in the article's order.
func (ov *overview) addAlone(ix *index, ai int, st *Styles) {
	rep := ix.rep
	for bi, b := range rep.Articles {
		if bi == ai || len(b.Summary.Alone) == 0 {
			continue
		}
		ss := slices.Clone(b.Summary.Alone)
		top := func(si int) int {
			if r := b.Sentences[si].Role; r == compare.RoleHeadline || r == compare.RoleLede {
				return 0
			}
			return 1
		}
		slices.SortStableFunc(ss, func(x, y int) int { return cmp.Compare(top(x), top(y)) })
		for _, si := range ss[:min(len(ss), maxAloneListed)] {
			near := rep.MayCarryAny(ai, []compare.SentenceRef{{Article: bi, Sentence: si}})
			s := omissionLine(rep, ai, b.Sentences[si].Text, "only in "+b.Label, near)
			ov.add(s, s, ix.rowOf(bi, si))
		}
		if more := len(ss) - maxAloneListed; more > 0 {
			ov.text(st.Subtle.Render(fmt.Sprintf("    … and %d more only in %s", more, b.Label)))
		}
	}
}

// omissionLine returns the line listing a fact article ai leaves out
// ("✗ text · in A, B"), or, where ai has a sentence close to the fact that
// the alignment did not join (near: MayCarry), one saying it may carry
// it there ("? may carry, ¶3 or headline: text · in A, B"), where first,
// as a long line is cut: a false "leaves out" is what an editor would act
// on.
func omissionLine(rep *compare.Report, ai int, text, where string, near []compare.Nearest) string {
	if near != nil {
		return fmt.Sprintf("    ? may carry, %s: %s · %s", places(rep.Articles[ai], near), text, where)
	}
	return fmt.Sprintf("    ✗ %s · %s", text, where)
}

// mayCarryAnywhere reports whether an omission the overview lists is one
// an article may carry (a group of its Omitted, or with two articles a
// fact only the other has), so that its "?" is explained once.
func mayCarryAnywhere(rep *compare.Report) bool {
	byID := make(map[string]compare.Group, len(rep.Groups))
	for _, g := range rep.Groups {
		byID[g.ID] = g
	}
	for ai, art := range rep.Articles {
		for _, id := range art.Summary.Omitted {
			if g, ok := byID[id]; ok && rep.MayCarry(ai, g) != nil {
				return true
			}
		}
		if rep.AloneElsewhere(ai) == 0 {
			continue
		}
		if _, maybe, _ := rep.Omissions(ai); maybe > 0 {
			return true // with two articles every group is in Omitted: the rest are alone facts
		}
	}
	return false
}

// leftOf says how many facts an article leaves out of how many, those it
// may carry counted in, so that the counts add up (review-r15 item 6: "0
// of 7 facts, may carry 1 other" read as 8): "2 of 7 facts (1 perhaps told
// in other words)". left and maybe are Omissions'.
func leftOf(left, maybe, facts int) string {
	s := fmt.Sprintf("%d of %d facts", left+maybe, facts)
	if maybe > 0 {
		s += fmt.Sprintf(" (%d perhaps told in other words)", maybe)
	}
	return s
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
