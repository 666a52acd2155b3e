package memo

import (
	"fmt"
	"io"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// JSON writes the full report (contract in docs/report.md) with, when there
// is a session, a "review" object: progress, marks by item id, and the
// orphaned marks. Without a session it is the report exactly.
func (m *Memo) JSON(w io.Writer) error {
	var extra []compare.Field
	if s := m.session; s != nil {
		r, t, f := s.Progress()
		rv := &reviewJSON{Session: m.Session, Reviewed: r, Total: t, Flagged: f,
			Changed: nonNil(s.Changed()), Marks: m.placedMarks(s.Marks()), Orphans: s.Orphans(), Corrections: s.Corrections()}
		if r := m.Retarget; r != nil {
			rv.MovedFrom = r.Dropped
			rv.Retarget = &review.Retarget{Kept: nonNil(r.Kept), Dropped: nonNil(r.Dropped), Added: nonNil(r.Added)}
		}
		if rv.Corrections == nil {
			rv.Corrections = []review.Correction{}
		}
		if rv.Orphans == nil {
			rv.Orphans = s.Marks()[:0]
		}
		extra = append(extra, compare.Field{Name: "review", Value: rv})
	}
	// Compact, like the report in a file: a program reads the JSON memo;
	// a person reads the Markdown or HTML one.
	if err := m.rep.WriteJSON(w, false, extra...); err != nil {
		return fmt.Errorf("writing the memo: %w", err)
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
	Session  string   `json:"session"`
	Reviewed int      `json:"reviewed"`
	Total    int      `json:"total"`
	Flagged  int      `json:"flagged"`
	Changed  []string `json:"changed"`
	// MovedFrom: the saved articles --retarget dropped (Retarget.Dropped,
	// kept under this name for readers of contract version 4);
	// Retarget: the articles kept, dropped and added.
	MovedFrom []string         `json:"moved_from,omitempty"`
	Retarget  *review.Retarget `json:"retarget,omitempty"`
	Marks     []placedMark     `json:"marks"`
	Orphans   []review.Mark    `json:"orphans"`
	// Corrections of the grouping, already made to the report above.
	Corrections []review.Correction `json:"corrections"`
}

// placedMark is a mark with, for a sentence only one outlet has, where it
// is: its id is a hash a reader cannot turn back into an article.
type placedMark struct {
	review.Mark
	Article  *int `json:"article,omitempty"`
	Sentence *int `json:"sentence,omitempty"`
}

func (m *Memo) placedMarks(marks []review.Mark) []placedMark {
	out := make([]placedMark, len(marks))
	for i, mk := range marks {
		out[i].Mark = mk
		if mk.Kind != review.KindSentence {
			continue
		}
		if as, ok := m.ix.sentence(mk.ID); ok {
			a, sn := as[0], as[1]
			out[i].Article, out[i].Sentence = &a, &sn
		}
	}
	return out
}
