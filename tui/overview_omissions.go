package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/storydiff/storydiff/compare"
)

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
		if ansi.StringWidth("  "+art.Label+head) <= ov.width {
			ov.add("  "+st.Label.Render(art.Label)+head, "  "+art.Label+head, -1)
		} else {
			// A long label leaves the count no room: it goes on the
			// lines below, not cut off the end.
			ov.text("  " + st.Label.Render(art.Label))
			ov.wrapped(strings.TrimSpace(head), 4, -1, st)
		}
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
			s := omissionLine(rep, ai, text, "in", who, rep.MayCarry(ai, g), ov.width)
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
			s := omissionLine(rep, ai, b.Sentences[si].Text, "only in", []string{b.Label}, near, ov.width)
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
// it there ("? may carry, ¶3 or headline: text · in A, B"), where first:
// a false "leaves out" is what an editor would act on. A line wider than
// width is cut in the fact's text, not at its end, so that it still says
// which articles carry the fact (a long lede lost "· in A, B").
func omissionLine(rep *compare.Report, ai int, text, where string, names []string, near []compare.Nearest, width int) string {
	head := "    ✗ "
	if near != nil {
		head = fmt.Sprintf("    ? may carry, %s: ", places(rep.Articles[ai], near))
	}
	return cutBetween(head, text, " · "+where+" ", names, width)
}

// cutBetween joins head, text, tail and names (the articles a line
// points to, comma-separated after tail), cutting text (at a word) rather
// than the line's end when the line is wider than width, so that where a
// fact or quote is survives a long sentence. Where text would keep fewer
// than minCutText columns, the names are shortened first, each to its
// share of the room ("The Harbor Her…, The Valley Cou…"): at 80 columns
// two long outlet labels took the whole line and the cut at its end lost
// them. Where even that leaves text too little room the line is left
// whole, to be cut at its end like any other.
func cutBetween(head, text, tail string, names []string, width int) string {
	fixed := ansi.StringWidth(head) + ansi.StringWidth(tail)
	list := strings.Join(names, ", ")
	keep := min(ansi.StringWidth(text), minCutText) // the least of text to keep
	if room := width - fixed - ansi.StringWidth(list); room < keep && len(names) > 0 {
		list = shortNames(names, width-fixed-keep)
	}
	if room := width - fixed - ansi.StringWidth(list); room >= minCutText && ansi.StringWidth(text) > room {
		text = strings.TrimRight(truncateWords(text, room), " ")
	}
	return head + text + strings.TrimRight(tail+list, " ")
}

// shortNames joins names with ", " in about width columns, each name cut
// to an equal share (at least minNameCut columns, so a name stays one to
// recognise).
func shortNames(names []string, width int) string {
	each := max((width-2*(len(names)-1))/len(names), minNameCut)
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		if ansi.StringWidth(n) > each {
			out[i] = strings.TrimRight(ansi.Truncate(n, each-1, ""), " ,") + "…"
		}
	}
	return strings.Join(out, ", ")
}

// minNameCut is the narrowest shortNames cuts a name to.
const minNameCut = 8

// minCutText is the narrowest cutBetween cuts a text to.
const minCutText = 16

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
