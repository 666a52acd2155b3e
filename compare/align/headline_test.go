package align

import "testing"

// TestRewordedHeadlinesAreEachOthersCounterpart: an outlet rewords the
// other's headline, sharing one rare word with it, while its second
// sentence shares another rare word (the name) with that headline and
// scores as high. The two headlines group; the body sentence, which tells
// another fact, stays alone. And where a body sentence does tell the
// headline's fact (it links on its own), the headline keeps it as its
// counterpart rather than the other article's headline on another fact.
func TestRewordedHeadlinesAreEachOthersCounterpart(t *testing.T) {
	groupOf := func(gs []Group, article, s int) int {
		for gi, g := range gs {
			for _, m := range g.Members {
				if m.Article == article && len(m.Sentences) > 0 && m.Sentences[0] == s {
					return gi
				}
			}
		}
		return -1
	}
	texts := []string{
		"Ines Marlow checks into Fairhaven rehab clinic|The actress was admitted on Friday, her publicist said.",
		"Actress enters treatment at Fairhaven|Marlow, 33, is expected to stay for several weeks.",
	}
	arts := pipeArticles(texts)
	gs := New(arts, Options{}).Groups()
	if g := groupOf(gs, 0, 0); g < 0 || g != groupOf(gs, 1, 0) {
		t.Errorf("the two headlines on Marlow's admission are not one group: %+v", gs)
	}
	if g := groupOf(gs, 1, 1); g >= 0 && g == groupOf(gs, 0, 0) {
		t.Errorf("Marlow's expected stay is grouped with the admission headline: %+v", gs)
	}
	texts = []string{
		"Ines Marlow checks into Fairhaven clinic|The actress was admitted on Friday, her publicist said.",
		"Fans hold vigil for Marlow|Dozens of fans sang outside the clinic on Saturday night.|Ines Marlow was admitted to the Fairhaven clinic on Friday.",
	}
	arts = pipeArticles(texts)
	gs = New(arts, Options{}).Groups()
	if g := groupOf(gs, 0, 0); g >= 0 && g == groupOf(gs, 1, 0) {
		t.Errorf("the admission headline is grouped with the vigil headline: %+v", gs)
	}
}

// TestIdenticalShortHeadlinesGroup: two outlets run the same short
// headline, whose words are all common ("Mayor under fire"), over
// reworded ledes. Each headline was "only in one article", both ways,
// since the evidence floor asks for uncommon words and two content words
// made each one too poor to link. The same words, typography and case
// aside, report the same thing. Words in another order, or one word
// changed, do not group on that rule; nor does a sentence of one content
// word.
func TestIdenticalShortHeadlinesGroup(t *testing.T) {
	headlinesGroup := func(h1, h2 string) bool {
		arts := pipeArticles([]string{
			h1 + "|The mayor of Springfield resigned on Tuesday after a storm flooded 300 homes, officials said.",
			h2 + "|Officials said the Springfield mayor quit on Tuesday after 300 homes were flooded in a storm.",
		})
		for _, g := range New(arts, Options{}).Groups() {
			if len(g.Members) == 2 && g.Members[0].Sentences[0] == 0 && g.Members[1].Sentences[0] == 0 {
				return true
			}
		}
		return false
	}
	for _, h := range [][2]string{
		{"Mayor under fire", "Mayor under fire"},
		{"Obama wins", "OBAMA WINS"},
		{"Mayor’s plan under fire", "Mayor's plan under fire"},
	} {
		if !headlinesGroup(h[0], h[1]) {
			t.Errorf("%q and %q are not one group", h[0], h[1])
		}
	}
	for _, h := range [][2]string{
		{"Obama wins", "Wins Obama"},
		{"Mayor under fire", "Mayor under pressure"},
		{"Breaking", "Breaking"},
	} {
		if headlinesGroup(h[0], h[1]) {
			t.Errorf("%q and %q are one group", h[0], h[1])
		}
	}
}
