package tui

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// The golden screens draw a hand-written report, so they change only when
// the interface does, not when the engine's grouping improves.
var writeFixture = flag.Bool("fixture", false, "rewrite testdata/report.json from the hand-written fixture")

const fixturePath = "testdata/report.json"

type fxArticle struct {
	label, title, byline, date string
	paras                      [][]fxSentence
}

type fxSentence struct {
	text string
	role compare.Role
}

func fixtureArticles() []fxArticle {
	h := func(s string) fxSentence { return fxSentence{s, compare.RoleHeadline} }
	l := func(s string) fxSentence { return fxSentence{s, compare.RoleLede} }
	b := func(s string) fxSentence { return fxSentence{s, compare.RoleBody} }
	c := func(s string) fxSentence { return fxSentence{s, compare.RoleCaption} }
	return []fxArticle{
		{"Harbor Herald", "Port signs Blue Line deal", "By Ann Reyes", "2024-03-04", [][]fxSentence{
			{h("Port signs Blue Line deal")},
			{l("The port signed a deal with Blue Line on Monday."), l("It will add 400 jobs, the mayor said.")},
			{b("“This is a great day for the harbor,” Mayor Lin said."), b("Critics warned about traffic on Harbor Road.")},
			{c("Photo: Jo Smith/Herald")},
		}},
		{"Meridian Wire", "Blue Line wins port contract", "Staff", "", [][]fxSentence{
			{h("Blue Line wins port contract")},
			{l("Officials said 450 jobs would follow."), l("The port and Blue Line signed a deal Monday.")},
			{b("“A great day for the harbor,” Lin said."), b("The contract runs for ten years — 十年 in the company's Chinese filing 🚢.")},
		}},
		{"Coastline Daily Evening Edition Online", "Harbor deal draws praise and worry from residents along the waterfront", "", "", [][]fxSentence{
			{h("Harbor deal draws praise and worry")},
			{l("Blue Line and the port signed their agreement on Monday."), l("Residents near the docks fear\ttruck traffic.")},
			{b("The deal will create 400 jobs, according to the mayor.")},
		}},
	}
}

// fixtureGroups are the hand-made groups: kind and (article, sentence) members.
var fixtureGroups = []struct {
	kind    compare.GroupKind
	members [][2]int
}{
	{compare.KindShared, [][2]int{{0, 0}, {1, 0}}},
	{compare.KindShared, [][2]int{{0, 1}, {1, 2}, {2, 1}}},
	{compare.KindRelated, [][2]int{{0, 2}, {1, 1}, {2, 3}}},
	{compare.KindShared, [][2]int{{0, 3}, {1, 3}}},
	{compare.KindRelated, [][2]int{{0, 4}, {2, 2}}},
}

func buildFixture() *compare.Report {
	rep := &compare.Report{Version: compare.ReportVersion, Quotes: []compare.Quote{}, Facts: []compare.Fact{}}
	for _, fa := range fixtureArticles() {
		a := compare.Article{Label: fa.label, Source: fa.label + ".txt", Format: "text", Title: fa.title, Byline: fa.byline, Date: fa.date}
		var text strings.Builder
		for p, para := range fa.paras {
			if p > 0 {
				text.WriteString("\n\n")
			}
			for i, s := range para {
				if i > 0 {
					text.WriteString(" ")
				}
				start := text.Len()
				text.WriteString(s.text)
				a.Sentences = append(a.Sentences, compare.Sentence{Start: start, End: text.Len(), Text: s.text, Paragraph: p, Role: s.role, Nearest: []compare.Nearest{}})
			}
		}
		a.Text = text.String()
		rep.Articles = append(rep.Articles, a)
	}
	for gi, fg := range fixtureGroups {
		g := compare.Group{ID: "g" + string(rune('1'+gi)), Kind: fg.kind, Similarity: 0.9 - 0.1*float64(gi)}
		for _, m := range fg.members {
			g.Members = append(g.Members, compare.Member{Article: m[0], Sentences: []int{m[1]}})
			rep.Articles[m[0]].Sentences[m[1]].Group = &g.ID
		}
		ref := rep.Articles[fg.members[0][0]].Sentences[fg.members[0][1]].Text
		for _, m := range fg.members[1:] {
			to := rep.Articles[m[0]].Sentences[m[1]].Text
			g.Diff = append(g.Diff, compare.Diff{From: fg.members[0][0], To: m[0], Ops: compare.WordDiff(ref, to)})
		}
		rep.Groups = append(rep.Groups, g)
	}
	// Nearest: the best word overlap in each other article.
	for a := range rep.Articles {
		for s := range rep.Articles[a].Sentences {
			for b := range rep.Articles {
				if b == a {
					continue
				}
				best, bestSim := -1, 0.0
				for t, o := range rep.Articles[b].Sentences {
					if sim := jaccard(rep.Articles[a].Sentences[s].Text, o.Text); sim > bestSim {
						best, bestSim = t, sim
					}
				}
				if best >= 0 {
					rep.Articles[a].Sentences[s].Nearest = append(rep.Articles[a].Sentences[s].Nearest, compare.Nearest{Article: b, Sentence: best, Similarity: float64(int(bestSim*100)) / 100})
				}
			}
		}
	}
	quote := func(id string, a, s int, words, status, other, rel string) compare.Quote {
		sen := rep.Articles[a].Sentences[s]
		i := strings.Index(sen.Text, words)
		return compare.Quote{ID: id, Article: a, Sentence: s, Start: sen.Start + i, End: sen.Start + i + len(words), Text: words,
			Speaker: "Lin", Role: "mayor", Status: status, Matches: []compare.QuoteMatch{{Quote: other, Relation: rel}}}
	}
	rep.Quotes = append(rep.Quotes,
		quote("q1", 0, 3, "This is a great day for the harbor", "variant", "q2", "truncated"),
		quote("q2", 1, 3, "A great day for the harbor", "variant", "q1", "truncated"))
	mention := func(a, s int, words string, v float64) compare.FactMention {
		sen := rep.Articles[a].Sentences[s]
		i := strings.Index(sen.Text, words)
		return compare.FactMention{Article: a, Sentence: s, Start: sen.Start + i, End: sen.Start + i + len(words), Text: words, Value: v, Low: v, High: v, Unit: "jobs"}
	}
	rep.Facts = append(rep.Facts, compare.Fact{ID: "f1", Kind: "count", Status: "conflict", Mentions: []compare.FactMention{
		mention(0, 2, "400 jobs", 400), mention(1, 1, "450 jobs", 450), mention(2, 3, "400 jobs", 400)}})
	return rep
}

func jaccard(x, y string) float64 {
	wx, wy := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(x)) {
		wx[w] = true
	}
	for _, w := range strings.Fields(strings.ToLower(y)) {
		wy[w] = true
	}
	both := 0
	for w := range wx {
		if wy[w] {
			both++
		}
	}
	if n := len(wx) + len(wy) - both; n > 0 {
		return float64(both) / float64(n)
	}
	return 0
}

func TestFixture(t *testing.T) {
	if !*writeFixture {
		t.Skip("run with -fixture to rewrite " + fixturePath)
	}
	data, err := json.MarshalIndent(buildFixture(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(fixturePath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fixturePath, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// loadFixture reads the hand-written report the golden screens draw.
func loadFixture(t testing.TB) *compare.Report {
	t.Helper()
	data, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	var rep compare.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return &rep
}
