package tui

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
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
			{l("The port signed a $1.2 billion deal with Blue Line on Monday."), l("It will add 400 jobs, the mayor said.")},
			{b("“This is a great day for the harbor,” Mayor Lin said."), b("Critics warned about traffic on Harbor Road.")},
			{c("Photo: Jo Smith/Herald")},
		}},
		{"Meridian Wire", "Blue Line wins port contract", "Staff", "", [][]fxSentence{
			{h("Blue Line wins port contract")},
			{l("Officials claimed 450 jobs would follow."), l("The port and Blue Line signed a deal worth about $1.2 billion Monday.")},
			{b("“A great day for the whole harbor,” port director Vega said."), b("The contract runs for ten years — 十年 in the company's Chinese filing 🚢.")},
		}},
		{"Coastline Daily Evening Edition Online", "Harbor deal draws praise and worry from residents along the waterfront", "", "", [][]fxSentence{
			{h("Harbor deal draws praise and worry")},
			{l("Blue Line and the port reportedly signed a landmark agreement on Monday."), l("Residents near the docks fear\ttruck traffic.")},
			{b("The deal will create 400 jobs, according to the mayor.")},
			{b("The mayor said it was a great day for the harbor.")},
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
	{compare.KindShared, [][2]int{{0, 3}, {1, 3}, {2, 4}}},
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
	quote := func(id string, a, s int, words, speaker, role string, paraphrased ...compare.SentenceRef) compare.Quote {
		sen := rep.Articles[a].Sentences[s]
		i := strings.Index(sen.Text, words)
		return compare.Quote{ID: id, Article: a, Sentence: s, Start: sen.Start + i, End: sen.Start + i + len(words), Text: words,
			Speaker: speaker, Role: role, Status: "variant", ParaphrasedIn: paraphrased}
	}
	q1 := quote("q1", 0, 3, "This is a great day for the harbor", "Lin", "mayor", compare.SentenceRef{Article: 2, Sentence: 4})
	q2 := quote("q2", 1, 3, "A great day for the whole harbor", "Vega", "port director", compare.SentenceRef{Article: 2, Sentence: 4})
	// Meridian Wire gives the mayor's words, altered, to the port director.
	q1.Matches = []compare.QuoteMatch{{Quote: "q2", Relation: "altered", OtherSpeaker: true, Diff: compare.WordDiff(q1.Text, q2.Text)}}
	q2.Matches = []compare.QuoteMatch{{Quote: "q1", Relation: "altered", OtherSpeaker: true, Diff: compare.WordDiff(q2.Text, q1.Text)}}
	rep.Quotes = append(rep.Quotes, q1, q2)
	mention := func(a, s int, words string, v, lo, hi float64, unit string) compare.FactMention {
		sen := rep.Articles[a].Sentences[s]
		i := strings.Index(sen.Text, words)
		return compare.FactMention{Article: a, Sentence: s, Start: sen.Start + i, End: sen.Start + i + len(words), Text: words, Value: v, Low: lo, High: hi, Unit: unit}
	}
	name := func(a, s int, words string) compare.FactMention { return mention(a, s, words, 0, 0, 0, words) }
	rep.Facts = append(rep.Facts,
		compare.Fact{ID: "f1", Kind: "count", Status: "conflict", Mentions: []compare.FactMention{
			mention(0, 2, "400 jobs", 400, 399.5, 400.5, "job"), mention(1, 1, "450 jobs", 450, 449.5, 450.5, "job"), mention(2, 3, "400 jobs", 400, 399.5, 400.5, "job")}},
		compare.Fact{ID: "f2", Kind: "money", Status: "compatible", Mentions: []compare.FactMention{
			mention(0, 1, "$1.2 billion", 1.2e9, 1.15e9, 1.25e9, "USD"), mention(1, 2, "about $1.2 billion", 1.2e9, 1.08e9, 1.32e9, "USD")}},
		compare.Fact{ID: "f3", Kind: "org", Status: "shared", Mentions: []compare.FactMention{
			name(0, 0, "Blue Line"), name(0, 1, "Blue Line"), name(1, 0, "Blue Line"), name(1, 2, "Blue Line"), name(2, 1, "Blue Line")}},
		compare.Fact{ID: "f4", Kind: "count", Status: "unique", Mentions: []compare.FactMention{
			mention(1, 4, "ten years", 10, 9.5, 10.5, "year")}})
	addFraming(rep)
	addSummaries(rep)
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

// fixtureMarkers are the framing markers of the hand-made groups, in the
// members' own words (the report leaves out words inside quotation marks).
var fixtureMarkers = []struct {
	a, s                    int
	text, kind, lemma, tone string
}{
	{1, 0, "wins", "loaded", "win", "positive"},
	{2, 1, "reportedly", "hedge", "reportedly", ""},
	{2, 1, "landmark", "loaded", "landmark", "positive"},
	{0, 2, "said", "attribution", "say", "neutral"},
	{1, 1, "claimed", "attribution", "claim", "doubt"},
	{2, 3, "according to", "attribution", "according to", "neutral"},
	{0, 3, "said", "attribution", "say", "neutral"},
	{1, 3, "said", "attribution", "say", "neutral"},
	{2, 4, "said", "attribution", "say", "neutral"},
	{2, 4, "great", "loaded", "great", "positive"},
	{0, 4, "warned", "attribution", "warn", "assertion"},
	{2, 2, "fear", "loaded", "fear", "negative"},
}

// addFraming gives each group its framing markers, Distinct where another
// member lacks the kind and lemma, and where each member sits.
func addFraming(rep *compare.Report) {
	for gi := range rep.Groups {
		g := &rep.Groups[gi]
		g.Framing, g.Prominence = []compare.Marker{}, []compare.Position{}
		has := map[int]map[string]bool{}
		for _, m := range g.Members {
			has[m.Article] = map[string]bool{}
			for _, fm := range fixtureMarkers {
				if fm.a == m.Article && slices.Contains(m.Sentences, fm.s) {
					has[m.Article][fm.kind+"/"+fm.lemma] = true
				}
			}
		}
		for _, m := range g.Members {
			sen := rep.Articles[m.Article].Sentences[m.Sentences[0]]
			place := fmt.Sprintf("paragraph %d", sen.Paragraph+1)
			if sen.Role == compare.RoleHeadline || sen.Role == compare.RoleLede {
				place = string(sen.Role)
			}
			g.Prominence = append(g.Prominence, compare.Position{Article: m.Article, Place: place, Paragraph: sen.Paragraph})
			for _, fm := range fixtureMarkers {
				if fm.a != m.Article || !slices.Contains(m.Sentences, fm.s) {
					continue
				}
				s := rep.Articles[fm.a].Sentences[fm.s]
				i := s.Start + strings.Index(s.Text, fm.text)
				distinct := false
				for _, o := range g.Members {
					distinct = distinct || !has[o.Article][fm.kind+"/"+fm.lemma]
				}
				g.Framing = append(g.Framing, compare.Marker{Article: fm.a, Kind: fm.kind, Text: fm.text, Lemma: fm.lemma, Tone: fm.tone,
					Start: i, End: i + len(fm.text), Distinct: distinct})
			}
		}
	}
}

// addSummaries fills each article's summary from the fixture's groups,
// quotes and markers.
func addSummaries(rep *compare.Report) {
	for a := range rep.Articles {
		art := &rep.Articles[a]
		sum := compare.Summary{Coverage: []bool{}, Omitted: []string{}, Speakers: []compare.SpeakerCount{}, Framing: map[string]int{}}
		var all, own int
		for _, s := range art.Sentences {
			if !s.Role.Alignable() {
				continue
			}
			all += len(s.Text)
			switch {
			case s.Group == nil:
				sum.Unique++
				own += len(s.Text)
			case rep.Groups[slices.IndexFunc(rep.Groups, func(g compare.Group) bool { return g.ID == *s.Group })].Kind == compare.KindRelated:
				sum.Related++
			default:
				sum.Shared++
			}
		}
		sum.Originality = math.Round(float64(own)/float64(all)*1000) / 1000
		for _, g := range rep.Groups {
			in := slices.ContainsFunc(g.Members, func(m compare.Member) bool { return m.Article == a })
			sum.Coverage = append(sum.Coverage, in)
			if !in {
				sum.Omitted = append(sum.Omitted, g.ID)
			}
			for _, mk := range g.Framing {
				if mk.Article == a {
					sum.Framing[mk.Kind]++
					if mk.Tone != "" {
						sum.Framing[mk.Kind+"/"+mk.Tone]++
					}
				}
			}
		}
		for _, q := range rep.Quotes {
			if q.Article != a {
				continue
			}
			if i := slices.IndexFunc(sum.Speakers, func(sc compare.SpeakerCount) bool { return sc.Speaker == q.Speaker }); i >= 0 {
				sum.Speakers[i].Quotes++
			} else {
				sum.Speakers = append(sum.Speakers, compare.SpeakerCount{Speaker: q.Speaker, Quotes: 1})
			}
		}
		art.Summary = sum
	}
}
