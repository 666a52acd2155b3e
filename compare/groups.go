package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/align"
)

// Where a fact sits: a group is "moved" when its members' positions (in
// body paragraphs, the headline counting as -1 and the lede as 0) span at
// least movedParagraphs and a third of an article's length.
const (
	movedParagraphs = 4
	movedShare      = 0.33
)

// groups turns the alignment's groups into the report's, ordered by where
// they first appear (article order, then sentence order), with stable ids.
func groups(articles []Article, al *align.Alignment, workers int, addedFacts bool) []Group {
	pos := positions(articles)
	out := []Group{} // [] in the JSON when nothing groups
	for _, ag := range al.Groups() {
		g := Group{Kind: KindRelated, Similarity: round3(ag.Similarity), Related: []Member{}, Within: []Member{}}
		for _, m := range ag.Members {
			g.Members = append(g.Members, Member{Article: m.Article, Sentences: m.Sentences})
		}
		if ag.Shared {
			g.Kind = KindShared
		}
		for _, m := range ag.Related {
			g.Related = append(g.Related, Member{Article: m.Article, Sentences: m.Sentences})
		}
		for _, m := range ag.Within {
			g.Within = append(g.Within, Member{Article: m.Article, Sentences: m.Sentences})
		}
		g.Moved = moved(g.Members, pos)
		out = append(out, g)
	}
	// Diffs and the steps members state (stages.go) only read the
	// articles: they run in parallel.
	eachParallel(workers, len(out), func(i int) {
		out[i].Diff = memberDiffs(articles, out[i].Members)
		if out[i].Kind == KindShared && stagesDiffer(articles, out[i].Members) {
			out[i].Kind = KindRelated // different steps of one process: two facts
		}
		if addedFacts && out[i].Kind == KindShared && membersAddFacts(articles, out[i].Members, out[i].Diff) {
			out[i].Kind = KindRelated // one member goes on to a fact of its own
		}
	})
	slices.SortFunc(out, func(x, y Group) int {
		if d := x.Members[0].Article - y.Members[0].Article; d != 0 {
			return d
		}
		return x.Members[0].Sentences[0] - y.Members[0].Sentences[0]
	})
	seen := map[string]int{}
	for i := range out {
		id := groupID(articles, out[i].Members)
		seen[id]++
		if seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		out[i].ID = id
	}
	return out
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// positions gives each sentence's place in its article in body paragraphs:
// -1 for the headline, 0 for the lede's paragraph, then 1, 2, ... for each
// later paragraph that holds an alignable sentence. The second value per
// article is the number of such paragraphs.
func positions(articles []Article) [][]int {
	pos := make([][]int, len(articles))
	for ai, a := range articles {
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

func moved(members []Member, pos [][]int) bool {
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
func memberText(articles []Article, m Member) string {
	parts := make([]string, len(m.Sentences))
	for i, s := range m.Sentences {
		parts[i] = articles[m.Article].Sentences[s].Text
	}
	return strings.Join(parts, " ")
}

// memberDiffs diffs every member against the first. Identical texts (wire
// copy repeated by many outlets) are diffed once.
func memberDiffs(articles []Article, members []Member) []Diff {
	ref := newWordDiffer(memberText(articles, members[0]))
	cache := map[string][]DiffOp{}
	out := make([]Diff, 0, len(members)-1)
	for _, m := range members[1:] {
		t := memberText(articles, m)
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
func groupID(articles []Article, members []Member) string {
	h := sha256.New()
	var buf []byte
	for _, m := range members {
		buf = appendNormalized(buf[:0], memberText(articles, m))
		h.Write(append(buf, 0))
	}
	var sum [sha256.Size]byte
	return "g" + hex.EncodeToString(h.Sum(sum[:0])[:5])
}

// appendNormalized appends normalizeText(s) to b, without the words'
// slice and the joined copy normalizeText makes.
func appendNormalized(b []byte, s string) []byte {
	start := len(b)
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if len(b) > start {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// normalizeText lowercases s and folds runs of white space.
func normalizeText(s string) string {
	return string(appendNormalized(make([]byte, 0, len(s)), s))
}

// fillSentences records in each sentence its group (as a member or a
// related sentence) and its nearest counterparts in the other articles.
func fillSentences(r *Report, al *align.Alignment) {
	for gi := range r.Groups {
		g := &r.Groups[gi]
		for _, m := range g.Members {
			for _, s := range m.Sentences {
				id := g.ID
				r.Articles[m.Article].Sentences[s].Group = &id
			}
		}
		for _, m := range g.Related {
			for _, s := range m.Sentences {
				id := g.ID
				r.Articles[m.Article].Sentences[s].Group = &id
			}
		}
	}
	// Every list in one array, each capped at its length (trimNearest
	// reuses a list's own part of it).
	total := 0
	for ai := range r.Articles {
		for si := range r.Articles[ai].Sentences {
			total += al.NearestLen(ai, si)
		}
	}
	all := make(NearestList, 0, total)
	var buf []align.Nearest
	for ai := range r.Articles {
		for si := range r.Articles[ai].Sentences {
			buf = al.AppendNearest(buf[:0], ai, si)
			if len(buf) == 0 {
				continue
			}
			from := len(all)
			for _, n := range buf {
				all = append(all, Nearest{Article: n.Article, Sentence: n.Sentence, Similarity: round3(n.Similarity)})
			}
			r.Articles[ai].Sentences[si].Nearest = all[from:len(all):len(all)]
		}
	}
}
