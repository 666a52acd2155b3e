package tui

import (
	"cmp"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// crossedReport is four invented articles on a depot fire whose outlets
// order one fact differently: the Ledger tells the firebombing far down,
// the Post and the Courier in their headlines. The two long facts all four
// open with are the aligned view's anchors; the firebombing's row is not,
// so its members are drawn far apart, each in its article's own order.
// The Courier tells a second firebombing, its own, far down.
func crossedReport() *compare.Report {
	filler := func(outlet string, n int) []string {
		var out []string
		for i := range n {
			out = append(out, fmt.Sprintf("The %s's reporter %d spoke to residents of the harbour district about the night the depot burned and the days after it.", outlet, i+1))
		}
		return out
	}
	open := []string{
		"Fire crews from three counties fought the blaze at the Dunmore fuel depot for eleven hours before it was brought under control on Saturday morning.",
		"The depot's owner, Corran Oil, said all forty staff on the night shift had been accounted for and that no fuel had reached the river.",
	}
	ledger := append([]string{"Depot fire brought under control"}, open...)
	ledger = append(ledger, filler("Ledger", 10)...)
	ledger = append(ledger, "A fire station in Dunmore was firebombed on Friday night.", "Police have made no arrests.")
	post := append([]string{"Dunmore fire station attacked"}, open...)
	post = append(post, filler("Post", 6)...)
	courier := append([]string{"Station attack in Dunmore"}, open...)
	courier = append(courier, filler("Courier", 8)...)
	courier = append(courier, "Two parked cars were firebombed in the next street an hour later.")
	gazette := append([]string{"Eleven hours to tame depot blaze"}, open...)
	gazette = append(gazette, filler("Gazette", 12)...)
	return handReport([]string{"Gazette", "Ledger", "Post", "Courier"}, [][]string{gazette, ledger, post, courier},
		[]compare.GroupKind{compare.KindShared, compare.KindShared, compare.KindRelated},
		[][][2]int{
			{{0, 1}, {1, 1}, {2, 1}, {3, 1}},
			{{0, 2}, {1, 2}, {2, 2}, {3, 2}},
			{{1, 13}, {2, 0}, {3, 0}},
		})
}

// handReport is a report of articles given as sentences, one paragraph
// each, the first a headline, with the groups given as (article, sentence)
// members.
func handReport(labels []string, arts [][]string, kinds []compare.GroupKind, groups [][][2]int) *compare.Report {
	rep := &compare.Report{Version: compare.ReportVersion, Quotes: []compare.Quote{}, Facts: []compare.Fact{}}
	for a, sents := range arts {
		art := compare.Article{Label: labels[a], Source: labels[a] + ".txt", Format: "text", Title: sents[0]}
		var text strings.Builder
		for p, s := range sents {
			if p > 0 {
				text.WriteString("\n\n")
			}
			role := compare.RoleBody
			if p == 0 {
				role = compare.RoleHeadline
			}
			start := text.Len()
			text.WriteString(s)
			art.Sentences = append(art.Sentences, compare.Sentence{Start: start, End: text.Len(), Text: s, Paragraph: p, Role: role, Nearest: []compare.Nearest{}})
		}
		art.Text = text.String()
		rep.Articles = append(rep.Articles, art)
	}
	for gi, members := range groups {
		g := compare.Group{ID: fmt.Sprintf("g%d", gi+1), Kind: kinds[gi], Similarity: 0.5, Framing: []compare.Marker{}, Prominence: []compare.Position{}}
		for _, m := range members {
			g.Members = append(g.Members, compare.Member{Article: m[0], Sentences: []int{m[1]}})
			rep.Articles[m[0]].Sentences[m[1]].Group = &g.ID
		}
		rep.Groups = append(rep.Groups, g)
	}
	addSummaries(rep)
	return rep
}

// hitShown reports whether the screen shows a line of pane p's text
// holding word, with the focus bar beside it.
func hitShown(m Model, p int, word string) bool {
	x := 0
	for q := range p {
		x += m.lay.panes[q].width + 1
	}
	w := m.lay.panes[p].width
	for _, line := range strings.Split(ansi.Strip(m.View().Content), "\n")[headerHeight:] {
		cell := ansi.Cut(line, x, x+w)
		if strings.Contains(cell, word) && strings.HasPrefix(cell, markFocus) {
			return true
		}
	}
	return false
}

// A search lands on the sentence that holds the match, wherever the
// aligned view draws it: it scrolls there, focuses the pane of its article
// (bringing the article into one when it is not shown), and draws that
// match as the current one; n and N do the same for each match. Where the
// outlets order the fact differently, the match's row is spread down the
// screen, and landing on the row would show another outlet's headline.
func TestSearchLandsOnTheMatch(t *testing.T) {
	rep := crossedReport()
	for _, size := range [][2]int{{160, 45}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, rep, size[0], size[1])
			m = press(m, "/")
			m = typeText(m, "firebombed")
			m = press(m, "enter")
			// The words of each match's sentence, by article.
			words := map[int]string{1: "Dunmore was", 3: "Two parked cars were"}
			var seen []int
			check := func(step string, match int) {
				t.Helper()
				v := ansi.Strip(m.View().Content)
				if want := fmt.Sprintf("match %d of 2", match); !strings.Contains(v, want) {
					t.Errorf("%s: the status bar does not say %q:\n%s", step, want, v)
				}
				if m.hit != match-1 {
					t.Fatalf("%s: at match %d, want %d", step, m.hit+1, match)
				}
				article := m.hits[m.hit].article
				seen = append(seen, article)
				if m.focus >= len(m.lay.panes) || m.lay.panes[m.focus].article != article {
					t.Fatalf("%s: the focused pane is not %s's", step, rep.Articles[article].Label)
				}
				if !hitShown(m, m.focus, words[article]) {
					t.Errorf("%s: %s's %q is not on screen with the focus bar:\n%s", step, rep.Articles[article].Label, words[article], v)
				}
				if !strings.Contains(m.View().Content, m.styles.Text[tsSearchAt].Render("firebombed")) {
					t.Errorf("%s: the match is not drawn as the current one", step)
				}
			}
			check("the search", 1)
			m = press(m, "n")
			check("n", 2)
			m = press(m, "N")
			check("N", 1)
			m = press(m, "N")
			check("N past the first", 2)
			if seen[0] == seen[1] || seen[0] != seen[2] || seen[1] != seen[3] {
				t.Errorf("n and N visit the matches in articles %v", seen)
			}
		})
	}
}

func TestSearchLandsOnTheMatchGolden(t *testing.T) {
	m := newTestModel(t, crossedReport(), 120, 30)
	m = press(m, "/")
	m = typeText(m, "firebombed")
	m = press(m, "enter")
	checkGolden(t, "search-crossed-120x30", ansi.Strip(m.View().Content))
}

// A search finds words however the article spaces and punctuates them: a
// non-breaking or thin space, as pasted web copy has, matches the space
// typed, a straight quote a curly one, and the match covers the article's
// own bytes; case is ignored as before.
func TestSearchFindsTextWithANonBreakingSpace(t *testing.T) {
	text := "The Meeting\u00a0comes amid talks; the meeting\u2009comes\u00a0first. Straße meeting comes."
	hits := findAll(text, "meeting comes")
	var got []string
	for _, h := range hits {
		got = append(got, text[h[0]:h[1]])
	}
	want := []string{"Meeting\u00a0comes", "meeting\u2009comes", "meeting comes"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("found %q, want %q", got, want)
	}
	// Straight marks typed find curly ones and dashes.
	text = "Alibaba’s “Notorious Markets” list, an e‑commerce giant — it says"
	for _, q := range []string{"alibaba's", `"notorious`, "e-commerce", "giant - it"} {
		if h := findAll(text, q); len(h) != 1 {
			t.Errorf("%q: %d matches in %q", q, len(h), text)
		}
	}
	rep := handReport([]string{"Wire", "Paper"}, [][]string{
		{"Deal agreed", "The meeting comes amid talks on trade."},
		{"Deal agreed", "The meeting\u00a0comes amid talks on trade."},
	}, []compare.GroupKind{compare.KindShared, compare.KindShared}, [][][2]int{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}})
	m := newTestModel(t, rep, 100, 24)
	m = press(m, "/")
	m = typeText(m, "meeting comes")
	m = press(m, "enter")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "match 1 of 2") {
		t.Errorf("the status bar does not say match 1 of 2:\n%s", v)
	}
}

// A search typed without accents finds a name written with them, as the
// report already treats "Siân" and "Sian" as one name; the match covers
// the article's own letters, and a query with the accent finds both too.
func TestSearchFoldsAccents(t *testing.T) {
	text := "Mayor Siân Ellery-Nørgaard met Sian Ellery; SIÂN spoke, then Łukasz."
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"sian", []string{"Siân", "Sian", "SIÂN"}},
		{"Siân", []string{"Siân", "Sian", "SIÂN"}},
		{"norgaard", []string{"Nørgaard"}},
		{"lukasz", []string{"Łukasz"}},
	} {
		var got []string
		for _, h := range findAll(text, c.query) {
			got = append(got, text[h[0]:h[1]])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q found %q, want %q", c.query, got, c.want)
		}
	}
	rep := handReport([]string{"Wire", "Paper"}, [][]string{
		{"Mayor speaks", "Siân Ellery said the bridge would reopen."},
		{"Mayor speaks", "Sian Ellery said the bridge would reopen."},
	}, []compare.GroupKind{compare.KindShared, compare.KindShared}, [][][2]int{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}})
	m := newTestModel(t, rep, 100, 24)
	m = press(m, "/")
	m = typeText(m, "Sian")
	m = press(m, "enter")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "match 1 of 2") {
		t.Errorf("the status bar does not say match 1 of 2:\n%s", v)
	}
}

// With more articles than panes, the matches are numbered as the screen
// draws them, as n numbers the items: those in the panes top to bottom
// (on a line, left to right), and one in an article not shown after every
// match the view with every article in a pane draws before it. In the
// rows' order, "match 3 of 9" could be drawn above "match 2", and n went
// up the screen.
func TestSearchNumbersMatchesAsDrawnWithArticlesHidden(t *testing.T) {
	reps := map[string]*compare.Report{"fixture": loadFixture(t), "demo": compareFiles(t, demoPaths(t)...)}
	for name, rep := range reps {
		for _, w := range []int{80, 100} {
			for _, q := range []string{"the", "port", "said", "a", "in", "terminal"} {
				m := newTestModel(t, rep, w, 24)
				if len(m.lay.panes) >= len(rep.Articles) {
					t.Fatalf("%s at %d columns shows every article: the test needs one hidden", name, w)
				}
				m = m.runSearch(q)
				m = press(m, "g") // the panes the search began in, from the top
				type key struct{ top, pane int }
				var drawn []key
				for _, h := range m.hits {
					if p := m.paneOf(h.article); p >= 0 {
						drawn = append(drawn, key{m.lay.panes[p].sentTop[h.sentence], p})
					}
				}
				for i := 1; i < len(drawn); i++ {
					if a, b := drawn[i-1], drawn[i]; b.top < a.top || b.top == a.top && b.pane < a.pane {
						t.Errorf("%s, %d columns, /%s: a match drawn on line %d (pane %d) is numbered after one on line %d (pane %d)", name, w, q, b.top, b.pane, a.top, a.pane)
						break
					}
				}
				// A hidden match comes after every shown one that the full
				// view draws before it.
				full := m.ix.fullOrder.sentTop
				before := func(g, h match) bool { // the full view draws g first
					return cmp.Or(cmp.Compare(full[g.article][g.sentence], full[h.article][h.sentence]), cmp.Compare(g.article, h.article), cmp.Compare(g.sentence, h.sentence), cmp.Compare(g.off, h.off)) < 0
				}
				for i, h := range m.hits {
					if m.paneOf(h.article) >= 0 {
						continue
					}
					for _, g := range m.hits[i+1:] {
						if m.paneOf(g.article) >= 0 && before(g, h) {
							t.Errorf("%s, %d columns, /%s: a match in %s comes before one on screen the full view draws first", name, w, q, rep.Articles[h.article].Label)
							break
						}
					}
				}
			}
		}
	}
}

// A search that finds nothing leaves the editor on the item they had, with
// its focus bar, so that esc, %, x or enter still act on it (it dropped the
// current item: "no current item: n chooses one"), and the status bar says
// so once ("/zebra: no matches │ no matches for zebra" said it twice).
func TestSearchWithNoMatchKeepsTheItem(t *testing.T) {
	m := press(newTestModel(t, crossedReport(), 80, 24), "n")
	cur, row := m.cur, m.curRow
	if cur < 0 {
		t.Fatal("n chose no item")
	}
	m = press(m, search("zebra")...)
	if m.cur != cur || m.curRow != row {
		t.Errorf("after a search with no match: item %d row %d, want item %d row %d", m.cur, m.curRow, cur, row)
	}
	if v := ansi.Strip(m.View().Content); strings.Count(v, "no matches") != 1 || !strings.Contains(v, "▌") {
		t.Errorf("the screen says \"no matches\" %d times, want once (\"/zebra: no matches\"), or lacks the focus bar:\n%s", strings.Count(v, "no matches"), v)
	}
	if v := ansi.Strip(m.View().Content); strings.Contains(v, "next match") {
		t.Errorf("with no match the hint line still offers the next match:\n%s", v)
	}
	if n := press(m, "n"); n.cur == cur || strings.Contains(ansi.Strip(n.View().Content), "no matches for") {
		t.Errorf("n after a search with no match: item %d (was %d), note %q; want the next item", n.cur, cur, n.note)
	}
	m = press(m, "esc")
	if m.cur != cur {
		t.Errorf("esc after the search: item %d, want %d", m.cur, cur)
	}
}

// A second search starts from an empty box, as in less and vim: typing
// "/" then "courier" after a search for "depot" searches for "courier"
// (the box used to open holding "depot", so the editor got "depotcourier"
// and no matches). The last search stands dim in the box, and enter on
// the empty box runs it again.
func TestSearchAgainStartsEmpty(t *testing.T) {
	m := newTestModel(t, crossedReport(), 80, 24)
	m = press(typeText(press(m, "/"), "depot"), "enter")
	if m.query != "depot" || len(m.hits) == 0 {
		t.Fatalf("/depot: query %q, %d matches", m.query, len(m.hits))
	}
	m = press(m, "/")
	if v := m.input.Value(); v != "" {
		t.Errorf("the search box opens holding %q, want it empty", v)
	}
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "depot") || !strings.Contains(v, "search again") {
		t.Errorf("the empty box neither shows the last search nor offers it again:\n%s", v)
	}
	again := press(m, "enter")
	if again.query != "depot" || len(again.hits) == 0 {
		t.Errorf("enter on the empty box: query %q, %d matches; want depot again", again.query, len(again.hits))
	}
	m = press(typeText(m, "Courier"), "enter")
	if m.query != "Courier" || len(m.hits) == 0 {
		t.Errorf("typing Courier after /depot searched for %q (%d matches)", m.query, len(m.hits))
	}
	m = press(m, "esc", "/")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "/search") {
		t.Errorf("after esc cleared the search, the box does not offer a new one:\n%s", v)
	}
}
