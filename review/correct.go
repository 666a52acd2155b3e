package review

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"

	"github.com/storydiff/storydiff/compare"
)

// CorrectionKind is what an editor says the engine got wrong.
type CorrectionKind string

const (
	// Split: the sentence is not the same fact as the group holding
	// Other; it leaves the group. A member leaves with its article's
	// related sentences (a related sentence is a second sentence of an
	// article with a member); a related sentence leaves alone.
	Split CorrectionKind = "split"
	// Join: the sentence, which the engine left alone, is the same fact
	// as Other; it joins Other's group, or the two make one. A related
	// sentence of Other's group becomes its article's member there, and
	// the member it replaces becomes related.
	Join CorrectionKind = "join"
)

// Correction is an editor's correction of the engine's grouping. Like a
// mark it is keyed by content, an article's label and a sentence's text,
// so it applies again whenever the same articles are compared.
type Correction struct {
	Kind         CorrectionKind `json:"kind"`
	Article      string         `json:"article"`
	Text         string         `json:"text"`
	OtherArticle string         `json:"other_article"`
	Other        string         `json:"other"`
}

// Corrections are the editor's corrections, in the order made.
func (s *Session) Corrections() []Correction { return s.corrections }

// ToggleCorrection records a correction, or withdraws it when the same
// one is there; it reports whether the correction now stands.
func (s *Session) ToggleCorrection(c Correction) bool {
	s.rev++
	if i := slices.Index(s.corrections, c); i >= 0 {
		s.corrections = slices.Delete(s.corrections, i, i+1)
		return false
	}
	s.corrections = append(s.corrections, c)
	return true
}

// Apply returns a copy of rep with the corrections made to its groups,
// and for each correction whether it applied (its sentences are there,
// and the grouping it corrects is). rep is left as it was. A group that
// loses all but one member is dropped; a joined sentence gets its word
// diff against its group's first member. Summaries are not recounted.
func Apply(rep *compare.Report, cs []Correction) (*compare.Report, []bool) {
	out := *rep
	out.Groups = make([]compare.Group, len(rep.Groups))
	for i, g := range rep.Groups {
		g.Members = slices.Clone(g.Members)
		for j := range g.Members {
			g.Members[j].Sentences = slices.Clone(g.Members[j].Sentences)
		}
		g.Related = slices.Clone(g.Related)
		for j := range g.Related {
			g.Related[j].Sentences = slices.Clone(g.Related[j].Sentences)
		}
		g.Within = slices.Clone(g.Within)
		g.Diff = slices.Clone(g.Diff)
		out.Groups[i] = g
	}
	applied := make([]bool, len(cs))
	find := func(label, text string) (int, int) {
		for a, art := range rep.Articles {
			if art.Label != label {
				continue
			}
			for s, sen := range art.Sentences {
				if sen.Text == text {
					return a, s
				}
			}
		}
		return -1, -1
	}
	groupOf := func(a, s int) int {
		return slices.IndexFunc(out.Groups, func(g compare.Group) bool {
			return slices.ContainsFunc(g.Members, func(m compare.Member) bool { return m.Article == a && slices.Contains(m.Sentences, s) })
		})
	}
	for i, c := range cs {
		a, s := find(c.Article, c.Text)
		b, t := find(c.OtherArticle, c.Other)
		if a < 0 || b < 0 || a == b {
			continue
		}
		switch c.Kind {
		case Split:
			gi := groupOf(a, s)
			if gj := groupOf(b, t); gi < 0 && gj >= 0 && dropRelated(&out.Groups[gj], a, s) {
				// A related sentence split off leaves alone; its
				// article's member stays.
				applied[i] = true
				continue
			}
			if gi < 0 || groupOf(b, t) != gi {
				continue
			}
			g := &out.Groups[gi]
			g.Members = slices.DeleteFunc(g.Members, func(m compare.Member) bool { return m.Article == a })
			// The article's related sentences leave with its member: a
			// related sentence is a second sentence of an article that
			// has a member (report contract 4).
			g.Related = slices.DeleteFunc(g.Related, func(m compare.Member) bool { return m.Article == a })
			g.Diff = slices.DeleteFunc(g.Diff, func(d compare.Diff) bool { return d.From == a || d.To == a })
			if len(g.Members) < 2 {
				out.Groups = slices.Delete(out.Groups, gi, gi+1)
			}
			applied[i] = true
		case Join:
			if groupOf(a, s) >= 0 {
				continue
			}
			text := rep.Articles[a].Sentences[s].Text
			gi := groupOf(b, t)
			if gi >= 0 && promote(rep, &out.Groups[gi], a, s) {
				applied[i] = true
				continue
			}
			// A sentence joining a group is no longer another group's
			// related sentence: it names one group.
			for j := range out.Groups {
				dropRelated(&out.Groups[j], a, s)
			}
			if gi >= 0 {
				g := &out.Groups[gi]
				// The article now has a member: it no longer carries the
				// fact only inside another group's sentence.
				g.Within = slices.DeleteFunc(g.Within, func(m compare.Member) bool { return m.Article == a })
				if j := slices.IndexFunc(g.Members, func(m compare.Member) bool { return m.Article == a }); j >= 0 {
					g.Members[j].Sentences = append(g.Members[j].Sentences, s)
					slices.Sort(g.Members[j].Sentences)
				} else {
					g.Members = append(g.Members, compare.Member{Article: a, Sentences: []int{s}})
				}
				ref := g.Members[0]
				if ref.Article != a {
					g.Diff = append(g.Diff, compare.Diff{From: ref.Article, To: a, Ops: compare.WordDiff(memberText(rep, ref.Article, ref.Sentences), text)})
				}
			} else {
				sum := sha256.Sum256([]byte(c.OtherArticle + "\x00" + c.Other + "\x00" + c.Article + "\x00" + c.Text))
				out.Groups = append(out.Groups, compare.Group{
					ID: "join-" + hex.EncodeToString(sum[:6]), Kind: compare.KindRelated,
					Members: []compare.Member{{Article: b, Sentences: []int{t}}, {Article: a, Sentences: []int{s}}},
					Related: []compare.Member{}, Within: []compare.Member{},
					Diff: []compare.Diff{{From: b, To: a, Ops: compare.WordDiff(rep.Articles[b].Sentences[t].Text, text)}},
				})
			}
			applied[i] = true
		}
	}
	// Each sentence names its group, as the engine's report does.
	out.Articles = slices.Clone(rep.Articles)
	for a := range out.Articles {
		out.Articles[a].Sentences = slices.Clone(rep.Articles[a].Sentences)
		for s := range out.Articles[a].Sentences {
			out.Articles[a].Sentences[s].Group = nil
		}
	}
	for _, g := range out.Groups {
		id := g.ID
		for _, m := range slices.Concat(g.Members, g.Related) {
			for _, s := range m.Sentences {
				if m.Article >= 0 && m.Article < len(out.Articles) && s >= 0 && s < len(out.Articles[m.Article].Sentences) {
					out.Articles[m.Article].Sentences[s].Group = &id
				}
			}
		}
	}
	return &out, applied
}

// promote makes sentence s of article a, a related sentence of g, its
// article's member of g: the member it replaces becomes related in its
// turn (it is still a sentence of the article on the fact), so the
// article keeps one member and the contract holds. The word diffs of the
// article are made again. It reports false when s is not related in g.
func promote(rep *compare.Report, g *compare.Group, a, s int) bool {
	ri := slices.IndexFunc(g.Related, func(m compare.Member) bool { return m.Article == a && slices.Contains(m.Sentences, s) })
	mi := slices.IndexFunc(g.Members, func(m compare.Member) bool { return m.Article == a })
	if ri < 0 || mi < 0 {
		return false
	}
	old := g.Members[mi].Sentences
	g.Members[mi].Sentences = []int{s}
	rel := &g.Related[ri]
	rel.Sentences = slices.DeleteFunc(rel.Sentences, func(x int) bool { return x == s })
	rel.Sentences = append(rel.Sentences, old...)
	slices.Sort(rel.Sentences)
	rel.Sentences = slices.Compact(rel.Sentences)
	text := func(art int) string {
		for _, m := range g.Members {
			if m.Article == art {
				return memberText(rep, art, m.Sentences)
			}
		}
		return ""
	}
	for j, d := range g.Diff {
		if d.From == a || d.To == a {
			g.Diff[j].Ops = compare.WordDiff(text(d.From), text(d.To))
		}
	}
	return true
}

// dropRelated takes sentence s of article a out of g's related sentences;
// it reports whether s was one.
func dropRelated(g *compare.Group, a, s int) bool {
	found := false
	for j := range g.Related {
		if g.Related[j].Article == a {
			n := len(g.Related[j].Sentences)
			g.Related[j].Sentences = slices.DeleteFunc(g.Related[j].Sentences, func(x int) bool { return x == s })
			found = found || len(g.Related[j].Sentences) < n
		}
	}
	g.Related = slices.DeleteFunc(g.Related, func(m compare.Member) bool { return len(m.Sentences) == 0 })
	return found
}
