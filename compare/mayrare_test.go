package compare

import "testing"

// rareReport is three articles on one sale, their ledes one group: a
// group of the first two ("The Glenmoor trust sold the old lighthouse at
// auction for £40,000"), and a third, not in it, whose sentence 2 (text)
// is the group's nearest at sim. The third article's other sentences
// mention the trust throughout. apart keeps the third article's lede out
// of the ledes' group: it may report another event.
func rareReport(text string, sim float64, apart bool) *Report {
	lede := func(s string) Sentence { return Sentence{Text: s, Role: RoleLede} }
	fact := "The Glenmoor trust sold the old lighthouse at auction for £40,000 on Saturday."
	r := &Report{Articles: []Article{
		{Label: "a", Sentences: []Sentence{lede("A Glenmoor landmark has a new owner."), {Text: fact, Role: RoleBody}}},
		{Label: "b", Sentences: []Sentence{lede("A Glenmoor landmark changed hands."), {Text: "On Saturday the Glenmoor trust auctioned off the old lighthouse, fetching £40,000.", Role: RoleBody}}},
		{Label: "c", Sentences: []Sentence{
			lede("A Glenmoor landmark was sold."),
			{Text: "The Glenmoor trust has run the headland for a century.", Role: RoleBody},
			{Text: text, Role: RoleBody},
			{Text: "The trust's chairwoman, Edith Vane, declined to comment.", Role: RoleBody},
		}},
	}}
	ledes := []Member{{Article: 0, Sentences: []int{0}}, {Article: 1, Sentences: []int{0}}, {Article: 2, Sentences: []int{0}}}
	if apart {
		ledes = ledes[:2]
	}
	r.Groups = []Group{
		{ID: "g0", Kind: KindRelated, Members: ledes},
		{ID: "g1", Kind: KindShared, Members: []Member{{Article: 0, Sentences: []int{1}}, {Article: 1, Sentences: []int{1}}}},
	}
	r.Articles[0].Sentences[1].Nearest = NearestList{{Article: 1, Sentence: 1, Similarity: 0.8}, {Article: 2, Sentence: 2, Similarity: sim}}
	for ai := range r.Articles {
		r.Articles[ai].Summary.Coverage = []bool{ai < 2 || !apart, ai < 2}
	}
	r.Articles[2].Summary.Omitted = []string{"g1"}
	return r
}

// A close sentence under toldMin that holds words of the fact its article
// otherwise hardly uses, and English news seldom does, reports the fact
// reworded: "leaves out" becomes "may carry". Shared words the whole
// article uses (the trust's name), common words, a sentence far from the
// fact, or an article whose lede joins none of the fact's articles' (a
// look-alike event) are no such evidence.
func TestMayCarryRareWords(t *testing.T) {
	const reworded = "Bidders paid £40,000 for the Glenmoor lighthouse when it went under the hammer at an auction."
	if got := rareCarry(rareReport(reworded, 0.44, false)); len(got) != 1 || got[0].Group != "g1" || got[0].Near[0].Sentence != 2 {
		t.Errorf("a reworded report at 0.44 sharing \"lighthouse\" and \"auction\": may carry %+v; want sentence 2", got)
	}
	r := rareReport(reworded, 0.44, false)
	r.Articles[2].Summary.MayCarry = rareCarry(r)
	if left, maybe, _ := r.Omissions(2); left != 0 || maybe != 1 {
		t.Errorf("Omissions = %d left, %d it may carry; want 0, 1", left, maybe)
	}
	for _, c := range []struct {
		why   string
		text  string
		sim   float64
		apart bool
	}{
		{"too far", reworded, rareCloseMin - 0.03, false},
		{"only the name the article uses throughout", "The Glenmoor trust said on Saturday it would sell more of its land.", 0.44, false},
		{"only common words", "The trust sold the old pier for a smaller sum on Saturday.", 0.44, false},
		{"another event's article", reworded, 0.44, true},
	} {
		if got := rareCarry(rareReport(c.text, c.sim, c.apart)); len(got) != 0 {
			t.Errorf("%s: may carry %+v; want none", c.why, got)
		}
	}
}

// rareCarry is what article 2 of r may carry with the rule of rare words
// on (it is off in the product: see rareOn).
func rareCarry(r *Report) []Carry { return mayCarryFactsOf(r, 2, newStemRuns(r), true) }
