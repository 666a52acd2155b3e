package tui

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
)

// overview is the whole comparison on one screen: a coverage matrix of
// facts by prominence × articles, a summary per article, the conflicts and
// a ledger of quotes. Every fact, conflict and quote line jumps to its row.
type overview struct {
	lines   []string
	plain   []string // lines without styles, for drawing the cursor
	targets []int    // per line: the row it jumps to, or -1
	cursor  int
	scroll  int
	height  int
}

func newOverview(ix *index, width, height int, st *Styles) overview {
	ov := overview{cursor: -1}
	ov = ov.resize(ix, width, height, st)
	ov.moveBy(1)
	return ov
}

func (m Model) handleOverviewKey(msg tea.KeyPressMsg) Model {
	k := m.keys
	switch {
	case key.Matches(msg, k.Back, k.Overview):
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
		}
	case key.Matches(msg, k.Help):
		m.mode = modeHelp
	}
	return m
}

// jumpToRow shows row r in the panes, paging across articles if none of
// its articles is shown, and makes it current.
func (m Model) jumpToRow(r int) Model {
	m.mode = modePanes
	if !m.rowShown(r) {
		a, _ := firstCell(m.ix.rows[r])
		m.first = a
		m = m.relayout()
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
		if ov.targets[c] >= 0 {
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

func (ov overview) resize(ix *index, width, height int, st *Styles) overview {
	ov.height = height
	ov.lines, ov.plain, ov.targets = nil, nil, nil
	add := func(styled, plain string, target int) {
		ov.lines = append(ov.lines, truncate(styled, width))
		ov.plain = append(ov.plain, truncate(plain, width))
		ov.targets = append(ov.targets, target)
	}
	text := func(s string) { add(s, s, -1) }
	rep := ix.rep
	n := len(rep.Articles)

	text(st.Heading.Render("Coverage: facts by prominence × articles"))
	for a, art := range rep.Articles {
		text(fmt.Sprintf("  %2d %s", a+1, art.Label))
	}
	hdr := "   "
	for a := range n {
		hdr += fmt.Sprintf("%-2d", (a+1)%100)
	}
	text(st.Subtle.Render(hdr))
	for _, gi := range prominence(rep) {
		g := rep.Groups[gi]
		r := ix.rowOf(g.Members[0].Article, g.Members[0].Sentences[0])
		var sb, pb strings.Builder
		sb.WriteString("   ")
		pb.WriteString("   ")
		for a := range n {
			mk, sty := markOther, st.MarkOther
			if len(ix.rows[r].cells[a]) > 0 {
				mk, sty = markShared, st.MarkShared
				if g.Kind == compare.KindRelated {
					mk, sty = markRelated, st.MarkRelated
				}
			}
			sb.WriteString(sty.Render(mk) + " ")
			pb.WriteString(mk + " ")
		}
		t := memberText(rep, ix.rows[r], g.Members[0].Article)
		add(sb.String()+t, pb.String()+t, r)
	}
	text("")
	text(st.Heading.Render("Per article: share of sentences"))
	for a, art := range rep.Articles {
		text("  " + st.Label.Render(art.Label) + " " + articleSummary(ix, a))
	}
	text("")
	text(st.Heading.Render("Conflicts"))
	conflicts := 0
	for _, f := range rep.Facts {
		if f.Status != "conflict" || len(f.Mentions) == 0 {
			continue
		}
		conflicts++
		var vals []string
		for _, m := range f.Mentions {
			vals = append(vals, fmt.Sprintf("%s %s", rep.Articles[m.Article].Label, m.Text))
		}
		s := fmt.Sprintf(" %s %s: %s", markConflict, f.Kind, strings.Join(vals, " · "))
		add(st.MarkConflict.Render(s), s, ix.rowOf(f.Mentions[0].Article, f.Mentions[0].Sentence))
	}
	if conflicts == 0 {
		text(st.Subtle.Render("  none found"))
	}
	text("")
	text(st.Heading.Render("Quotes by speaker"))
	for _, qi := range quoteLedger(rep) {
		q := rep.Quotes[qi]
		arts := []string{rep.Articles[q.Article].Label}
		for _, mt := range q.Matches {
			for _, o := range rep.Quotes {
				if o.ID == mt.Quote {
					arts = append(arts, rep.Articles[o.Article].Label)
				}
			}
		}
		s := fmt.Sprintf(" %s %s: “%s” · %s · %s", markQuote, speakerOf(q.Speaker, "", false), q.Text, quoteStatus(q), strings.Join(arts, ", "))
		add(st.MarkQuote.Render(s), s, ix.rowOf(q.Article, q.Sentence))
	}
	if len(rep.Quotes) == 0 {
		text(st.Subtle.Render("  no quotes in this report"))
	}
	text("")
	text(st.Subtle.Render("enter: show in the panes · esc: back"))
	return ov
}

func (ov overview) view(b *strings.Builder, width, height int, st *Styles) {
	lines := ov.lines
	if c := ov.cursor; c >= 0 && c < len(lines) {
		lines = slices.Clone(lines)
		lines[c] = st.Selected.Render(ov.plain[c])
	}
	writeBlock(b, lines, ov.scroll, width, height)
}

// prominence orders groups by how many articles carry them, then by how
// early they come (headline and lede first).
func prominence(rep *compare.Report) []int {
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
		return cmp.Or(cmp.Compare(len(gy.Members), len(gx.Members)), cmp.Compare(pos(gx), pos(gy)))
	})
	return order
}

// articleSummary is an article's shared, related and unique share of its
// sentences, its originality (the share of its words in unique sentences)
// and its quotes by speaker.
func articleSummary(ix *index, a int) string {
	var shared, related, unique, total, words, uniqueWords int
	for s, sen := range ix.rep.Articles[a].Sentences {
		r := ix.rowOf(a, s)
		if r < 0 || ix.rows[r].other {
			continue
		}
		total++
		w := len(strings.Fields(sen.Text))
		words += w
		switch g := ix.rows[r].group; {
		case g < 0:
			unique++
			uniqueWords += w
		case ix.rep.Groups[g].Kind == compare.KindRelated:
			related++
		default:
			shared++
		}
	}
	pct := func(x, n int) int {
		if n == 0 {
			return 0
		}
		return x * 100 / n
	}
	s := fmt.Sprintf("%s %d%% · %s %d%% · %s %d%% · originality %d%%", markShared, pct(shared, total), markRelated, pct(related, total), markUnique, pct(unique, total), pct(uniqueWords, words))
	speakers := map[string]int{}
	for _, q := range ix.rep.Quotes {
		if q.Article == a {
			speakers[speakerOf(q.Speaker, "", false)]++
		}
	}
	if len(speakers) > 0 {
		var parts []string
		for _, sp := range slices.Sorted(maps.Keys(speakers)) {
			parts = append(parts, fmt.Sprintf("%s %d", sp, speakers[sp]))
		}
		s += " · quotes: " + strings.Join(parts, ", ")
	}
	return s
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
