package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// docs makes one article per argument; each article's paragraphs are
// separated by "|".
func docs(texts ...string) []*ingest.Document {
	var out []*ingest.Document
	for i, t := range texts {
		d := &ingest.Document{Label: string(rune('A' + i)), Format: "text"}
		for _, p := range strings.Split(t, "|") {
			d.Paragraphs = append(d.Paragraphs, ingest.Paragraph{Text: p, Kind: ingest.KindParagraph})
		}
		out = append(out, d)
	}
	return out
}

// members returns, for the group holding sentence s of article a, the
// article index of each member and its sentence count.
func members(r *Report, a, s int) map[int]int {
	id := groupOf(r, a, s)
	for _, g := range r.Groups {
		if g.ID == id {
			out := map[int]int{}
			for _, m := range g.Members {
				out[m.Article] = len(m.Sentences)
			}
			return out
		}
	}
	return nil
}

func TestAlignmentIgnoresOrder(t *testing.T) {
	r := Compare(docs(
		"The harbor board approved the Norvanta terminal lease on Monday.|Protesters from Save Our Sound gathered outside the hearing room.|The mayor praised the deal as a turning point for the waterfront.",
		"The mayor praised the deal as a turning point for the waterfront.|Protesters from Save Our Sound gathered outside the hearing room.|On Monday the harbor board approved the Norvanta terminal lease.",
	), Options{})
	for _, c := range [][2]int{{0, 2}, {1, 1}, {2, 0}} {
		if g := groupOf(r, 0, c[0]); g == "" || g != groupOf(r, 1, c[1]) {
			t.Errorf("sentence %d of A and %d of B (the same fact, reordered) are not one group", c[0], c[1])
		}
	}
}

func TestFactTheFirstArticleLacksStillGroups(t *testing.T) {
	r := Compare(docs(
		"Weather delayed the ferry schedule across the bay on Tuesday.",
		"Norvanta will build a $1.2 billion container terminal at Pier 9, the port said.",
		"The port said Norvanta will build a $1.2 billion container terminal at Pier 9.",
	), Options{})
	if g := groupOf(r, 1, 0); g == "" || g != groupOf(r, 2, 0) {
		t.Fatalf("B and C report the same fact but are not grouped (A, the first article, lacks it)")
	}
	if groupOf(r, 0, 0) != "" {
		t.Errorf("A's unrelated sentence joined a group")
	}
}

func TestChainOfDifferentFactsIsSplit(t *testing.T) {
	// B joins A's fact and C's fact in one sentence; A and C share nothing.
	r := Compare(docs(
		"The harbor board approved the Norvanta terminal lease on Monday.",
		"The harbor board approved the Norvanta terminal lease on Monday, and dockworkers at Local 31 staged a noisy protest against automation.",
		"Dockworkers at Local 31 staged a noisy protest against automation.",
	), Options{})
	if g := groupOf(r, 0, 0); g != "" && g == groupOf(r, 2, 0) {
		t.Errorf("A and C report different facts but share group %s through B", g)
	}
}

func TestOneToManySplit(t *testing.T) {
	r := Compare(docs(
		"The harbor board approved the Norvanta terminal lease on Monday, and the first container ships are due to berth at Pier 9 in 2029.|A ferry strike closed the north landing.",
		"A ferry strike closed the north landing.|The harbor board approved the Norvanta terminal lease on Monday. The first container ships are due to berth at Pier 9 in 2029.",
	), Options{})
	m := members(r, 0, 0)
	if m == nil || m[1] != 2 {
		t.Errorf("B tells in two consecutive sentences what A tells in one; members %v, want B with 2 sentences", m)
	}
}

func TestCaptionsAndBoilerplateNeverGroup(t *testing.T) {
	r := Compare(docs(
		"Port approves terminal|Cranes at Pier 9 on Monday. (Ines Moravec/Harbor Herald)|Follow me @reporter on Twitter",
		"Port approves terminal|Cranes at Pier 9 on Monday. (Ines Moravec/Harbor Herald)|Follow me @reporter on Twitter",
	), Options{})
	for ai, a := range r.Articles {
		for _, s := range a.Sentences {
			if !s.Role.Alignable() && s.Group != nil {
				t.Errorf("article %d: %s %q is in group %s", ai, s.Role, s.Text, *s.Group)
			}
		}
	}
}
