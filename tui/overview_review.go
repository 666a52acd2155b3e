package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// ovReview is the review part of the overview: progress, the flagged and
// noted items (each jumps to its row), the marks on items n does not
// visit, and the orphaned marks. Every mark has a line, and on it x, f
// and a change the mark as they do in the panes, so no mark the editor
// made is counted but out of reach.
type ovReview struct {
	progress string
	flagged  []ovTarget
	notes    []ovTarget
	// unvisited are the marks on items the panes no longer make items of:
	// a conflict flagged, then re-attached after an edit to a figure the
	// outlets now agree on.
	unvisited []ovTarget
	orphans   []review.Mark
}

type ovTarget struct {
	text string
	row  int
	mark markRef
}

// markRef is the mark an overview line stands for: an item's by id, or
// an orphan by its place in the session's orphans; the zero markRef is
// none.
type markRef struct {
	id     string
	orphan int // 1 + index into Session.Orphans; 0 for an item's mark
}

func (r markRef) ok() bool { return r.id != "" || r.orphan > 0 }

// overviewReview gathers the review part of the overview from the session.
func (m Model) overviewReview() ovReview {
	rv := ovReview{progress: m.reviewStatusForms()[0], orphans: m.rv.sess.Orphans()}
	first := map[string]int{}
	for i := len(m.rv.ids) - 1; i >= 0; i-- {
		first[m.rv.ids[i]] = i
	}
	for _, mk := range m.rv.sess.Marks() {
		i, ok := first[mk.ID]
		if !ok {
			rv.unvisited = append(rv.unvisited, ovTarget{" " + markGlyphs(mk) + " " + m.unvisitedText(mk), m.rowOfMark(mk.ID), markRef{id: mk.ID}})
			continue
		}
		it := m.ix.items[i]
		text := it.kind.String() + ": " + oneLine(mk.Excerpt)
		if mk.Flagged {
			rv.flagged = append(rv.flagged, ovTarget{" " + markFlagged + " " + text, it.row, markRef{id: mk.ID}})
		}
		if mk.Note != "" {
			rv.notes = append(rv.notes, ovTarget{" " + markNote + " " + oneLine(mk.Note) + " · " + text, it.row, markRef{id: mk.ID}})
		}
	}
	return rv
}

// unvisitedMarks counts the marks on items n does not visit.
func (m Model) unvisitedMarks() int {
	ids := make(map[string]bool, len(m.rv.ids))
	for _, id := range m.rv.ids {
		ids[id] = true
	}
	n := 0
	for _, mk := range m.rv.sess.Marks() {
		if !ids[mk.ID] {
			n++
		}
	}
	return n
}

// plural is n with the word for one or for more.
func plural(n int, one, more string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, more)
}

// markGlyphs is a mark's gutter marks: flagged, reviewed, noted.
func markGlyphs(mk review.Mark) string {
	var g string
	if mk.Flagged {
		g += markFlagged
	}
	if mk.Reviewed {
		g += markReviewed
	}
	if mk.Note != "" {
		g += markNote
	}
	return g
}

// unvisitedText says what a mark on an item n does not visit is on: for
// a figure, that the outlets no longer disagree on it.
func (m Model) unvisitedText(mk review.Mark) string {
	what := string(mk.Kind)
	if it, ok := m.rv.sess.Item(mk.ID); ok && it.Kind == review.KindFact {
		what = "figure, no longer a conflict"
		for _, f := range m.ix.rep.Facts {
			if f.ID == mk.ID && f.Status != compare.FactConflict {
				what = "figure, now " + string(f.Status)
				break
			}
		}
	}
	s := what + ": " + oneLine(mk.Excerpt)
	if mk.Note != "" {
		s += " · " + markNote + " " + oneLine(mk.Note)
	}
	return s
}

// rowOfMark is the row of the first sentence of the report item with id,
// or -1: where enter shows a mark whose item is not one n visits.
func (m Model) rowOfMark(id string) int {
	rep := m.ix.rep
	for _, f := range rep.Facts {
		if f.ID == id && len(f.Mentions) > 0 {
			return m.ix.rowOf(f.Mentions[0].Article, f.Mentions[0].Sentence)
		}
	}
	for _, q := range rep.Quotes {
		if q.ID == id {
			return m.ix.rowOf(q.Article, q.Sentence)
		}
	}
	for _, g := range rep.Groups {
		if g.ID == id && len(g.Members) > 0 && len(g.Members[0].Sentences) > 0 {
			return m.ix.rowOf(g.Members[0].Article, g.Members[0].Sentences[0])
		}
	}
	for a, ids := range review.SentenceIDs(rep) {
		for s, sid := range ids {
			if sid == id {
				return m.ix.rowOf(a, s)
			}
		}
	}
	return -1
}

func (ov *overview) addReview(st *Styles) {
	rv := ov.rv
	if rv.progress == "" {
		return
	}
	ov.text(st.Heading.Render("Review: " + rv.progress))
	for _, t := range rv.flagged {
		ov.addMark(st.MarkFlagged.Render(t.text), t)
	}
	for _, t := range rv.notes {
		ov.addMark(st.MarkNote.Render(t.text), t)
	}
	if len(rv.unvisited) > 0 {
		ov.text(st.Heading.Render(fmt.Sprintf("Marks off the items n visits (%d)", len(rv.unvisited))))
		for _, t := range rv.unvisited {
			ov.addMark(st.MarkFlagged.Render(t.text), t)
		}
	}
	if len(rv.orphans) > 0 {
		ov.text(st.Heading.Render(fmt.Sprintf("Orphaned marks (%d): their items are no longer in the articles; kept in the session", len(rv.orphans))))
		for i, o := range rv.orphans {
			var what []string
			if o.Flagged {
				what = append(what, markFlagged)
			}
			if o.Reviewed {
				what = append(what, markReviewed)
			}
			s := fmt.Sprintf(" %s was %s: %s", strings.Join(what, ""), o.Kind, oneLine(o.Excerpt))
			if o.Note != "" {
				s += " · " + markNote + " " + oneLine(o.Note)
			}
			ov.addMark(st.Subtle.Render(s), ovTarget{text: s, row: -1, mark: markRef{orphan: i + 1}})
		}
	}
	if len(rv.flagged)+len(rv.notes)+len(rv.unvisited)+len(rv.orphans) > 0 {
		ov.text(st.Subtle.Render("  on a mark: x, f, a change it, as in the panes"))
	}
	ov.text("")
}

// oneLine folds a text's white space, newlines included, to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// handleOverviewMark changes the mark under the overview's cursor with x,
// f or a; ok is false for any other key, or a line with no mark.
func (m Model) handleOverviewMark(msg tea.KeyPressMsg) (_ Model, _ tea.Cmd, ok bool) {
	k := m.keys
	c := m.ov.cursor
	if c < 0 || c >= len(m.ov.marks) || !m.ov.marks[c].ok() || !key.Matches(msg, k.Reviewed, k.Flag, k.Note) {
		return m, nil, false
	}
	ref := m.ov.marks[c]
	if ro := m.rv.opts.ReadOnly; ro != "" {
		m.note = "read-only: " + ro
		return m, nil, true
	}
	var mk review.Mark
	switch orphans := m.rv.sess.Orphans(); {
	case ref.orphan > len(orphans):
		return m, nil, true
	case ref.orphan > 0:
		mk = orphans[ref.orphan-1]
	default:
		mk = m.rv.sess.Mark(ref.id)
	}
	switch {
	case key.Matches(msg, k.Note):
		m.rv.target, m.rv.targetOrphan = ref.id, ref.orphan
		return m.openPrompt(promptNote, "note: ", mk.Note), textinput.Blink, true
	case key.Matches(msg, k.Reviewed):
		if ref.orphan > 0 {
			m.rv.sess.ToggleOrphanReviewed(ref.orphan - 1)
		} else {
			m.rv.sess.ToggleReviewed(ref.id)
		}
		m.note = map[bool]string{true: "not reviewed", false: "reviewed"}[mk.Reviewed]
	default:
		if ref.orphan > 0 {
			m.rv.sess.ToggleOrphanFlagged(ref.orphan - 1)
		} else {
			m.rv.sess.ToggleFlagged(ref.id)
		}
		m.note = map[bool]string{true: "flag cleared", false: "flagged"}[mk.Flagged]
	}
	m, cmd := m.marksChanged()
	return m, cmd, true
}

// refreshOverview redraws the overview after a mark changed, keeping the
// cursor on the same line, or the nearest that still stands for something.
func (m Model) refreshOverview() Model {
	cursor, scroll := m.ov.cursor, m.ov.scroll
	m.ov = newOverview(m.ix, m.width, m.bodyHeight()+headerHeight, &m.styles, m.overviewReview())
	if cursor >= 0 {
		m.ov.cursor, m.ov.scroll = min(cursor, len(m.ov.lines)-1), scroll
		if !m.ov.selectable(m.ov.cursor) {
			m.ov.moveBy(-1)
		}
		if !m.ov.selectable(m.ov.cursor) {
			m.ov.moveBy(1)
		}
		m.ov.moveBy(0)
	}
	return m
}
