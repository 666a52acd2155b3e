package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/storydiff/storydiff/compare"
)

// v switches between the aligned and the article view without renumbering
// the items: "related 2/5" in one is "related 2/5" in the other (the
// article view numbered them in the rows' order, so the item an editor had
// noted as one number showed another).
func TestViewKeepsItemNumbers(t *testing.T) {
	// The Post tells the ferry fact last, so the aligned view draws its
	// group after the council's, not in the rows' order.
	rep := ferryReport()
	for _, size := range [][2]int{{80, 24}, {160, 45}} {
		m := newTestModel(t, rep, size[0], size[1])
		for range 16 {
			m = press(m, "n")
			if m.cur < 0 {
				break
			}
			before := m.itemName(m.cur)
			v := press(m, "v")
			if v.cur != m.cur {
				t.Fatalf("%dx%d: v moved from item %d to %d", size[0], size[1], m.cur, v.cur)
			}
			if after := v.itemName(v.cur); after != before {
				t.Errorf("%dx%d: v renumbers %s as %s", size[0], size[1], before, after)
			}
			if back := press(v, "v"); back.itemName(back.cur) != before {
				t.Errorf("%dx%d: v twice renumbers %s as %s", size[0], size[1], before, back.itemName(back.cur))
			}
			if s := ansi.Strip(v.View().Content); !strings.Contains(s, before) {
				t.Errorf("%dx%d: the article view's status does not say %q", size[0], size[1], before)
			}
		}
	}
}

// ferryReport is three invented articles on a council's harbour vote in
// which the Post tells the ferry fact last, so that the aligned view draws
// its group after the council's, not in the rows' order, and the panes
// shown change which groups come first.
func ferryReport() *compare.Report {
	arts := map[string][]string{
		"Valley Courier": {"Council backs harbour plan", "Riders queued at the pier before dawn.", "The ferry will run every half hour from May.",
			councilSentence("the Courier", 2), councilSentence("the Courier", 3), "Bus fares stay as they are."},
		"Ridge Gazette": {"Harbour plan wins council vote", "The vote was eleven to four.", councilSentence("the Gazette", 2), "A half-hourly ferry starts in May.", "Fares on the buses will not change."},
		"Lakeside Post": {"Lakeside waits on the ferry", "Nobody on the lake shore was asked.", councilSentence("the Post", 3), "From May the ferry runs every half hour."},
	}
	groups := [][][2]int{
		{{0, 0}, {1, 0}, {2, 0}},
		{{0, 2}, {1, 3}, {2, 3}},
		{{0, 3}, {1, 2}},
		{{0, 4}, {2, 2}},
	}
	return invented(arts, []string{"Valley Courier", "Ridge Gazette", "Lakeside Post"}, groups)
}
