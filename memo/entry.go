package memo

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// entry finds an item by id and gives every outlet's version of it.
func (m *Memo) entry(id string) (Entry, bool) {
	rep := m.rep
	e := Entry{ID: id}
	if m.session != nil {
		e.Mark = m.session.Mark(id)
	}
	if gi, ok := m.ix.groups[id]; ok {
		g := rep.Groups[gi]
		e.Kind = string(g.Kind) + " fact"
		for i, mb := range g.Members {
			v := Version{Label: m.label(mb.Article), Place: prominence(rep, g, mb), Text: memberText(rep, mb),
				Framing: versionFraming(rep, &g, mb.Article, mb.Sentences)}
			if i > 0 {
				for _, d := range g.Diff {
					if d.To == mb.Article && changed(d.Ops) {
						v.Diff = d.Ops
					}
				}
			}
			e.Versions = append(e.Versions, v)
		}
		for _, mb := range g.Related {
			if sen, ok := sentence(rep, mb.Article, mb.Sentences[0]); ok {
				e.Versions = append(e.Versions, Version{Label: m.label(mb.Article), Place: place(sen), Note: "again, related", Text: sen.Text})
			}
		}
		for _, mb := range g.Within {
			if len(mb.Sentences) == 0 {
				continue
			}
			if sen, ok := sentence(rep, mb.Article, mb.Sentences[0]); ok {
				e.Versions = append(e.Versions, Version{Label: m.label(mb.Article), Place: place(sen), Note: withinNote, Text: sen.Text})
			}
		}
		return e, true
	}
	if qi, ok := m.ix.quotes[id]; ok {
		return m.quoteEntry(e, rep.Quotes[qi]), true
	}
	if fi, ok := m.ix.facts[id]; ok {
		f := rep.Facts[fi]
		e.Kind = f.Status + " " + f.Kind
		switch f.Status {
		case compare.FactConflict:
			e.Kind = "conflict (" + f.Kind + ")"
		case compare.FactCompatible:
			e.Kind = "rough figure (" + f.Kind + ")"
			switch f.Kind {
			case "person", "org", "place", "name": // Raúl, Raul
				e.Kind = "name written two ways (" + f.Kind + ")"
			}
		}
		for _, mn := range f.Mentions {
			v := Version{Label: m.label(mn.Article), Note: "“" + mn.Text + "”"}
			if sen, ok := sentence(rep, mn.Article, mn.Sentence); ok {
				v.Place, v.Text = place(sen), sen.Text
			}
			e.Versions = append(e.Versions, v)
		}
		return e, true
	}
	// Last: finding unique sentences by id hashes every sentence, which
	// only marks need.
	if as, ok := m.ix.sentence(id); ok {
		sen := rep.Articles[as[0]].Sentences[as[1]]
		e.Kind = "unique sentence"
		e.Versions = []Version{{Label: m.label(as[0]), Place: place(sen), Text: sen.Text, Framing: versionFraming(rep, nil, as[0], []int{as[1]})}}
		return e, true
	}
	return e, false
}

func (m *Memo) quoteEntry(e Entry, q compare.Quote) Entry {
	rep := m.rep
	status := q.Status
	if status == "" {
		status = "unique"
	}
	e.Kind = status + " quote"
	v := Version{Label: m.label(q.Article), Note: speaker(q), Text: q.Text}
	if sen, ok := sentence(rep, q.Article, q.Sentence); ok {
		v.Place = place(sen)
	}
	e.Versions = append(e.Versions, v)
	for _, mt := range q.Matches {
		if oi, ok := m.ix.quotes[mt.Quote]; ok {
			o := rep.Quotes[oi]
			rel := mt.Relation
			if rel == "truncated" {
				rel += ": " + compare.Truncation(q, o, m.label(o.Article))
			}
			if mt.Split > 0 {
				rel = compare.SplitRelation(q, o, mt.Split)
			}
			ov := Version{Label: m.label(o.Article), Note: speaker(o) + " · " + rel, Text: o.Text}
			if mt.OtherSpeaker {
				ov.Note += " · given to another speaker"
			}
			if changed(mt.Diff) {
				ov.Diff = mt.Diff
			}
			if sen, ok := sentence(rep, o.Article, o.Sentence); ok {
				ov.Place = place(sen)
			}
			e.Versions = append(e.Versions, ov)
		}
	}
	return e
}

// ItemLabel describes an entry in one line: its kind, the outlets that
// carry it (one outlet with where in its article), and a short excerpt.
func (e Entry) ItemLabel() string {
	ex := ""
	if len(e.Versions) > 0 {
		ex = e.Versions[0].Text
	}
	var labels []string
	for _, v := range e.Versions {
		if !slices.Contains(labels, v.Label) {
			labels = append(labels, v.Label)
		}
	}
	where := ""
	switch {
	case len(labels) == 1:
		where = " in " + labels[0]
		if p := e.Versions[0].Place; p != "" {
			where += " (" + p + ")"
		}
	case len(labels) > 3:
		where = fmt.Sprintf(" in %s and %d more", strings.Join(labels[:3], ", "), len(labels)-3)
	case len(labels) > 1:
		where = " in " + strings.Join(labels, ", ")
	}
	return e.Kind + where + ": " + Excerpt(ex, 80)
}

// Excerpt cuts text to about n characters at a word boundary.
func Excerpt(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	r := []rune(text)
	if len(r) <= n {
		return text
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// MarkText is a mark's state in words: "flagged, reviewed".
func MarkText(mk review.Mark) string {
	var parts []string
	if mk.Flagged {
		parts = append(parts, "flagged")
	}
	if mk.Reviewed {
		parts = append(parts, "reviewed")
	}
	if mk.Note != "" {
		parts = append(parts, "note")
	}
	return strings.Join(parts, ", ")
}

func (m *Memo) label(a int) string {
	if a < 0 || a >= len(m.rep.Articles) {
		return "?"
	}
	return m.rep.Articles[a].Label
}

func sentence(rep *compare.Report, a, s int) (compare.Sentence, bool) {
	if a < 0 || a >= len(rep.Articles) || s < 0 || s >= len(rep.Articles[a].Sentences) {
		return compare.Sentence{}, false
	}
	return rep.Articles[a].Sentences[s], true
}

func memberText(rep *compare.Report, mb compare.Member) string {
	var parts []string
	for _, s := range mb.Sentences {
		if sen, ok := sentence(rep, mb.Article, s); ok {
			parts = append(parts, sen.Text)
		}
	}
	return strings.Join(parts, " ")
}

// prominence says where member mb of group g sits: from its first
// sentence's place to its last's when they differ ("paragraphs 8–10": the
// report's prominence names only the first, and the version's text holds
// them all), else the report's prominence.
func prominence(rep *compare.Report, g compare.Group, mb compare.Member) string {
	if p := span(rep, mb); p != "" {
		return p
	}
	for _, p := range g.Prominence {
		if p.Article == mb.Article && p.Place != "" {
			return p.Place
		}
	}
	if len(mb.Sentences) > 0 {
		if sen, ok := sentence(rep, mb.Article, mb.Sentences[0]); ok {
			return place(sen)
		}
	}
	return ""
}

// span names where member mb's sentences run when they sit in more than
// one place ("paragraphs 8–10", "lede–paragraph 2"), else "".
func span(rep *compare.Report, mb compare.Member) string {
	if mb.Article < 0 || mb.Article >= len(rep.Articles) {
		return ""
	}
	return rep.Articles[mb.Article].SpanPlace(mb.Sentences)
}

func place(s compare.Sentence) string { return s.Place() }

func speaker(q compare.Quote) string {
	s := q.Speaker
	if s == "" {
		s = "unattributed"
	}
	if q.Role != "" {
		s += " (" + q.Role + ")"
	}
	return s
}

func changed(ops []compare.DiffOp) bool {
	for _, op := range ops {
		if op.Op != compare.OpEqual {
			return true
		}
	}
	return false
}
