package compare

// Off-story thresholds. Articles on other stories are still linked now and
// then through a sentence or two that share only common words ("…," he
// said), so an article whose links to the others are few, a small share of
// its sentences, all "related" and all weak is named as off-story too.
// Fitted on real articles: BASIL and ECB+ articles paired
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

// OffStory sorts the articles (by index) that look like another story:
// none share no sentence with the others; weak are linked only by a few
// weak "related" groups (see offStoryMaxSim). With fewer than two articles
// both are empty. The interface and the text report name them.
func (r *Report) OffStory() (none, weak []int) {
	if len(r.Articles) < 2 {
		return nil, nil
	}
	type links struct {
		sentences int
		shared    bool
		best      float64
	}
	ls := make([]links, len(r.Articles))
	add := func(g Group, ms []Member) {
		for _, m := range ms {
			if m.Article < 0 || m.Article >= len(ls) {
				continue
			}
			l := &ls[m.Article]
			l.sentences += len(m.Sentences)
			l.shared = l.shared || g.Kind == KindShared
			l.best = max(l.best, g.Similarity)
		}
	}
	for _, g := range r.Groups {
		add(g, g.Members)
		add(g, g.Related)
	}
	for i, l := range ls {
		sm := r.Articles[i].Summary
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
