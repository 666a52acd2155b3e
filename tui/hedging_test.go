package tui

import (
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
