package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

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
