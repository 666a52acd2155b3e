package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// The overview's quote counts spell an unattributed quotation as its
// quote ledger does, "unattributed", not the summary's "(unattributed)".
func TestOverviewSpellsUnattributedOnce(t *testing.T) {
	rep := loadFixture(t)
	rep.Articles[0].Summary.Speakers = append([]compare.SpeakerCount{{Speaker: "(unattributed)", Quotes: 9}}, rep.Articles[0].Summary.Speakers...)
	m := press(newTestModel(t, rep, 120, 60), "o")
	var all []string
	for range 20 {
		all = append(all, ansi.Strip(m.View().Content))
		m = press(m, "space")
	}
	v := strings.Join(all, "\n")
	if !strings.Contains(v, "quotes: unattributed 9") || strings.Contains(v, "(unattributed)") {
		t.Errorf("the overview does not say \"quotes: unattributed 9\":\n%s", all[0])
	}
}
