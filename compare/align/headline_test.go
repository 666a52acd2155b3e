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
