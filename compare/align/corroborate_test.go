package align

import (
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// Five outlets on the Orlin council's bridge vote. Four tell the vote, in
// their fourth paragraph, in much the same words; the fifth rewords it
// ("backed the Hessel shutdown by a wide margin") and shares too little
// with any one of them to link (IDF mass 0.14 to 0.20, the model calling
// each pair unrelated), yet each of the four is its best match and it is
// theirs.
var hesselArticles = []string{
	"H:Orlin council shuts Hessel bridge|L:The Orlin city council voted on Monday to close the Hessel Street bridge for a year of repairs.|Mayor Ines Varga said the detour through Calder Road would add ten minutes for commuters.|The council voted 7-2 to close the Hessel Street bridge from March while crews replace its steel deck.|Repairs are expected to cost $18 million, paid from a state grant.",
	"H:Hessel Street bridge to close for repairs|L:Orlin's council has voted to shut the Hessel Street bridge for repairs next year.|Drivers will be sent along Calder Road, which Mayor Ines Varga said adds about ten minutes.|By a 7-2 vote, the council agreed to close the Hessel Street bridge from March so crews can replace the steel deck.|The $18 million job is covered by a state grant.",
	"H:Bridge closure approved in Orlin|L:Councillors in Orlin approved a year-long closure of the Hessel Street bridge on Monday.|Varga said the Calder Road detour would cost commuters about ten minutes.|The council voted 7-2 to close the bridge from March and replace its steel deck.|A state grant will pay the $18 million bill.",
	"H:Orlin votes to close Hessel bridge|L:The Hessel Street bridge in Orlin will close for a year, the city council decided Monday.|Mayor Varga said the Calder Road detour adds ten minutes to the commute.|In a 7-2 vote the council chose to close the Hessel Street bridge from March while its steel deck is replaced.|The repairs, costing $18 million, come from a state grant.",
	"H:Orlin backs bridge repair plan|L:Orlin will mend its oldest river crossing after a Monday council meeting.|Commuters face a Calder Road detour of about ten minutes, Varga warned.|Councillors backed the Hessel shutdown by a wide margin, and welders will start on its steel deck in spring.|The state is paying the $18 million bill.",
}

// groupsOf aligns arts with the engine's settings changed by set and
// returns, per group, its members as article*100+sentence, in order.
func groupsOf(arts []Article, set func(*engine)) [][]int {
	e := newEngine(arts, &textsim.Default)
	set(e)
	var out [][]int
	for _, g := range (&Alignment{e: e}).Groups() {
		var ms []int
		for _, m := range g.Members {
			for _, s := range m.Sentences {
				ms = append(ms, m.Article*100+s)
			}
		}
		out = append(out, ms)
	}
	return out
}

// hesselVote is the fifth outlet's rewording of the vote, as
// article*100+sentence.
const hesselVote = 403

// TestLonerCorroboratedByManyOutletsJoinsTheirGroup: the fifth outlet's
// rewording joins the group of the four (joinCorroborated); without the
// pass it is left alone, a fact "only in one article" that every outlet
// reports.
func TestLonerCorroboratedByManyOutletsJoinsTheirGroup(t *testing.T) {
	arts := roleArticles(hesselArticles)
	want := []int{3, 103, 203, 303, hesselVote}
	if g := groupsOf(arts, func(*engine) {}); !slices.ContainsFunc(g, func(m []int) bool { return slices.Equal(m, want) }) {
		t.Errorf("groups %v, want one of %v", g, want)
	}
	if g := groupsOf(arts, func(e *engine) { e.corrobMin = 0 }); slices.ContainsFunc(g, func(m []int) bool { return slices.Contains(m, hesselVote) }) {
		t.Errorf("without the pass the rewording is grouped (%v); the case tests nothing", g)
	}
}

// TestLonerMatchedInTwoArticlesStaysAlone: among three of the outlets the
// rewording is the mutual best match of two members only, too few
// (corrobMin): in a comparison of three articles two such pairs are no
// more than two weak links.
func TestLonerMatchedInTwoArticlesStaysAlone(t *testing.T) {
	arts := roleArticles([]string{hesselArticles[0], hesselArticles[1], hesselArticles[4]})
	for _, g := range groupsOf(arts, func(*engine) {}) {
		if slices.Contains(g, 203) {
			t.Errorf("the rewording joined %v on two matches", g)
		}
	}
	if g := groupsOf(arts, func(e *engine) { e.corrobMin = 2 }); !slices.ContainsFunc(g, func(m []int) bool { return slices.Contains(m, 203) }) {
		t.Errorf("with two matches enough the rewording stays alone (%v); the case tests nothing", g)
	}
}

// TestNarrationDoesNotJoinAGroupOfQuotes: where the four outlets' members
// quote the mayor, the fifth outlet's narrated rewording is no retelling
// of her words and stays alone.
func TestNarrationDoesNotJoinAGroupOfQuotes(t *testing.T) {
	arts := roleArticles(hesselArticles)
	sp := make([][]Speaker, len(arts))
	for ai, a := range arts {
		sp[ai] = make([]Speaker, len(a.Sentences))
		if ai < 4 {
			sp[ai][3] = Speaker{Name: "Ines Varga"}
		}
	}
	g := groupsOf(arts, func(e *engine) { e.speakers = sp })
	if slices.ContainsFunc(g, func(m []int) bool { return slices.Contains(m, hesselVote) }) {
		t.Errorf("the narrated rewording joined the quotes: %v", g)
	}
}
