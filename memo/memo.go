// Package memo writes the editor's memo of a comparison: a summary of the
// coverage, the flagged items with each outlet's version and the word
// diff, the conflicting figures, the unique and variant quotes, the notes
// and the orphaned marks of a review session. It writes Markdown, JSON
// and one self-contained HTML page, all from the same Memo.
package memo

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// Formats are the memo formats, as --format names them.
var Formats = []string{"markdown", "json", "html"}

// FormatFor picks a format from a file name's extension: .html or .htm,
// .json, else Markdown.
func FormatFor(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return "html"
	case ".json":
		return "json"
	}
	return "markdown"
}

// Write writes the memo of a report and its session (nil without one) in
// a format.
func Write(w io.Writer, format string, rep *compare.Report, s *review.Session, sessionPath string) error {
	return Build(rep, s, sessionPath).Write(w, format)
}

// Write writes the memo in a format.
func (m *Memo) Write(w io.Writer, format string) error {
	switch format {
	case "markdown":
		return m.Markdown(w)
	case "json":
		return m.JSON(w)
	case "html":
		return m.HTML(w)
	}
	return fmt.Errorf("unknown memo format %q", format)
}

// Memo is what a memo says, whatever its format.
type Memo struct {
	rep      *compare.Report
	session  *review.Session
	ix       *index
	Session  string   // the session file, "" without one
	Progress string   // "12/40 reviewed, 3 flagged"
	Changed  []string // articles not as the session saw them
	// Retarget is what --retarget did to the session (nil without it):
	// then Changed holds the articles added as well as any edited.
	Retarget *review.Retarget
	Groups   int // facts in two or more articles
	InAll    int // facts in every article

	Flagged   []Entry
	Conflicts []Entry
	// Rough is the figures that agree only roughly: within rounding or a
	// hedge, a clock time inside a part of the day, a date given more or
	// less precisely (as the overview and the text report list them).
	Rough   []Entry
	Quotes  []Entry // unique and variant quotes
	Notes   []Entry
	Orphans []review.Mark

	// Framing is each article's framing words; Divergent the groups whose
	// outlets frame one fact differently.
	Framing   []ArticleFraming
	Divergent []Entry
	// Hedging is the facts the outlets hedge differently (one hedges,
	// another states it flatly), apart from Divergent, whose rule counts
	// no hedges.
	Hedging []HedgedFact
	// Wording is how each article words the facts it shares where its
	// words differ from the first article's.
	Wording []WordingChange
	// Corrections are the editor's corrections of the grouping, made to
	// the report the memo describes; Applied says which still apply.
	Corrections []review.Correction
	Applied     []bool
}

// Entry is one item with every outlet's version of it.
type Entry struct {
	ID       string
	Kind     string // "shared fact", "unique sentence", "variant quote", "conflict (money)" ...
	Mark     review.Mark
	Versions []Version
	// ShownIn, when not nil, is where the memo gives this item in full,
	// with its note: an earlier section. This one refers to it there
	// rather than repeat it.
	ShownIn *Ref
}

// Version is one article's version of an item.
type Version struct {
	Label string
	Place string // "lede", "paragraph 3"
	Note  string // "altered · given to another speaker", a speaker
	Text  string
	// Diff is the word diff from the entry's first version to this one,
	// when they differ.
	Diff []compare.DiffOp
	// Framing is the inspector's framing line: this version's framing
	// words, "≠" before those another version lacks.
	Framing string
}

// Edited lists the articles that changed since the session was saved;
// after --retarget, only those the session kept (the added ones are new
// to it, not changed).
func (m *Memo) Edited() []string {
	if m.Retarget == nil {
		return m.Changed
	}
	var out []string
	for _, c := range m.Changed {
		if slices.Contains(m.Retarget.Kept, c) {
			out = append(out, c)
		}
	}
	return out
}

// Build gathers the memo's content.
func Build(rep *compare.Report, s *review.Session, sessionPath string) *Memo {
	var applied []bool
	if s != nil && len(s.Corrections()) > 0 {
		rep, applied = review.Apply(rep, s.Corrections())
	}
	m := &Memo{rep: rep, session: s, Session: sessionPath, Groups: len(rep.Groups), Applied: applied, ix: newIndex(rep)}
	if s != nil {
		m.Corrections = s.Corrections()
	}
	for _, g := range rep.Groups {
		// Carried, as the coverage table counts: a member, or the fact's
		// words within a sentence grouped with another fact (Group.Within).
		if allCarry(rep, &g) {
			m.InAll++
		}
	}
	if s != nil {
		m.Progress = s.ProgressText()
		m.Changed = s.Changed()
		m.Retarget = s.Retarget()
		m.Orphans = s.Orphans()
		for _, mk := range s.Marks() {
			e, ok := m.entry(mk.ID)
			if !ok {
				continue
			}
			if mk.Flagged {
				m.Flagged = append(m.Flagged, e)
			}
			if mk.Note != "" {
				m.Notes = append(m.Notes, e)
			}
		}
	}
	for _, f := range rep.Facts {
		switch f.Status {
		case compare.FactConflict:
			e, _ := m.entry(f.ID)
			m.Conflicts = append(m.Conflicts, e)
		case compare.FactCompatible:
			if len(f.Mentions) > 0 {
				e, _ := m.entry(f.ID)
				m.Rough = append(m.Rough, e)
			}
		}
	}
	seen := map[string]bool{}
	for _, q := range rep.Quotes {
		if q.Status == "shared" || seen[q.ID] {
			continue
		}
		for _, mt := range q.Matches {
			seen[mt.Quote] = true // listed under this one
		}
		e, _ := m.entry(q.ID)
		m.Quotes = append(m.Quotes, e)
	}
	m.buildFraming()
	m.buildWording()
	m.linkRepeats()
	return m
}

// withinNote marks a version that carries a fact's words within a
// sentence the alignment grouped with another fact (Group.Within).
const withinNote = "carries its words within, a sentence grouped with another fact"

// allCarry reports whether every article carries group g's fact
// (compare.Group.Carries).
func allCarry(rep *compare.Report, g *compare.Group) bool {
	for ai := range rep.Articles {
		if !g.Carries(ai) {
			return false
		}
	}
	return true
}

// SharedLine says how many facts the articles share: "8 facts are
// reported by two or more articles; 5 by all 3.", "1 fact is reported by
// both articles."
func (m *Memo) SharedLine() string {
	n := len(m.rep.Articles)
	facts := func(k int) string {
		if k == 1 {
			return "1 fact is"
		}
		return fmt.Sprintf("%d facts are", k)
	}
	if n <= 2 {
		return facts(m.Groups) + " reported by both articles."
	}
	return fmt.Sprintf("%s reported by two or more articles; %d by all %d.", facts(m.Groups), m.InAll, n)
}

// FurnitureLine says, under the coverage, what page furniture ingest left
// out of each article's text (the link lists and asides the text report
// and the overview count), so the reader of the memo knows the columns
// are not the whole page: "Page furniture left out: Fox (2 link lists,
// 1 aside), NYT (1 link list)." It is "" when nothing was.
func (m *Memo) FurnitureLine() string {
	var parts []string
	for _, a := range m.rep.Articles {
		if left := a.LeftOut.String(); left != "" {
			parts = append(parts, a.Label+" ("+left+")")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Page furniture left out: " + strings.Join(parts, ", ") + "."
}

// Articles is the report's articles, for the writers.
func (m *Memo) Articles() []compare.Article { return m.rep.Articles }

// CorrectionTexts words every correction, for the writers.
func (m *Memo) CorrectionTexts() []string {
	out := make([]string, len(m.Corrections))
	for i, c := range m.Corrections {
		out[i] = CorrectionText(c, i < len(m.Applied) && m.Applied[i])
	}
	return out
}

// CorrectionText words a correction for the memo, saying when it no
// longer applies (a sentence changed or is gone).
func CorrectionText(c review.Correction, applied bool) string {
	verb := "is not the same fact as"
	if c.Kind == review.Join {
		verb = "is the same fact as"
	}
	s := fmt.Sprintf("%s: “%s” %s %s: “%s”", c.Article, Excerpt(c.Text, 100), verb, c.OtherArticle, Excerpt(c.Other, 100))
	if !applied {
		s += " (no longer applies: the articles changed)"
	}
	return s
}
