package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/textsim"
)

// Where a fact sits: a group is "moved" when its members' positions (in
// body paragraphs, the headline counting as -1 and the lede as 0) span at
// least movedParagraphs and a third of an article's length.
const (
	movedParagraphs = 4
	movedShare      = 0.33
)

// groups turns the clusters into the report's groups, ordered by where they
// first appear (article order, then sentence order), with stable ids.
func (e *engine) groups() []Group {
	pos := e.positions()
	out := []Group{} // [] in the JSON when nothing groups
	for c, gids := range e.clusters {
		if len(gids) < 2 {
			continue
		}
		all := append(slices.Clone(gids), e.extra[c]...)
		byArt := map[int][]int{}
		for _, g := range all {
			byArt[int(e.art[g])] = append(byArt[int(e.art[g])], int(e.sent[g]))
		}
		g := Group{Kind: KindRelated}
		for ai := range e.articles {
			if sents, ok := byArt[ai]; ok {
				slices.Sort(sents)
				g.Members = append(g.Members, Member{Article: ai, Sentences: sents})
			}
		}
		e.judge(&g)
		g.Moved = e.moved(g.Members, pos)
		out = append(out, g)
	}
	// Diffs only read the articles: they run in parallel.
	eachParallel(len(out), func(i int) { out[i].Diff = e.memberDiffs(out[i].Members) })
	slices.SortFunc(out, func(x, y Group) int {
		if d := x.Members[0].Article - y.Members[0].Article; d != 0 {
			return d
		}
		return x.Members[0].Sentences[0] - y.Members[0].Sentences[0]
	})
	seen := map[string]int{}
	for i := range out {
		id := e.groupID(out[i].Members)
		seen[id]++
		if seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		out[i].ID = id
	}
	return out
}

// judge sets the group's similarity (mean over member pairs) and kind:
// shared when the members' mean paraphrase probability passes the model's
// threshold, so one noisy verdict in a large group does not demote it. In
// a large group both means are estimated on maxProbe evenly spaced members.
func (e *engine) judge(g *Group) {
	var units []int // one corpus id per probed member
	for _, m := range probe(g.Members) {
		ids := make([]int, len(m.Sentences))
		for i, s := range m.Sentences {
			ids[i] = e.gids[m.Article][s]
		}
		if len(ids) == 1 {
			units = append(units, ids[0])
		} else {
			units = append(units, e.merged(ids...))
		}
	}
	var sum, psum float64
	total := 0
	for i := range units {
		for j := i + 1; j < len(units); j++ {
			s := e.score(units[i], units[j])
			sum += s.Similarity
			psum += s.Shared
			total++
		}
	}
	if total == 0 {
		return
	}
	g.Similarity = round3(sum / float64(total))
	if e.model.IsShared(textsim.Score{Shared: psum / float64(total)}) {
		g.Kind = KindShared
	}
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// positions gives each sentence's place in its article in body paragraphs:
// -1 for the headline, 0 for the lede's paragraph, then 1, 2, ... for each
// later paragraph that holds an alignable sentence. The second value per
// article is the number of such paragraphs.
func (e *engine) positions() [][]int {
	pos := make([][]int, len(e.articles))
	for ai, a := range e.articles {
		pos[ai] = make([]int, len(a.Sentences)+1)
		ord, last := -1, -1
		for si, s := range a.Sentences {
			switch {
			case s.Role == RoleHeadline:
				pos[ai][si] = -1
				continue
			case s.Role.Alignable() && s.Paragraph != last:
				ord++
				last = s.Paragraph
			}
			pos[ai][si] = max(ord, 0)
		}
		pos[ai][len(a.Sentences)] = ord + 1 // paragraphs counted
	}
	return pos
}

func (e *engine) moved(members []Member, pos [][]int) bool {
	lo, hi := math.MaxInt, math.MinInt
	rlo, rhi := math.Inf(1), math.Inf(-1)
	for _, m := range members {
		p := pos[m.Article][m.Sentences[0]]
		n := pos[m.Article][len(pos[m.Article])-1]
		rel := float64(p+1) / float64(n+1)
		lo, hi = min(lo, p), max(hi, p)
		rlo, rhi = min(rlo, rel), max(rhi, rel)
	}
	return hi-lo >= movedParagraphs && rhi-rlo >= movedShare
}

// memberText is a member's sentences joined by a space.
func (e *engine) memberText(m Member) string {
	parts := make([]string, len(m.Sentences))
	for i, s := range m.Sentences {
		parts[i] = e.articles[m.Article].Sentences[s].Text
	}
	return strings.Join(parts, " ")
}

// memberDiffs diffs every member against the first. Identical texts (wire
// copy repeated by many outlets) are diffed once.
func (e *engine) memberDiffs(members []Member) []Diff {
	ref := newWordDiffer(e.memberText(members[0]))
	cache := map[string][]DiffOp{}
	out := make([]Diff, 0, len(members)-1)
	for _, m := range members[1:] {
		t := e.memberText(m)
		ops, ok := cache[t]
		if !ok {
			ops = ref.diff(t)
			cache[t] = ops
		}
		out = append(out, Diff{From: members[0].Article, To: m.Article, Ops: ops})
	}
	return out
}

// groupID derives an id from the members' normalised text, so it does not
// depend on the order of the articles' other sentences.
func (e *engine) groupID(members []Member) string {
	h := sha256.New()
	for _, m := range members {
		h.Write([]byte(normalizeText(e.memberText(m))))
		h.Write([]byte{0})
	}
	return "g" + hex.EncodeToString(h.Sum(nil))[:10]
}

// normalizeText lowercases s and folds runs of white space.
func normalizeText(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// fillSentences records in each sentence its group and its nearest
// counterparts in the other articles.
func (e *engine) fillSentences(r *Report) {
	for gi := range r.Groups {
		g := &r.Groups[gi]
		for _, m := range g.Members {
			for _, s := range m.Sentences {
				id := g.ID
				r.Articles[m.Article].Sentences[s].Group = &id
			}
		}
	}
	for g := range e.best {
		s := &r.Articles[e.art[g]].Sentences[e.sent[g]]
		for _, pi := range e.best[g] {
			o := e.other(pi, g)
			s.Nearest = append(s.Nearest, Nearest{Article: int(e.art[o]), Sentence: int(e.sent[o]), Similarity: round3(float64(e.pairs[pi].sim))})
		}
	}
}
