package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// longestItemName is the widest name an item of the report can have in
// the status bar: its kind with its count as place, a quote's with the
// widest quote status, and, when an outlet tells a group's fact again,
// the short name of that related sentence's row ("again → shared 3/40").
func longestItemName(rep *compare.Report, counts [kindConflict + 1]int) string {
	longest, status := "", ""
	for _, q := range rep.Quotes { // a quote's name says its status
		if s := quoteStatus(q); ansi.StringWidth(s) > ansi.StringWidth(status) {
			status = s
		}
	}
	again := false
	for _, g := range rep.Groups {
		again = again || len(g.Related) > 0
	}
	for k, n := range counts {
		name := fmt.Sprintf("%s %d/%d", itemKind(k), n, n)
		names := []string{name}
		switch itemKind(k) {
		case kindQuote:
			names = []string{name + " (" + status + ")"}
		case kindShared, kindRelated:
			if again {
				names = append(names, againShort(name))
			}
		}
		for _, s := range names {
			if n > 0 && ansi.StringWidth(s) > ansi.StringWidth(longest) {
				longest = s
			}
		}
	}
	return longest
}

// againShort is the shortest name of a related sentence's row, after its
// group's name: "again → shared 3/40" (the legend's "again, related").
func againShort(group string) string { return "again → " + group }

// itemStatus names the current item: its kind and place among its kind.
func (m Model) itemStatus() string { return m.itemStatusForms()[0] }

// itemStatusForms is itemStatus in the forms the status bar may shorten
// it to: in full, then without where a group is told again (the row in
// the panes says it), then the item alone. On a related sentence's row:
// with its keys, then the group it tells again, then briefly ("again →
// shared 3/40"), a name no wider than longestItemName allows for, so that
// stepping onto the row moves no other part of the bar.
func (m Model) itemStatusForms() statusPart {
	cur, curRow := m.shownCurrent()
	if m.mode == modeInspector {
		cur = m.insp.cur
	}
	if cur < 0 || cur >= len(m.ix.items) {
		if gi := m.ix.relatedOf(curRow); gi >= 0 {
			s := "again, related → " + m.itemName(gi)
			return statusPart{s + " (enter opens it; J makes it the member)", s, againShort(m.itemName(gi))}
		}
		if curRow >= 0 {
			return statusPart{"a sentence"}
		}
		if m.ix.offStory != "" { // names shortened, then counted
			unique, vague := m.namedForms(m.ix.offStory)
			forms := append(statusPart{m.ix.offStory}, unique...)
			if m.ix.offStoryCounted != "" {
				return append(forms, m.ix.offStoryCounted)
			}
			return append(forms, vague...)
		}
		return statusPart{"n: next item"}
	}
	it := m.ix.items[cur]
	s := m.itemName(cur)
	if it.kind == kindQuote {
		s += " (" + quoteStatus(m.ix.rep.Quotes[it.quote]) + ")"
	}
	forms := statusPart{s}
	if it.group >= 0 {
		// Where the group's outlets tell its fact a second time ("· +1
		// again in Wire ¶3").
		if where, n := againWhere(m.ix.rep, m.ix.rep.Groups[it.group], 2); n > 0 {
			forms = statusPart{fmt.Sprintf("%s · +%d again in %s", s, n, where), fmt.Sprintf("%s · +%d again", s, n), s}
		}
	}
	return forms
}

// itemWithApart is the item's status forms, led by forms that also say
// where the current row's members off screen are ("related 1/4 · Wire ¶11
// below (%)") when those fit in room cells: they never push the bar's
// other parts out of their steady forms.
func (m Model) itemWithApart(room int) statusPart {
	forms := m.itemStatusForms()
	var out statusPart
	for _, f := range m.apartStatus() {
		if s := forms[0] + " · " + f; ansi.StringWidth(s) <= room {
			out = append(out, s)
		}
	}
	return append(out, forms...)
}

// itemName is item i's kind and place among its kind, as n visits them.
func (m Model) itemName(i int) string {
	it := m.ix.items[i]
	ord := it.ord
	if so := m.drawOrder(); so != nil && so.seq != nil {
		ord = so.ord[i] // as n visits them
	} else if !m.aligned && m.kept.so != nil {
		ord = m.kept.so.ord[i] // the aligned view's, so v does not renumber
	}
	return fmt.Sprintf("%s %d/%d", it.kind, ord, m.ix.counts[it.kind])
}

// againWhere names the places of a group's related sentences ("Wire ¶3,
// Herald lede"), at most limit of them (then "…"; limit < 0: all), or "",
// and how many there are.
func againWhere(rep *compare.Report, g compare.Group, limit int) (string, int) {
	var where []string
	n := 0
	for _, mb := range g.Related {
		for _, s := range mb.Sentences {
			if mb.Article < 0 || mb.Article >= len(rep.Articles) || s < 0 || s >= len(rep.Articles[mb.Article].Sentences) {
				continue
			}
			n++
			if limit < 0 || len(where) < limit {
				where = append(where, rep.Articles[mb.Article].Label+" "+shortPlace(rep.Articles[mb.Article].Sentences[s]))
			}
		}
	}
	if n > len(where) {
		where = append(where, "…")
	}
	return strings.Join(where, ", "), n
}

// shortPlace is where a sentence sits, briefly: ¶3, or its role.
func shortPlace(s compare.Sentence) string {
	switch s.Role {
	case compare.RoleBody, "":
		return fmt.Sprintf("¶%d", s.Paragraph+1)
	}
	return string(s.Role)
}
