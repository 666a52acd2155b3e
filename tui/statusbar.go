package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
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
		rv := add(m.reviewStatusForms()...)
		label := m.ix.rep.Articles[m.insp.ref].Label
		ref := add("reference "+label, "ref. "+label, "")
		line := add(fmt.Sprintf("line %d/%d", m.insp.scroll+1, len(m.insp.lines)), "")
		steps = slices.Concat([]int{item, rv, ref, note, item, line, ref}, m.notSavedSteps(rv))
		if note >= 0 { // last, a long name in the message
			steps = append(steps, slices.Repeat([]int{note}, len(parts[note]))...)
		}
	case modeOverview:
		rv := add(m.reviewStatusForms()...)
		add(fmt.Sprintf("line %d/%d", m.ov.scroll+1, len(m.ov.lines)))
		steps = slices.Concat([]int{rv}, m.notSavedSteps(rv))
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
		match := -1
		if m.query != "" {
			match = add(m.matchStatusForms()...)
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
			[]int{at, counts, rv, counts, filter, at}, m.notSavedSteps(rv))
		if msg := max(item, note); msg >= 0 { // last, a long name in the message
			steps = append(steps, slices.Repeat([]int{msg}, len(parts[msg]))...)
		}
		if match >= 0 { // a long query, rather than cut the progress
			steps = append(steps, slices.Repeat([]int{match}, len(parts[match]))...)
		}
		steps = append(steps, shown) // the pin, named to the last
	}
	vw := ansi.StringWidth(view)
	if vw >= m.width {
		return st.StatusAccent.Render(truncate(view, m.width))
	}
	return st.StatusAccent.Render(view) + st.Status.Render(fitStatus(parts, steps, m.width-vw))
}

// reviewStatusForms is the progress for the status bar, in the forms it
// may shorten to, fullest first: the counts in words, then in the gutter's
// marks ("✓12/40 ⚑3"). A failed save leads it, in notSavedForms' forms,
// so the bar says NOT SAVED and why before anything else of the session.
func (m Model) reviewStatusForms() statusPart {
	long, short := m.rv.progress, m.rv.progressShort
	if m.rv.opts.ReadOnly != "" {
		long += " (read-only)"
		short += " (read-only)"
	}
	if m.rv.saveErr == nil {
		return statusPart{long, short}
	}
	ns := m.rv.notSavedForms(m.rv.saveErr)
	forms := statusPart{ns[0] + " · " + long}
	for _, f := range ns {
		forms = append(forms, f+" · "+short)
	}
	return forms
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
		rv:     m.reviewStatusForms(),
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
	steps := slices.Concat([]int{at, counts, rv, counts}, m.shownSteps(shown, f.shown), []int{filter, at}, m.notSavedSteps(rv), []int{shown})
	form := fitForms(parts, steps, m.width-vw)
	f.shown, f.rv, f.at, f.counts = f.shown[form[shown]:], f.rv[form[rv]:], f.at[form[at]:], f.counts[form[counts]:]
	if f.filter != nil {
		f.filter = f.filter[form[filter]:]
	}
	return f
}

// notSavedSteps is the steps that shorten a failed save's message in the
// progress, part rv (see reviewStatusForms): the file's name, then the
// cause, once everything but the item and the articles shown has given
// way; "NOT SAVED" itself stays.
func (m Model) notSavedSteps(rv int) []int {
	if m.rv.saveErr == nil {
		return nil
	}
	return []int{rv, rv}
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
