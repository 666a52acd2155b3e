package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// hedgedFixture is the fixture with group 1 hedged differently:
// Coastline "reportedly", the Harbor Herald stating it.
func hedgedFixture(t *testing.T) *compare.Report {
	rep := loadFixture(t)
	g := &rep.Groups[1]
	g.HedgingDiffers = []compare.HedgeDiff{{Article: 2, Hedges: []string{"reportedly"}}, {Article: 0, Hedges: []string{}}}
	for _, gg := range rep.Groups[2:] {
		if len(gg.HedgingDiffers) > 0 {
			t.Fatalf("fixture group %s already hedged apart", gg.ID)
		}
	}
	return rep
}

// The inspector's header says who hedges a fact and who states it; the
// overview counts the facts each outlet hedges apart or states flatly.
func TestInspectorAndOverviewSayHedgedDifferently(t *testing.T) {
	m := newTestModel(t, hedgedFixture(t), 120, 40)
	for i := 0; i < 10 && (m.cur < 0 || m.ix.items[m.cur].group != 1); i++ {
		m = press(m, "n")
	}
	m = press(m, "enter")
	flat := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " ")
	if want := "hedged differently: Coastline Daily Evening Edition Online “reportedly” · Harbor Herald states it"; !strings.Contains(flat, want) {
		t.Errorf("inspector of group 1 lacks %q:\n%s", want, ansi.Strip(m.View().Content))
	}
	m = newTestModel(t, hedgedFixture(t), 120, 60)
	m = press(m, "o")
	flat = strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " ")
	for _, want := range []string{"hedged apart in 1 fact", "states flatly 1 fact another hedges"} {
		if strings.Count(flat, want) != 1 {
			t.Errorf("overview says %q %d times, want once:\n%s", want, strings.Count(flat, want), ansi.Strip(m.View().Content))
		}
	}
	m = newTestModel(t, loadFixture(t), 120, 60)
	m = press(m, "o")
	if v := ansi.Strip(m.View().Content); strings.Contains(v, "hedged apart") || strings.Contains(v, "states flatly") {
		t.Errorf("overview of a report with no hedging contrast claims one:\n%s", v)
	}
}

// A group hedged differently carries ? in its members' gutters where no
// conflict or ≠ takes the column, and t 8 makes n visit only
// such groups: the inspector then says who hedges.
func TestHedgedGroupsGutterAndFilter(t *testing.T) {
	rep := hedgedFixture(t)
	rep.Groups[1].DivergentFraming = false // group 1: hedged only
	m := newTestModel(t, rep, 120, 30)
	for _, sub := range []string{"The port signed a $1.2", "Blue Line and the port"} { // group 1's members
		if l := lineWith(m.View().Content, sub); !strings.Contains(l, markHedging+" ") {
			t.Errorf("line of the group hedged differently lacks %s: %q", markHedging, l)
		}
	}
	if l := lineWith(m.View().Content, "Officials claimed"); strings.Contains(l, markHedging) {
		t.Errorf("a group not hedged differently has %s: %q", markHedging, l)
	}
	m = press(m, "t")
	menu := ansi.Strip(m.View().Content)
	if !strings.Contains(menu, "8  groups hedged differently (1)") {
		t.Fatalf("the t menu does not offer the one group hedged differently:\n%s", menu)
	}
	m = press(m, "8")
	if m.filter != filterHedging {
		t.Fatalf("t 8 chose %v, want the groups hedged differently", m.filter)
	}
	if bar := ansi.Strip(m.statusView()); !strings.Contains(bar, "n: groups hedged differently") {
		t.Errorf("the status bar does not say what n visits: %q", bar)
	}
	m = press(m, "n")
	if m.cur < 0 || m.ix.items[m.cur].group != 1 {
		t.Fatalf("n with the hedging filter went to item %+v, want group 1", m.ix.items[max(m.cur, 0)])
	}
	cur := m.cur
	if m = press(m, "N"); m.cur != cur {
		t.Errorf("N moved on to %+v, the only group hedged differently is 1", m.ix.items[m.cur])
	}
	m = press(m, "enter")
	if flat := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " "); !strings.Contains(flat, "hedged differently: Coastline Daily Evening Edition Online “reportedly”") {
		t.Errorf("the inspector of the group n reached does not say who hedges it:\n%s", ansi.Strip(m.View().Content))
	}
	// Framed and hedged differently: ≠ keeps the column, as the legend
	// orders them; the filter still finds the group.
	rep = hedgedFixture(t)
	rep.Groups[1].DivergentFraming = true
	m = newTestModel(t, rep, 120, 30)
	if l := lineWith(m.View().Content, "The port signed a $1.2"); !strings.Contains(l, markFraming+" ") || strings.Contains(l, markHedging) {
		t.Errorf("a group framed and hedged differently: %q, want ≠ alone", l)
	}
	if m = press(m, "t", "8", "n"); m.cur < 0 || m.ix.items[m.cur].group != 1 {
		t.Errorf("the hedging filter misses a group also framed differently")
	}
	// The legend gives the mark.
	help := ansi.Strip(press(newTestModel(t, rep, 120, 60), "?").View().Content)
	if !strings.Contains(strings.Join(strings.Fields(help), " "), markHedging+" the outlets hedge this fact differently") {
		t.Errorf("the help's legend lacks the hedging mark:\n%s", help)
	}
}

// On a terminal too short for the whole t menu, the choice under the
// cursor stays in sight as it moves (the menu grew a line with the
// hedging filter; at 40x12 the first choice had gone off the top).
func TestShortMenuKeepsTheCursorInSight(t *testing.T) {
	m := press(newTestModel(t, loadFixture(t), 40, 12), "t")
	for i := range int(numFilters) {
		want := fmt.Sprintf("%d  %s", i+1, filter(i))
		if v := ansi.Strip(m.View().Content); !strings.Contains(v, want) {
			t.Errorf("cursor on %q: not on screen:\n%s", want, v)
		}
		m = press(m, "j")
	}
}

// The gutter's one column for a sentence's quote, conflict or group mark
// gives a hedged or differently framed group's mark to every member, a
// quoting one too: with the quote's ❝ taking the column, a fact whose
// members all quote someone showed its ? nowhere. A conflict keeps the
// column (rarer still, and a figure to check); the quote's words stay
// bold in the text, and the help and README say the order.
func TestGroupMarkTakesTheColumnFromAQuote(t *testing.T) {
	for _, framed := range []bool{false, true} {
		rep := hedgedFixture(t)
		rep.Groups[1].DivergentFraming = framed
		want := markHedging
		if framed {
			want = markFraming
		}
		// The Herald's and Coastline's members quote someone; Meridian's
		// gives a figure that conflicts.
		for _, q := range []struct {
			a, s  int
			words string
		}{{0, 1, "signed"}, {2, 1, "landmark agreement"}} {
			sen := rep.Articles[q.a].Sentences[q.s]
			i := strings.Index(sen.Text, q.words)
			rep.Quotes = append(rep.Quotes, compare.Quote{ID: fmt.Sprintf("qh%d", q.a), Article: q.a, Sentence: q.s,
				Start: sen.Start + i, End: sen.Start + i + len(q.words), Text: q.words, Status: "unique"})
		}
		sen := rep.Articles[1].Sentences[2]
		i := strings.Index(sen.Text, "$1.2 billion")
		rep.Facts = append(rep.Facts, compare.Fact{ID: "fh", Kind: "money", Status: "conflict", Mentions: []compare.FactMention{
			{Article: 1, Sentence: 2, Start: sen.Start + i, End: sen.Start + i + len("$1.2 billion"), Text: "$1.2 billion"}}})
		m := newTestModel(t, rep, 120, 30)
		for _, sub := range []string{"The port signed a $1.2", "Blue Line and the port"} {
			if l := lineWith(m.View().Content, sub); !strings.Contains(l, want+" ") {
				t.Errorf("framed %v: a quoting member of the group lacks %s: %q", framed, want, l)
			}
		}
		if l := lineWith(m.View().Content, "The port and Blue Line"); !strings.Contains(l, markConflict+" ") {
			t.Errorf("framed %v: the member with a conflicting figure lacks %s: %q", framed, markConflict, l)
		}
		if !strings.Contains(m.View().Content, m.styles.Text[tsQuoteStrong].Render("signed")) {
			t.Errorf("framed %v: the quote's words are not drawn bold", framed)
		}
	}
	help := strings.Join(strings.Fields(ansi.Strip(press(newTestModel(t, loadFixture(t), 120, 200), "?").View().Content)), " ")
	if want := "one mark a sentence: ! first, then ≠, ?, ❝, “"; !strings.Contains(help, want) {
		t.Errorf("the help does not give the marks' order %q:\n%s", want, help)
	}
}
