package tui

import (
	"fmt"
	"strings"

	"github.com/storydiff/storydiff/review"
)

// ovReview is the review part of the overview: progress, the flagged and
// noted items (each jumps to its row) and the orphaned marks.
type ovReview struct {
	progress string
	flagged  []ovTarget
	notes    []ovTarget
	orphans  []review.Mark
}

type ovTarget struct {
	text string
	row  int
}

// overviewReview gathers the review part of the overview from the session.
func (m Model) overviewReview() ovReview {
	rv := ovReview{progress: m.reviewStatus(), orphans: m.rv.sess.Orphans()}
	first := map[string]int{}
	for i := len(m.rv.ids) - 1; i >= 0; i-- {
		first[m.rv.ids[i]] = i
	}
	for _, mk := range m.rv.sess.Marks() {
		i, ok := first[mk.ID]
		if !ok {
			continue
		}
		it := m.ix.items[i]
		text := it.kind.String() + ": " + oneLine(mk.Excerpt)
		if mk.Flagged {
			rv.flagged = append(rv.flagged, ovTarget{" " + markFlagged + " " + text, it.row})
		}
		if mk.Note != "" {
			rv.notes = append(rv.notes, ovTarget{" " + markNote + " " + oneLine(mk.Note) + " · " + text, it.row})
		}
	}
	return rv
}

func (ov *overview) addReview(st *Styles) {
	rv := ov.rv
	if rv.progress == "" {
		return
	}
	ov.text(st.Heading.Render("Review: " + rv.progress))
	for _, t := range rv.flagged {
		ov.add(st.MarkFlagged.Render(t.text), t.text, t.row)
	}
	for _, t := range rv.notes {
		ov.add(st.MarkNote.Render(t.text), t.text, t.row)
	}
	if len(rv.orphans) > 0 {
		ov.text(st.Heading.Render(fmt.Sprintf("Orphaned marks (%d): their items are no longer in the articles; kept in the session", len(rv.orphans))))
		for _, o := range rv.orphans {
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
			ov.text(st.Subtle.Render(s))
		}
	}
	ov.text("")
}

// oneLine folds a text's white space, newlines included, to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
