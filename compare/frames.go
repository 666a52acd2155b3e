package compare

import (
	"fmt"
	"slices"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/quote"
)

// sentenceMarkers finds each sentence's framing markers, with offsets in
// the article's text, leaving out words inside quotation marks: those are
// the speaker's choice, not the outlet's.
func sentenceMarkers(a Article, quotes []quote.Quote) [][]Marker {
	out := make([][]Marker, len(a.Sentences))
	for si, s := range a.Sentences {
		if !s.Role.Alignable() {
			continue
		}
		for _, m := range framing.Markers(s.Text) {
			start, end := s.Start+m.Start, s.Start+m.End
			if insideQuote(quotes, start, end) {
				continue
			}
			out[si] = append(out[si], Marker{Kind: string(m.Kind), Text: m.Text, Lemma: m.Lemma, Tone: m.Tone, Start: start, End: end})
		}
	}
	return out
}

func insideQuote(qs []quote.Quote, start, end int) bool {
	for _, q := range qs {
		for _, p := range q.Parts {
			if start >= p.Start && end <= p.End {
				return true
			}
		}
	}
	return false
}

// frameGroups fills each group's framing markers and prominence.
func frameGroups(r *Report, markers [][][]Marker) {
	for gi := range r.Groups {
		g := &r.Groups[gi]
		g.Framing, g.Prominence = []Marker{}, []Position{}
		per := make([][]Marker, len(g.Members))
		for mi, m := range g.Members {
			for _, s := range m.Sentences {
				for _, mk := range markers[m.Article][s] {
					mk.Article = m.Article
					per[mi] = append(per[mi], mk)
				}
			}
			g.Prominence = append(g.Prominence, position(r.Articles[m.Article], m.Sentences[0], m.Article))
		}
		for mi := range per {
			for _, mk := range per[mi] {
				mk.Distinct = slices.ContainsFunc(per, func(other []Marker) bool {
					return !slices.ContainsFunc(other, func(o Marker) bool { return sameFrame(o, mk) })
				})
				g.Framing = append(g.Framing, mk)
			}
		}
	}
}

// sameFrame reports whether two markers frame alike: attribution verbs of
// one tone ("said", "told") do; other markers must be the same word.
func sameFrame(a, b Marker) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == string(framing.Attribution) {
		return a.Tone == b.Tone
	}
	return a.Lemma == b.Lemma
}

// position says where sentence si of article a sits.
func position(a Article, si, ai int) Position {
	s := a.Sentences[si]
	p := Position{Article: ai, Paragraph: s.Paragraph}
	switch s.Role {
	case RoleHeadline, RoleLede:
		p.Place = string(s.Role)
	default:
		p.Place = fmt.Sprintf("paragraph %d", s.Paragraph+1)
	}
	return p
}

// summarize fills each article's summary.
func summarize(r *Report, markers [][][]Marker) {
	kind := map[string]GroupKind{}
	for _, g := range r.Groups {
		kind[g.ID] = g.Kind
	}
	for ai := range r.Articles {
		a := &r.Articles[ai]
		sum := Summary{Coverage: make([]bool, len(r.Groups)), Omitted: []string{}, Speakers: []SpeakerCount{}, Framing: map[string]int{}}
		var all, own int
		for si, s := range a.Sentences {
			if !s.Role.Alignable() {
				continue
			}
			all += s.End - s.Start
			switch {
			case s.Group == nil:
				sum.Unique++
				own += s.End - s.Start
			case kind[*s.Group] == KindShared:
				sum.Shared++
			default:
				sum.Related++
			}
			for _, m := range markers[ai][si] {
				sum.Framing[m.Kind]++
				if m.Tone != "" {
					sum.Framing[m.Kind+"/"+m.Tone]++
				}
			}
		}
		if all > 0 {
			sum.Originality = round3(float64(own) / float64(all))
		}
		for gi, g := range r.Groups {
			sum.Coverage[gi] = slices.ContainsFunc(g.Members, func(m Member) bool { return m.Article == ai })
			if !sum.Coverage[gi] && notableOmission(len(g.Members), len(r.Articles)) {
				sum.Omitted = append(sum.Omitted, g.ID)
			}
		}
		for _, q := range r.Quotes {
			if q.Article != ai {
				continue
			}
			sp := q.Speaker
			if sp == "" {
				sp = "(unattributed)"
			}
			i := slices.IndexFunc(sum.Speakers, func(c SpeakerCount) bool { return c.Speaker == sp })
			if i < 0 {
				sum.Speakers = append(sum.Speakers, SpeakerCount{Speaker: sp})
				i = len(sum.Speakers) - 1
			}
			sum.Speakers[i].Quotes++
		}
		slices.SortStableFunc(sum.Speakers, func(x, y SpeakerCount) int { return y.Quotes - x.Quotes })
		a.Summary = sum
	}
}

// notableOmission reports whether an article that leaves out a group of
// members articles, out of n, omits something: at least half of the other
// articles carry it. With up to five articles every group qualifies (a
// group has two members or more); with dozens, a fact two outlets share
// is no omission by the rest, and listing every such group made Omitted
// grow with the number of articles times the number of groups. Coverage
// still says, for every group, whether the article carries it.
func notableOmission(members, n int) bool {
	return 2*members >= n-1
}
