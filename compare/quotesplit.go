package compare

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/quote"
)

// markSplit finds quotations one article gives whole and another breaks
// into adjacent pieces ("…," she wrote. "…"): the pieces, quotes of one
// speaker with no other quote of their article between them and at most
// maxSplitGap sentences apart, that in order are the whole's words. The
// pairwise index relates each piece to the whole as truncated, and the
// ledger said the second article cut the quotation short three times over
// when it prints every word. Each such pair is made identical, with Split
// the number of pieces.
func markSplit(qs []Quote, byID map[string]int) {
	// Each article's quotes in the order they appear, and each quote's
	// place in that order.
	order := map[int][]int{}
	for i, q := range qs {
		order[q.Article] = append(order[q.Article], i)
	}
	place := make([]int, len(qs))
	for _, is := range order {
		slices.SortStableFunc(is, func(a, b int) int { return qs[a].Start - qs[b].Start })
		for k, i := range is {
			place[i] = k
		}
	}
	var words [][]string // each quote's compared words, made when first needed
	wordsOf := func(i int) []string {
		if words == nil {
			words = make([][]string, len(qs))
		}
		if words[i] == nil {
			words[i] = quote.Words(qs[i].Text)
		}
		return words[i]
	}
	type split struct{ whole, piece, n int }
	var found []split
	for i, q := range qs {
		// The pieces in each other article: shorter renderings by the
		// same speaker.
		pieces := map[int][]int{}
		for _, m := range q.Matches {
			j, ok := byID[m.Quote]
			if ok && m.Relation == string(quote.Truncated) && !m.OtherSpeaker && GivesMore(qs[j], q) {
				pieces[qs[j].Article] = append(pieces[qs[j].Article], j)
			}
		}
		for _, ps := range pieces {
			if len(ps) < 2 {
				continue
			}
			slices.SortFunc(ps, func(a, b int) int { return place[a] - place[b] })
			var joined []string
			ok := true
			for k, p := range ps {
				if k > 0 {
					prev := ps[k-1]
					if place[p] != place[prev]+1 || qs[p].Sentence-qs[prev].Sentence > maxSplitGap ||
						differentSpeakers(qs[p].Speaker, qs[prev].Speaker) {
						ok = false
						break
					}
				}
				joined = append(joined, wordsOf(p)...)
			}
			if !ok || !slices.Equal(joined, wordsOf(i)) {
				continue
			}
			for _, p := range ps {
				found = append(found, split{i, p, len(ps)})
			}
		}
	}
	for _, s := range found {
		for _, m := range [][2]int{{s.whole, s.piece}, {s.piece, s.whole}} {
			q := &qs[m[0]]
			for k := range q.Matches {
				if q.Matches[k].Quote == qs[m[1]].ID {
					q.Matches[k].Relation, q.Matches[k].Diff, q.Matches[k].Split = string(quote.Identical), nil, s.n
				}
			}
		}
	}
}

// maxSplitGap is the most sentences apart two pieces of one quotation
// may begin: a quotation broken by "she continued" runs on in the next
// sentence or the one after.
const maxSplitGap = 2

// markSpliced finds quotes that join separate pieces with an ellipsis
// ("Brackwater has waited ... today the waterfront delivered") and relates
// each piece's source in another article as spliced: the pairwise index
// sees only one piece at a time and calls it truncated, or misses it.
func markSpliced(qs []Quote) {
	var norm []string // each quote's normalised text, made once, when first needed
	for i := range qs {
		// An ellipsis is "…" or three periods: most quotes have neither,
		// and need no regular expression.
		if t := qs[i].Text; !strings.Contains(t, "…") && strings.Count(t, ".") < 3 {
			continue
		}
		parts := ellipsis.Split(qs[i].Text, -1)
		if len(parts) < 2 {
			continue
		}
		for _, part := range parts {
			p := normalizeText(strings.Trim(part, " ,.;:"))
			if len(strings.Fields(p)) < minSplicePart {
				continue
			}
			if norm == nil {
				norm = make([]string, len(qs))
				for j, q := range qs {
					norm[j] = normalizeText(q.Text)
				}
			}
			for j := range qs {
				if qs[j].Article == qs[i].Article || !strings.Contains(norm[j], p) || lonePiece(qs, norm, i, j, p, parts) {
					continue
				}
				setRelation(&qs[i], qs[j].ID, string(quote.Spliced), differentSpeakers(qs[i].Speaker, qs[j].Speaker), qs[i].Text, qs[j].Text)
				setRelation(&qs[j], qs[i].ID, string(quote.Spliced), differentSpeakers(qs[i].Speaker, qs[j].Speaker), qs[j].Text, qs[i].Text)
			}
		}
	}
}

// lonePiece reports whether quote j's normalised words are just piece, one
// of the parts quote i joins with an ellipsis, and no other quotation of
// j's article holds another of those parts or is related to i: j's
// article prints a part of the spliced quote, nothing the splice joined it
// to (the pair stays as the index related it, truncated), as NYT's last
// sentence of a statement Fox prints as "… Newsmax debate. ... I must
// leave all of my options open …". An article that prints the parts in
// two quotations (the demo's mayor; one of them altered: "That's a bunch
// of malarkey.") is the one the splice joined.
func lonePiece(qs []Quote, norm []string, i, j int, piece string, parts []string) bool {
	if strings.Trim(norm[j], " ,.;:") != piece {
		return false
	}
	for k := range qs {
		if k == j || qs[k].Article != qs[j].Article || strings.Trim(norm[k], " ,.;:") == piece {
			continue
		}
		if matchedTo(qs[i], qs[k].ID) {
			return false
		}
		for _, part := range parts {
			p := normalizeText(strings.Trim(part, " ,.;:"))
			if p != piece && len(strings.Fields(p)) >= minSplicePart && strings.Contains(norm[k], p) {
				return false
			}
		}
	}
	return true
}

// minSplicePart is the fewest words a piece of a spliced quote must have
// to be looked for elsewhere: shorter pieces occur by chance.
const minSplicePart = 3

var ellipsis = regexp.MustCompile(`\s*(?:\.\s?\.\s?\.|…)\s*`)
