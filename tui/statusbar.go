package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// statusView is the status bar: the view, which articles are shown, the
// current item and its kind, the position, and the counts.
func (m Model) statusView() string {
	if m.searching {
		return truncate(m.input.View(), m.width)
	}
	if m.rv.prompt != promptNone {
		return truncate(m.rv.input.View(), m.width)
	}
	st := &m.styles
	view := " ALIGNED "
	if !m.aligned {
		view = " ARTICLE "
	}
	switch m.mode {
	case modeInspector:
		view = " INSPECT "
	case modeOverview:
		view = " OVERVIEW "
	case modeHelp:
		view = " HELP "
	}
	// Each part in the forms it may take, fullest first (an empty form
	// drops it), and the order in which parts give way when the bar is
	// narrow: the item, a message and the progress stay longest.
	var parts []statusPart
	var steps []int
	add := func(forms ...string) int {
		parts = append(parts, forms)
		return len(parts) - 1
	}
	switch m.mode {
	case modeInspector:
		note := -1
		if m.note != "" {
			note = add(m.noteForms(m.note)...)
		}
		item := add(m.itemStatusForms()...)
		rv := add(m.reviewStatus(), m.reviewStatusShort())
		label := m.ix.rep.Articles[m.insp.ref].Label
		ref := add("reference "+label, "ref. "+label, "")
		line := add(fmt.Sprintf("line %d/%d", m.insp.scroll+1, len(m.insp.lines)), "")
		steps = []int{item, rv, ref, note, item, line, ref}
		if note >= 0 { // last, a long name in the message
			steps = append(steps, slices.Repeat([]int{note}, len(parts[note]))...)
		}
	case modeOverview:
		rv := add(m.reviewStatus(), m.reviewStatusShort())
		add(fmt.Sprintf("line %d/%d", m.ov.scroll+1, len(m.ov.lines)))
		steps = []int{rv}
	case modeHelp:
		add(fmt.Sprintf("line %d/%d", m.helpScroll+1, len(m.helpLines())))
	default:
		// Every part but the item takes the form a bar with the longest
		// item name gives it, whatever the moment's item or message: the
		// bar stays put while the editor moves. Only a message longer
		// than that name makes the others give way further, the articles
		// shown first (a message "pinned X" says it).
		st := m.stableStatusForms(ansi.StringWidth(view))
		shown := add(st.shown...)
		if m.query != "" {
			add(m.matchStatus())
		}
		item, note := -1, -1 // a message stands for the item
		if m.note != "" {
			note = add(m.noteForms(m.note)...)
		} else {
			item = add("")
		}
		// "showing X" goes beside the item; the articles shown give way
		// to it, then its name shortens, then the other parts.
		paged := -1
		if m.paged != "" {
			paged = add(m.noteForms(m.paged)...)
		}
		rv := add(st.rv...)
		filter := -1
		if st.filter != nil {
			filter = add(st.filter...)
		}
		at := add(st.at...)
		counts := add(st.counts...)
		if item >= 0 {
			// The item, and where its row's members off screen are, in
			// the room the other parts' steady forms leave it.
			room := m.width - ansi.StringWidth(view) - ansi.StringWidth(statusLine(parts, make([]int, len(parts)))) - ansi.StringWidth(" │ ")
			parts[item] = m.itemWithApart(room)
		}
		var pagedSteps []int
		if paged >= 0 {
			pagedSteps = slices.Concat(m.shownSteps(shown, parts[shown]), slices.Repeat([]int{paged}, len(parts[paged])))
		}
		steps = slices.Concat(pagedSteps, []int{item, note, item}, m.shownSteps(shown, parts[shown]),
			[]int{at, counts, rv, counts, filter, at})
		if msg := max(item, note); msg >= 0 { // last, a long name in the message
			steps = append(steps, slices.Repeat([]int{msg}, len(parts[msg]))...)
		}
		steps = append(steps, shown) // the pin, named to the last
	}
	vw := ansi.StringWidth(view)
	if vw >= m.width {
		return st.StatusAccent.Render(truncate(view, m.width))
	}
	return st.StatusAccent.Render(view) + st.Status.Render(fitStatus(parts, steps, m.width-vw))
}

// stableForms is the panes' bar's parts other than the item, each from
// the form the width leaves it.
type stableForms struct{ shown, rv, filter, at, counts statusPart }

// stableStatusForms is the forms of the panes' bar's parts other than the
// item at this width: those a bar with the longest item name leaves them
// (the articles shown, the progress, the position and the counts), so
// that they do not change between key presses, as they would if a short
// message gave them room a longer one takes back.
func (m Model) stableStatusForms(vw int) stableForms {
	pos, pct := m.position()
	f := stableForms{
		shown:  m.shownStatusForms(),
		rv:     statusPart{m.reviewStatus(), m.reviewStatusShort()},
		at:     statusPart{"line " + pos + " " + pct, pct, ""},
		counts: statusPart{countsStatus(m.ix.counts, false), countsStatus(m.ix.counts, true), ""},
	}
	if m.filter != filterAll {
		f.filter = statusPart{"n: " + m.filter.String(), ""}
	}
	total := m.lay.total
	if !m.aligned && m.focus < len(m.lay.panes) {
		total = m.lay.panes[m.focus].height()
	}
	// The position at its widest: the last line, 100%.
	atWidest := statusPart{fmt.Sprintf("line %d/%d 100%%", total, total), "100%", ""}
	var match statusPart
	if m.query != "" { // a search's place, widest: the last of its matches
		last := m
		if len(m.hits) > 0 {
			last.hit = len(m.hits) - 1
		}
		match = statusPart{last.matchStatus()}
	}
	parts := []statusPart{f.shown, match, {m.ix.longestItem}, f.rv, f.filter, atWidest, f.counts}
	const shown, rv, filter, at, counts = 0, 3, 4, 5, 6
	steps := slices.Concat([]int{at, counts, rv, counts}, m.shownSteps(shown, f.shown), []int{filter, at, shown})
	form := fitForms(parts, steps, m.width-vw)
	f.shown, f.rv, f.at, f.counts = f.shown[form[shown]:], f.rv[form[rv]:], f.at[form[at]:], f.counts[form[counts]:]
	if f.filter != nil {
		f.filter = f.filter[form[filter]:]
	}
	return f
}

// shownSteps is the steps that shorten the articles shown, part i with
// forms f: while an article is pinned, to its shortest form short of
// leaving it out, which names the pin and goes only when nothing else is
// left to give way (the bar's last step); without a pin, or when the
// message names the pin ("pinned X"), to nothing.
func (m Model) shownSteps(i int, f statusPart) []int {
	n := len(f)
	if m.pin >= 0 && !strings.HasPrefix(m.note, "pinned ") {
		n -= 2
	}
	return slices.Repeat([]int{i}, max(n, 0))
}

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

// noteForms is a message in the forms the status bar may shorten it to:
// in full, then (when it has them) its first clause, up to a "; ", then
// that clause with the articles' names in it shortened (namedForms), so
// that a long label ("pinned breitbart_2016-09-12_stealth…") leaves the
// progress its room; the warning that articles are on another story
// counts them rather than shorten their names past telling them apart.
func (m Model) noteForms(note string) statusPart {
	forms := statusPart{note}
	first, _, ok := strings.Cut(note, "; ")
	if ok && first != "" {
		forms = append(forms, first)
	}
	last := forms[len(forms)-1]
	unique, vague := m.namedForms(last)
	forms = append(forms, unique...)
	if off, counted := m.ix.offStory, m.ix.offStoryCounted; counted != "" && strings.Contains(last, off) {
		return append(forms, strings.Replace(last, off, counted, 1)) // the warning, counting
	}
	return append(forms, vague...)
}

// namedForms is s with every article name in it shortened to ever fewer
// of its leading words (nameHeads), a step at a time: first while each
// head is one no other article's name begins with (unique), then, as a
// last resort before a cut, down to the shortest heads (vague).
func (m Model) namedForms(s string) (unique, vague statusPart) {
	arts := m.ix.rep.Articles
	type name struct {
		label string
		heads []string // longest first
		clear int      // how many of them no other name begins with
	}
	var names []name
	for a := range arts {
		label := arts[a].Label
		if !strings.Contains(s, label) || slices.ContainsFunc(names, func(n name) bool { return n.label == label }) {
			continue
		}
		n := name{label: label, heads: nameHeads(label)}
		for _, h := range n.heads {
			prefix := strings.TrimSuffix(h, "…")
			if slices.ContainsFunc(arts, func(o compare.Article) bool { return o.Label != label && strings.HasPrefix(o.Label, prefix) }) {
				break
			}
			n.clear++
		}
		if len(n.heads) > 0 {
			names = append(names, n)
		}
	}
	// The longest first, so that a name inside another is not shortened
	// there.
	slices.SortFunc(names, func(x, y name) int { return len(y.label) - len(x.label) })
	// Step k shortens each name to its k-th head, or as far as the phase
	// lets it go (its last clear head; its last head).
	step := func(k int, vague bool) (string, bool) {
		var pairs []string
		more := false
		for _, n := range names {
			stop := n.clear
			if vague {
				stop = len(n.heads)
			}
			if stop == 0 {
				continue
			}
			pairs = append(pairs, n.label, n.heads[min(k, stop)-1])
			more = more || k <= stop
		}
		if !more {
			return "", false
		}
		return strings.NewReplacer(pairs...).Replace(s), true
	}
	for k := 1; ; k++ {
		f, ok := step(k, false)
		if !ok {
			break
		}
		unique = append(unique, f)
	}
	for k := 1; ; k++ {
		f, ok := step(k, true)
		if !ok {
			break
		}
		if !slices.Contains(unique, f) && !slices.Contains(vague, f) {
			vague = append(vague, f)
		}
	}
	return unique, vague
}

// nameHeads is a name shortened to its leading words, longest first, each
// ending in "…": words end at a space, "_", "-" or "." (a file name's
// parts), so a head is never cut inside a word; the shortest is the first
// word. A head shorter than minHead cells is too short to recognise the
// name by ("01…"), unless it is the longest there is.
func nameHeads(name string) []string {
	const minHead = 12
	var heads []string
	for i := len(name) - 1; i > 0; i-- {
		if strings.IndexByte(" _-.", name[i]) >= 0 && strings.IndexByte(" _-.", name[i-1]) < 0 {
			h := strings.TrimRight(name[:i], " _-.") + "…"
			if len(heads) > 0 && ansi.StringWidth(h) < minHead {
				break
			}
			heads = append(heads, h)
		}
	}
	return heads
}

// statusPart is one field of the status bar in the forms it may take,
// from the fullest to the shortest; an empty form leaves it out.
type statusPart []string

// fitStatus joins the parts into a line of width cells: in their fullest
// forms if they fit, else shortened one step at a time in steps' order
// (each step moves that part to its next form), and only when every step
// is taken cut at a word.
func fitStatus(parts []statusPart, steps []int, width int) string {
	return truncateWords(statusLine(parts, fitForms(parts, steps, width)), width)
}

// statusLine joins each part in its form.
func statusLine(parts []statusPart, form []int) string {
	var fields []string
	for i, p := range parts {
		if form[i] < len(p) && p[form[i]] != "" {
			fields = append(fields, p[form[i]])
		}
	}
	return " " + saneLine(strings.Join(fields, " │ "))
}

// fitForms is the form of each part fitStatus gives it.
func fitForms(parts []statusPart, steps []int, width int) []int {
	form := make([]int, len(parts))
	fits := func() bool { return ansi.StringWidth(statusLine(parts, form)) <= width }
	var taken []int
	for _, i := range steps {
		if fits() {
			break
		}
		if i >= 0 && form[i]+1 < len(parts[i]) {
			form[i]++
			taken = append(taken, i)
		}
	}
	// A later step may have freed more room than needed: give it back
	// to the earlier ones, most important last.
	for j := len(taken) - 2; j >= 0; j-- {
		form[taken[j]]--
		if !fits() {
			form[taken[j]]++
		}
	}
	return form
}

// countsStatus is the items of each kind after their gutter marks
// ("═5 ≈12 ◆80 “23 !2"); short leaves out the kinds with none.
func countsStatus(c [kindConflict + 1]int, short bool) string {
	marks := [...]string{markShared, markRelated, markUnique, markQuote, markConflict}
	var out []string
	for k, mk := range marks {
		if !short || c[k] > 0 {
			out = append(out, fmt.Sprintf("%s%d", mk, c[k]))
		}
	}
	return strings.Join(out, " ")
}

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

// position is the line shown at the top and the length ("14/40"), and
// how far down that is ("35%").
func (m Model) position() (line, pct string) {
	var top, total int
	if m.aligned {
		top, total = m.scroll[0], m.lay.total
	} else {
		top, total = m.scroll[m.focus], m.lay.panes[m.focus].height()
	}
	p := 100
	if over := total - m.bodyHeight(); over > 0 {
		p = top * 100 / over
	}
	return fmt.Sprintf("%d/%d", min(top+1, total), total), fmt.Sprintf("%d%%", p)
}

// footerView is the short help.
func (m Model) footerView() string {
	keys := m.keys.ShortHelp()
	switch m.mode {
	case modeInspector:
		keys = m.keys.InspectorHelp()
	case modeOverview:
		c := m.ov.cursor
		keys = m.keys.OverviewHelp(c >= 0 && c < len(m.ov.marks) && m.ov.marks[c].ok())
	case modeHelp:
		keys = []key.Binding{m.keys.Close}
		if len(m.helpLines()) > m.helpHeight() {
			keys = []key.Binding{m.keys.Down, m.keys.Up, m.keys.PageDown, m.keys.Close}
		}
	}
	if m.mode == modePanes {
		return truncate(m.fitShortHelp(keys), m.width)
	}
	return truncate(m.help.ShortHelpView(keys), m.width)
}

// fitShortHelp is the panes' hint line within the width: where it does
// not fit, the help key's description shortens to "help", then the hints
// go, the last first, but help and quit always stay: a user who sees
// nothing else must find the rest of the keys and the way out.
func (m Model) fitShortHelp(keys []key.Binding) string {
	h := m.help
	h.SetWidth(0) // measured whole: at a width it drops the hints that overflow itself
	line := h.ShortHelpView(keys)
	if ansi.StringWidth(line) <= m.width {
		return line
	}
	keys = slices.Clone(keys)
	for i, k := range keys {
		if k.Help().Key == m.keys.Help.Help().Key && k.Help().Desc == m.keys.Help.Help().Desc {
			keys[i].SetHelp(k.Help().Key, "help")
		}
	}
	kept := func(k key.Binding) bool {
		return k.Help().Key == m.keys.Help.Help().Key || k.Help().Key == m.keys.Quit.Help().Key
	}
	for {
		line = h.ShortHelpView(keys)
		if ansi.StringWidth(line) <= m.width {
			return line
		}
		i := len(keys) - 1
		for i >= 0 && kept(keys[i]) {
			i--
		}
		if i < 0 {
			return line
		}
		keys = slices.Delete(keys, i, i+1)
	}
}

// tooSmallView replaces everything when the terminal is below the minimum.
func (m Model) tooSmallView() string {
	msg := fmt.Sprintf("terminal too small: %d×%d, need %d×%d", m.width, m.height, minWidth, minHeight)
	w, h := max(m.width, 1), max(m.height, 1)
	lines := strings.Split(ansi.Wrap(msg, w, ""), "\n")
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = truncate(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return m.styles.Error.Render(strings.Join(out, "\n"))
}
