package tui

import (
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// Off-story thresholds. Articles on other stories are still linked now and
// then through a sentence or two that share only common words ("…," he
// said), so an article whose links to the others are few, a small share of
// its sentences, all "related" and all weak is named as off-story too.
// Fitted on real articles (notes/r6c.md): BASIL and ECB+ articles paired
// across stories against the real same-story sets (the demo, the seeds,
// every ECB+ sub-topic and its pairs, every BASIL triple and pair): of 288
// combinations with an off-story article, 272 are now noticed (267 by "no
// group" alone); no more of the 1,203 same-story articles are named than
// before (the 40 that share no group), and 1 more of the 284 same-story
// articles set beside an off-story one. A higher similarity bound named
// more off-story articles but also same-story ECB+ pairs linked by one
// sentence.
const (
	offStoryMaxSentences = 3    // at most this many of its sentences grouped
	offStoryMaxShare     = 0.15 // and at most this share of its sentences
	offStoryMaxSim       = 0.30 // and every group it is in less similar than this
)

// OffStory sorts the articles that look like another story: none share no
// sentence with the others; weak are linked only by a few weak "related"
// groups (see offStoryMaxSim). With fewer than two articles both are empty.
func OffStory(rep *compare.Report) (none, weak []int) {
	if len(rep.Articles) < 2 {
		return nil, nil
	}
	type links struct {
		sentences int
		shared    bool
		best      float64
	}
	ls := make([]links, len(rep.Articles))
	add := func(g compare.Group, ms []compare.Member) {
		for _, m := range ms {
			if m.Article < 0 || m.Article >= len(ls) {
				continue
			}
			l := &ls[m.Article]
			l.sentences += len(m.Sentences)
			l.shared = l.shared || g.Kind == compare.KindShared
			l.best = max(l.best, g.Similarity)
		}
	}
	for _, g := range rep.Groups {
		add(g, g.Members)
		add(g, g.Related)
	}
	for i, l := range ls {
		sm := rep.Articles[i].Summary
		n := sm.Shared + sm.Related + sm.Unique // its sentences, captions and boilerplate aside
		switch {
		case l.sentences == 0:
			none = append(none, i)
		case !l.shared && l.sentences <= offStoryMaxSentences && float64(l.sentences) <= offStoryMaxShare*float64(n) && l.best < offStoryMaxSim:
			weak = append(weak, i)
		}
	}
	return none, weak
}

// unrelated says, briefly and in full, when the articles look like
// different stories: no sentence of one reports what another does, or
// only a few weakly; or one article shares nothing with the others, or
// only a weak link or two. Both are "" otherwise. The text report says the
// same under its facts.
func unrelated(rep *compare.Report) (short, full string) {
	none, weak := OffStory(rep)
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
	if len(none) > 0 {
		who := labels(rep, none)
		if len(none) == 1 {
			shorts = append(shorts, who+" shares no fact")
			fulls = append(fulls, who+" shares no fact with the others: none of its sentences reports what another article does")
		} else {
			shorts = append(shorts, who+" share no fact")
			fulls = append(fulls, who+" share no fact with the others: none of their sentences reports what another article does")
		}
	}
	if len(weak) > 0 {
		who := labels(rep, weak)
		if len(weak) == 1 {
			shorts = append(shorts, who+" shares only a weak link")
			fulls = append(fulls, who+" shares only a weak link or two with the others: a sentence or two that overlap in words, not one fact")
		} else {
			shorts = append(shorts, who+" share only weak links")
			fulls = append(fulls, who+" share only a weak link or two with the others: a sentence or two that overlap in words, not one fact")
		}
	}
	if len(shorts) == 0 {
		return "", ""
	}
	q := " (is it on this story?)"
	if len(none)+len(weak) > 1 {
		q = " (are they on this story?)"
	}
	return strings.Join(shorts, "; ") + ": on this story?", strings.Join(fulls, "; ") + q
}

// labels joins the articles' labels.
func labels(rep *compare.Report, arts []int) string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = rep.Articles[a].Label
	}
	return strings.Join(out, ", ")
}
