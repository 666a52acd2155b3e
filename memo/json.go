package memo

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// JSON writes the full report (contract in docs/report.md) with, when there
// is a session, a "review" object: progress, marks by item id, and the
// orphaned marks. Without a session it is the report exactly.
func (m *Memo) JSON(w io.Writer) error {
	out := struct {
		*compare.Report
		Review *reviewJSON `json:"review,omitempty"`
	}{Report: m.rep}
	if s := m.session; s != nil {
		r, t, f := s.Progress()
		out.Review = &reviewJSON{Session: m.Session, Reviewed: r, Total: t, Flagged: f,
			Changed: nonNil(s.Changed()), Marks: s.Marks(), Orphans: s.Orphans(), Corrections: s.Corrections()}
		if out.Review.Corrections == nil {
			out.Review.Corrections = []review.Correction{}
		}
		if out.Review.Orphans == nil {
			out.Review.Orphans = s.Marks()[:0]
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encoding the memo: %w", err)
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// reviewJSON is the review part of the JSON memo.
type reviewJSON struct {
	Session  string        `json:"session"`
	Reviewed int           `json:"reviewed"`
	Total    int           `json:"total"`
	Flagged  int           `json:"flagged"`
	Changed  []string      `json:"changed"`
	Marks    []review.Mark `json:"marks"`
	Orphans  []review.Mark `json:"orphans"`
	// Corrections of the grouping, already made to the report above.
	Corrections []review.Correction `json:"corrections"`
}
