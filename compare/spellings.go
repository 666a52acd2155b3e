package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
	"github.com/storydiff/storydiff/compare/quote"
)

// linkSpellings joins the name facts that are one name written two ways
// in different articles (see fact.NameSpelling): without its diacritics
// ("Sian", "Siân"), which makes the fact compatible (the same name, spelt
// differently), or a person's surname one letter apart under the same
// given name ("Llewellyn", "Llewelyn"), which makes it a conflict: a
// possible misspelling an editor checks. Facts that share an article are
// left apart: an article naming both may name two people; so are names
// whose differing word an article uses in lower case, a common word
// ("Marshals", "Advisors").
func linkSpellings(r *Report, fs []Fact) []Fact {
	common := func(words ...string) bool {
		for _, w := range words {
			for _, a := range r.Articles {
				if w != "" && quote.ContainsWord(a.Text, w) {
					return true
				}
			}
		}
		return false
	}
	class := func(kind string) string {
		if kind == "name" {
			return "person" // an unclassified name may be a person's
		}
		return kind
	}
	articles := func(f Fact) uint64 { // a bit per article, the 64th for all past it
		var set uint64
		for _, m := range f.Mentions {
			set |= 1 << min(m.Article, 63)
		}
		return set
	}
	apart := func(a, b Fact) bool { return articles(a)&articles(b) == 0 }
	gone := make([]bool, len(fs))
	join := func(i, j int, status string) {
		fs[i].Mentions = append(fs[i].Mentions, fs[j].Mentions...)
		fs[i].Status = worse(worse(fs[i].Status, fs[j].Status), status)
		gone[j] = true
	}
	byFold := map[string]int{}
	byGiven := map[string][]int{}
	for i, f := range fs {
		if !isName(f.Kind) || len(f.Mentions) == 0 {
			continue
		}
		key := class(f.Kind) + "\x00" + fact.Fold(f.Mentions[0].Unit)
		if j, ok := byFold[key]; ok && !gone[j] && apart(fs[j], f) && f.Mentions[0].Unit != fs[j].Mentions[0].Unit {
			status := FactCompatible
			if fact.NameSpelling(fs[j].Mentions[0].Unit, f.Mentions[0].Unit) == fact.Same {
				status = FactShared // only typography or case differ
			}
			join(j, i, status)
			continue
		}
		if _, ok := byFold[key]; !ok {
			byFold[key] = i
		}
		if class(f.Kind) != "person" {
			continue
		}
		w := strings.Fields(fact.Fold(f.Mentions[0].Unit))
		if len(w) < 2 {
			continue
		}
		for _, j := range byGiven[w[0]] {
			a, b := fs[j].Mentions[0].Unit, f.Mentions[0].Unit
			if !gone[j] && apart(fs[j], f) && fact.NameSpelling(a, b) == fact.Misspelt && !common(fact.MisspeltWords(a, b)) {
				join(j, i, FactConflict)
				break
			}
		}
		if !gone[i] {
			byGiven[w[0]] = append(byGiven[w[0]], i)
		}
	}
	out := fs[:0]
	for i, f := range fs {
		if !gone[i] {
			out = append(out, f)
		}
	}
	return out
}
