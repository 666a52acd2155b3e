package compare

import "testing"

// rareReport is three articles: a group of the first two ("The Glenmoor
// trust sold the old lighthouse at auction for £40,000"), and a third,
// not in it, whose sentence 1 (text) is the group's nearest at sim. The
// third article's other sentences mention the trust throughout.
func rareReport(text string, sim float64) *Report {
	fact := "The Glenmoor trust sold the old lighthouse at auction for £40,000 on Saturday."
	r := &Report{Articles: []Article{
		{Label: "a", Sentences: []Sentence{{Text: fact, Role: RoleBody}}},
		{Label: "b", Sentences: []Sentence{{Text: "On Saturday the Glenmoor trust auctioned off the old lighthouse, fetching £40,000.", Role: RoleBody}}},
		{Label: "c", Sentences: []Sentence{
			{Text: "The Glenmoor trust has run the headland for a century.", Role: RoleBody},
			{Text: text, Role: RoleBody},
			{Text: "The trust's chairwoman, Edith Vane, declined to comment.", Role: RoleBody},
		}},
	}}
	r.Groups = []Group{{ID: "g1", Kind: KindShared, Members: []Member{{Article: 0, Sentences: []int{0}}, {Article: 1, Sentences: []int{0}}}}}
	r.Articles[0].Sentences[0].Nearest = NearestList{{Article: 1, Sentence: 0, Similarity: 0.8}, {Article: 2, Sentence: 1, Similarity: sim}}
	for ai := range r.Articles {
		r.Articles[ai].Summary.Coverage = []bool{ai < 2}
	}
	r.Articles[2].Summary.Omitted = []string{"g1"}
	return r
}

// A close sentence under toldMin that holds words of the fact its article
// otherwise hardly uses, and English news seldom does, reports the fact
// reworded: "leaves out" becomes "may carry". Shared words the whole
// article uses (the trust's name), common words, or a sentence far from
// the fact are no such evidence.
func TestMayCarryRareWords(t *testing.T) {
	const reworded = "Bidders paid £40,000 for the Glenmoor lighthouse when it went under the hammer at an auction."
	if got := mayCarryFacts(rareReport(reworded, 0.44), 2); len(got) != 1 || got[0].Near[0].Sentence != 1 {
		t.Errorf("a reworded report at 0.44 sharing \"lighthouse\" and \"auction\": may carry %+v; want sentence 1", got)
	}
	r := rareReport(reworded, 0.44)
	r.Articles[2].Summary.MayCarry = mayCarryFacts(r, 2)
	if left, maybe, _ := r.Omissions(2); left != 0 || maybe != 1 {
		t.Errorf("Omissions = %d left, %d it may carry; want 0, 1", left, maybe)
	}
	for _, c := range []struct {
		why  string
		text string
		sim  float64
	}{
		{"too far", reworded, rareCloseMin - 0.03},
		{"only the name the article uses throughout", "The Glenmoor trust said on Saturday it would sell more of its land.", 0.44},
		{"only common words", "The trust sold the old pier for a smaller sum on Saturday.", 0.44},
	} {
		if got := mayCarryFacts(rareReport(c.text, c.sim), 2); len(got) != 0 {
			t.Errorf("%s: may carry %+v; want none", c.why, got)
		}
	}
}
