package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// unrelated says, briefly and in full, when the articles look like
// different stories: no sentence of one reports what another does, or
// only a few weakly; or one article shares nothing with the others, or
// only a weak link or two. Both are "" otherwise. The text report says the
// same under its facts.
func unrelated(rep *compare.Report) (short, full string) {
	none, weak := rep.OffStory()
	switch {
	case len(rep.Articles) < 2:
		return "", ""
	case len(rep.Groups) == 0:
		return "no fact shared: are they on one story?",
			"No fact shared: no sentence of one article reports what another does (are they on one story?)"
	case len(none)+len(weak) == len(rep.Articles):
		return "no fact clearly shared: are they on one story?",
			"No fact clearly shared: the few sentences linked across articles are weak matches, overlapping words rather than one fact (are they on one story?)"
	}
	var shorts, fulls []string
	// An article in no group with a sentence close to another's is more
	// likely one the alignment missed than another story (on ECB+ nearly
	// every "shares no fact" is false): say what is close, and ask nothing.
	var close []int
	none = slices.DeleteFunc(none, func(i int) bool {
		_, _, ok := rep.ClosestElsewhere(i)
		if ok {
			close = append(close, i)
		}
		return ok
	})
	for _, i := range close {
		own, near, _ := rep.ClosestElsewhere(i)
		a, b := rep.Articles[i], rep.Articles[near.Article]
		shorts = append(shorts, a.Label+" aligned with no fact")
		fulls = append(fulls, fmt.Sprintf("%s is in no group, but its %s is close to %s's %s (similarity %.2f): it may share facts the alignment missed",
			a.Label, shortPlace(a.Sentences[own]), b.Label, shortPlace(b.Sentences[near.Sentence]), near.Similarity))
	}
	if len(none) > 0 {
		who, verb := labels(rep, none), agree(len(none), "shares", "share")
		shorts = append(shorts, who+" "+verb+" no fact")
		fulls = append(fulls, who+" "+verb+" no fact with the others: none of "+agree(len(none), "its", "their")+" sentences reports what another article does")
	}
	if len(weak) > 0 {
		who, verb := labels(rep, weak), agree(len(weak), "shares", "share")
		shorts = append(shorts, who+" "+verb+" only "+agree(len(weak), "a weak link", "weak links"))
		fulls = append(fulls, who+" "+verb+" only a weak link or two with the others: a sentence or two that overlap in words, not one fact")
	}
	if len(shorts) == 0 {
		return "", ""
	}
	if len(none)+len(weak) == 0 {
		return strings.Join(shorts, "; "), strings.Join(fulls, "; ")
	}
	q := " (is it on this story?)"
	if len(none)+len(weak) > 1 {
		q = " (are they on this story?)"
	}
	return strings.Join(shorts, "; ") + ": on this story?", strings.Join(fulls, "; ") + q
}

// unrelatedCounted is unrelated's short form with the articles counted,
// not named, for a narrow status bar ("1 article shares no fact; 2
// articles share only weak links: on this story?"); "" when the short form
// names no article. The overview names them.
func unrelatedCounted(rep *compare.Report) string {
	if short, _ := unrelated(rep); short == "" || strings.HasPrefix(short, "no fact") {
		return ""
	}
	all, weak := rep.OffStory()
	var parts []string
	var none []int
	close := 0
	for _, i := range all {
		if _, _, ok := rep.ClosestElsewhere(i); ok {
			close++
		} else {
			none = append(none, i)
		}
	}
	if close > 0 {
		parts = append(parts, fmt.Sprintf("%d %s with no fact", close, agree(close, "article aligned", "articles aligned")))
	}
	if n := len(none); n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s no fact", n, agree(n, "article shares", "articles share")))
	}
	if n := len(weak); n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s only %s", n, agree(n, "article shares", "articles share"), agree(n, "a weak link", "weak links")))
	}
	if len(none)+len(weak) == 0 {
		return strings.Join(parts, "; ")
	}
	return strings.Join(parts, "; ") + ": on this story?"
}

// labels joins the articles' labels.
func labels(rep *compare.Report, arts []int) string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = rep.Articles[a].Label
	}
	return strings.Join(out, ", ")
}

// agree is one or many, as n asks.
func agree(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
