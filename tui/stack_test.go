package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// invented builds a report by hand: each article's sentences (the first a
// headline) and the groups, each a list of (article, sentence) members.
func invented(articles map[string][]string, order []string, groups [][][2]int) *compare.Report {
	rep := &compare.Report{Version: compare.ReportVersion, Quotes: []compare.Quote{}, Facts: []compare.Fact{}}
	for _, label := range order {
		art := compare.Article{Label: label, Source: strings.ToLower(strings.ReplaceAll(label, " ", "-")) + ".txt", Format: "text"}
		var text strings.Builder
		for s, t := range articles[label] {
			if s > 0 {
				text.WriteString("\n\n")
			}
			role := compare.RoleBody
			if s == 0 {
				role = compare.RoleHeadline
			}
			start := text.Len()
			text.WriteString(t)
			art.Sentences = append(art.Sentences, compare.Sentence{Start: start, End: text.Len(), Text: t, Paragraph: s, Role: role})
		}
		art.Text = text.String()
		rep.Articles = append(rep.Articles, art)
	}
	for gi, g := range groups {
		id := fmt.Sprintf("g%d", gi)
		grp := compare.Group{ID: id, Kind: compare.KindShared, Similarity: 0.9}
		for _, m := range g {
			grp.Members = append(grp.Members, compare.Member{Article: m[0], Sentences: []int{m[1]}})
			rep.Articles[m[0]].Sentences[m[1]].Group = &id
		}
		rep.Groups = append(rep.Groups, grp)
	}
	return rep
}

// councilSentence is a long invented sentence, several lines in a pane.
func councilSentence(outlet string, n int) string {
	return fmt.Sprintf("At its %s sitting the Marrow County council went over the ferry timetable, the bridge tolls, the dredging contract for the harbour and the new bus depot, %s reports (item %d).",
		[]string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh"}[n%7], outlet, n)
}

// checkAligned asserts what every aligned layout keeps: each pane draws
// every sentence once, in its article's order, and each group drawn as an
// anchor starts on one line in every pane that has it.
func checkAligned(t *testing.T, m Model) {
	t.Helper()
	for _, pn := range m.lay.panes {
		last := -1
		for s, top := range pn.sentTop {
			if top < 0 {
				t.Errorf("%s: sentence %d is not drawn", m.ix.rep.Articles[pn.article].Label, s)
			} else if top <= last {
				t.Errorf("%s: sentence %d starts on line %d, above the one before it (%d)", m.ix.rep.Articles[pn.article].Label, s, top, last)
			}
			last = max(last, top)
		}
	}
	for _, r := range m.lay.interleave(m.ix, m.lay.anchorRows(m.ix)) {
		top := -1
		for _, pn := range m.lay.panes {
			if c := m.ix.rows[r].cells[pn.article]; len(c) > 0 {
				if top >= 0 && pn.sentTop[c[0]] != top {
					t.Errorf("row %d starts on lines %d and %d", r, top, pn.sentTop[c[0]])
				}
				top = pn.sentTop[c[0]]
			}
		}
	}
}

// With three panes, Lakeside Post opens with a headline and a lede of its
// own before its first shared fact, while the other two share five facts
// first. Its headline is on the first screen, beside theirs; the rows'
// order put it below those five facts (line 44 of a 34-line screen).
func TestPaneOpensAtTheTop(t *testing.T) {
	arts := map[string][]string{
		"Valley Courier": {"Council backs harbour plan"},
		"Ridge Gazette":  {"Harbour plan wins council vote"},
		"Lakeside Post": {"Lakeside waits on the ferry", "Ferry riders on the lake shore say nobody asked them about the timetable, and several said they would write to the council before the next sitting.",
			councilSentence("the Post", 6)},
	}
	var groups [][][2]int
	for n := 1; n <= 5; n++ {
		arts["Valley Courier"] = append(arts["Valley Courier"], councilSentence("the Courier", n))
		arts["Ridge Gazette"] = append(arts["Ridge Gazette"], councilSentence("the Gazette", n))
		groups = append(groups, [][2]int{{0, n}, {1, n}})
	}
	arts["Valley Courier"] = append(arts["Valley Courier"], councilSentence("the Courier", 6))
	arts["Ridge Gazette"] = append(arts["Ridge Gazette"], councilSentence("the Gazette", 6))
	groups = append(groups, [][2]int{{0, 6}, {1, 6}, {2, 2}})
	rep := invented(arts, []string{"Valley Courier", "Ridge Gazette", "Lakeside Post"}, groups)
	m := newTestModel(t, rep, 120, 40)
	if len(m.lay.panes) != 3 {
		t.Fatalf("%d panes at 120 columns, want 3", len(m.lay.panes))
	}
	checkAligned(t, m)
	if top, body := m.lay.panes[2].sentTop[0], m.bodyHeight(); top >= body {
		t.Errorf("Lakeside Post's headline starts on line %d, not on the first screen (%d lines)", top, body)
	}
}

// A sentence of the third article grouped with an early sentence of the
// first, but told after a fact it shares later (so that group is not lined
// up), is drawn after that shared fact, in its article's order: the rows'
// order drew it above it, beside the first article's early sentence.
func TestPaneKeepsItsOrderPastOthersAnchors(t *testing.T) {
	arts := map[string][]string{
		"Valley Courier": {"Council backs harbour plan", "The ferry will run every half hour from May.",
			councilSentence("the Courier", 2), councilSentence("the Courier", 3)},
		"Ridge Gazette": {"Harbour plan wins council vote", councilSentence("the Gazette", 2), "A half-hourly ferry starts in May."},
		"Lakeside Post": {"Lakeside waits on the ferry", councilSentence("the Post", 3), "From May the ferry runs every half hour."},
	}
	groups := [][][2]int{
		{{0, 0}, {1, 0}, {2, 0}},
		{{0, 1}, {1, 2}, {2, 2}}, // after the next in the Gazette's order, the last in the Post's
		{{0, 2}, {1, 1}},
		{{0, 3}, {2, 1}},
	}
	rep := invented(arts, []string{"Valley Courier", "Ridge Gazette", "Lakeside Post"}, groups)
	m := newTestModel(t, rep, 120, 40)
	checkAligned(t, m)
}

// With four panes, two pairs of articles on look-alike events share no
// fact across the pairs. The second pair's shared headline comes near the
// top, not after every row of the first pair (the rows' order drew it
// below them, both panes blank for the whole first screen).
func TestDisjointPairsInterleave(t *testing.T) {
	arts := map[string][]string{
		"Valley Courier": {"Council backs harbour plan"},
		"Ridge Gazette":  {"Mill fire closes river road", "The fire at the old paper mill burned through the night, and the river road stays shut while crews check the walls."},
		"Lakeside Post":  {"Harbour plan wins council vote"},
		"Summit Herald":  {"River road shut after mill fire", "Crews fought the blaze at the paper mill until dawn; the river road remains closed while engineers inspect the building."},
	}
	groups := [][][2]int{{{0, 0}, {2, 0}}}
	for n := 1; n <= 6; n++ {
		arts["Valley Courier"] = append(arts["Valley Courier"], councilSentence("the Courier", n))
		arts["Lakeside Post"] = append(arts["Lakeside Post"], councilSentence("the Post", n))
		groups = append(groups, [][2]int{{0, n}, {2, n}})
	}
	groups = append(groups, [][2]int{{1, 0}, {3, 0}}, [][2]int{{1, 1}, {3, 1}})
	rep := invented(arts, []string{"Valley Courier", "Ridge Gazette", "Lakeside Post", "Summit Herald"}, groups)
	m := newTestModel(t, rep, 160, 45)
	if len(m.lay.panes) != 4 {
		t.Fatalf("%d panes at 160 columns, want 4", len(m.lay.panes))
	}
	checkAligned(t, m)
	body := m.bodyHeight()
	for _, p := range []int{1, 3} {
		if top := m.lay.panes[p].sentTop[0]; top >= body {
			t.Errorf("%s's headline starts on line %d, not on the first screen (%d lines)", m.ix.rep.Articles[p].Label, top, body)
		}
	}
}
