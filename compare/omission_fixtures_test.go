package compare

// The omission tests ("only in one article", "leaves out", "told
// differently?", "may carry") share these: the invented reports' body
// sentences and summaries, the ECB+ topics' sub-topics and gold pairs, the
// 5-fold split over topics their bars are fitted by, and the F0.5 they
// weigh a claim by.

// bodySentence is a body sentence of an invented report, in paragraph
// para (0-based), with its nearest counterparts in other articles.
func bodySentence(text string, para int, near ...Nearest) Sentence {
	return Sentence{Text: text, Paragraph: para, Role: RoleBody, Nearest: near}
}

// summarized fills each article's Summary as Compare would for a report
// with no group: no fact covered, and the facts only it has (aloneFacts).
func summarized(r *Report) *Report {
	for ai := range r.Articles {
		r.Articles[ai].Summary.Alone = aloneFacts(r.Articles[ai], nil)
		r.Articles[ai].Summary.Coverage = []bool{}
	}
	return r
}

// subtopicArticles lists, in order, the articles of a topic's sub-topic
// ("ecb" or "ecbplus").
func subtopicArticles(tp ecbTopic, sub string) []int {
	var arts []int
	for i, a := range tp.Articles {
		if a.Subtopic == sub {
			arts = append(arts, i)
		}
	}
	return arts
}

// goldPairs is the topic's positive pairs (article, paragraph, article,
// paragraph), read both ways.
func goldPairs(tp ecbTopic) map[[4]int]bool {
	positive := map[[4]int]bool{}
	for _, p := range tp.Positive {
		positive[p] = true
		positive[[4]int{p[2], p[3], p[0], p[1]}] = true
	}
	return positive
}

// splitFold splits claims 5-fold over topics: those of the topics of
// fold (topic%5) are test, the rest train.
func splitFold[T any](cs []T, topic func(T) int, fold int) (train, test []T) {
	for _, c := range cs {
		if topic(c)%5 == fold {
			test = append(test, c)
		} else {
			train = append(train, c)
		}
	}
	return train, test
}

// fHalf is the F0.5 of precision p and recall r: a false claim misleads,
// a hedged true one still shows, so precision weighs twice recall.
func fHalf(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 1.25 * p * r / (0.25*p + r)
}
