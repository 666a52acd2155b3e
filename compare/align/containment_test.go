package align

import "testing"

// TestShortSentenceHalfContainedByANameIsNotOneFact is shaped like ECB+
// t05 (the 76ers' new coach): one article says the coach's daughter, a
// college forward, was glad after a win that her father got a chance to
// coach; another says he has never been a head coach. The two are each
// other's best match and the short one's "Kemp" and "coach" are in the
// long one, but they tell two facts, and the long one's rich content is
// nearly all its own.
func TestShortSentenceHalfContainedByANameIsNotOneFact(t *testing.T) {
	arts := pipeArticles([]string{
		"Hawks fire coach Lou Barrow|The Oakport Hawks fired coach Lou Barrow on Monday after a 9-14 start and named general manager Ed Kemp interim coach.|Barrow was in his fifth season.|His daughter, Ana Kemp, is a forward for Ridgefield, and she said after the Owls' 71-64 win over No. 3 Marlow that she was glad her father got a chance to coach.",
		"Hawks dismiss Barrow|The Hawks dismissed Lou Barrow on Monday and handed the team to general manager Ed Kemp for the rest of the season.|Kemp has never been an NBA coach.|Barrow went 140-131 in Oakport.",
	})
	groups := New(arts, Options{}).Groups()
	if grouped(groups, Member{0, []int{3}}, Member{1, []int{2}}) {
		t.Errorf("the daughter's words after a win and \"Kemp has never been an NBA coach\" are one group:%s", describe(arts, groups))
	}
	if !grouped(groups, Member{0, []int{1}}, Member{1, []int{1}}) {
		t.Errorf("the firing is not one group:%s", describe(arts, groups))
	}
}
