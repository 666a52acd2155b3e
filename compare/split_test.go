package compare

import "testing"

// TestSplitOfAnotherArticleIsNotANeighbour is shaped like the real
// three-article clusters that crashed the one-to-many pass: article X
// tells a fact in two sentences (its group member and a split part at
// sentence 3), article A tells it in one at sentence 0 and ends, at
// sentence 2, with a loner whose best match elsewhere is in that group.
// X's split part is no neighbour of A's loner: they are in different
// articles, and A has no sentence 3 at all.
func TestSplitOfAnotherArticleIsNotANeighbour(t *testing.T) {
	r := Compare(docs(
		"Ferry times change next week.|Schools in the valley stayed open.|Dockworkers at Pier 9 of the Harbor City port walked off the job on Tuesday morning. Their union said the strike would last until the port drops its automation plan.",
		"Dockworkers at Pier 9 of the Harbor City port walked off the job on Tuesday morning, and their union said the strike would last until the port drops its automation plan.|Shops near the harbor reported fewer customers.|The port also announced new ferry times for the winter.",
		"Pier 9 dockworkers at the Harbor City port went on strike Tuesday, and their union vowed to stay out until the port drops its automation plan.",
	), Options{})
	checkReport(t, r)
	if g := groupOf(r, 0, 2); g == "" || g != groupOf(r, 1, 0) || g != groupOf(r, 2, 0) {
		t.Errorf("the strike is not one group across the three articles: %q %q %q", groupOf(r, 0, 2), groupOf(r, 1, 0), groupOf(r, 2, 0))
	}
	if m := members(r, 0, 2); m[0] != 2 {
		t.Errorf("X's member has %d sentences, want its two on the strike (a paragraph break ends a member)", m[0])
	}
	if g := groupOf(r, 1, 2); g != "" && g == groupOf(r, 1, 0) {
		t.Errorf("A's last sentence joined the strike group through X's split part")
	}
}

// TestTooLittleContentNeverGroups: time stamps, an introducer and a cut-off
// fragment match each other word for word across the articles, but carry no
// fact of their own.
func TestTooLittleContentNeverGroups(t *testing.T) {
	poor := []string{"2 p.m.", "Caddell continued:", "Officials said the…", "10 a.m."}
	a := "Dockworkers at Pier 9 walked off the job on Tuesday over the automation plan."
	b := "The dockworkers at Pier 9 walked off the job Tuesday over automation."
	for _, p := range poor {
		a += "|" + p
		b += "|" + p
	}
	r := Compare(docs(a, b), Options{})
	if g := groupOf(r, 0, 0); g == "" || g != groupOf(r, 1, 0) {
		t.Errorf("the strike is not one group")
	}
	for ai, art := range r.Articles {
		for _, s := range art.Sentences[1:] {
			if s.Group != nil {
				t.Errorf("article %d: %q is in group %s", ai, s.Text, *s.Group)
			}
		}
	}
}

// TestRewordedLeadsGroupLookAlikesDoNot: outlets lead with the story's main
// event in their own words, so two headlines that are each other's best
// match and share its rare words group; two headlines on look-alike events,
// naming different people and places, do not.
func TestRewordedLeadsGroupLookAlikesDoNot(t *testing.T) {
	same := Compare(docs(
		"Tara Vance checks into Hillcrest rehab clinic|The actress was admitted on Friday, her publicist said.",
		"Actress enters treatment at Hillcrest|Vance, 33, is expected to stay for several weeks.",
	), Options{})
	if g := groupOf(same, 0, 0); g == "" || g != groupOf(same, 1, 0) {
		t.Errorf("the two headlines on Vance's admission are not one group")
	}
	other := Compare(docs(
		"Police arrest Dan Kemp over Pier 9 fire|The blaze destroyed two warehouses.",
		"Arrest made after Oakport warehouse fire, police say|Officers detained Joe Reyes on Monday.",
	), Options{})
	if g := groupOf(other, 0, 0); g != "" && g == groupOf(other, 1, 0) {
		t.Errorf("headlines on two arrests over two fires share group %s", g)
	}
}
