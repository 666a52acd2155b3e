package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// At 80 columns, when n wraps past the last match and brings another
// article into a pane, the bar has the search's place, the wrap, the
// article shown and the review progress to say: the wrap message and then
// the query shorten, so the progress stays whole and nothing is cut.
func TestSearchBarKeepsTheProgressWhenWrapping(t *testing.T) {
	rep := crossedReport()
	for _, query := range []string{"reporter", "residents of the harbour district"} {
		m := newTestModel(t, rep, 80, 24)
		m = typeText(press(m, "/"), query)
		m = press(m, "enter")
		n := len(m.hits)
		if n < 3 {
			t.Fatalf("/%s: %d matches, want several", query, n)
		}
		wrapped := false
		for range n + 1 {
			m = press(m, "n")
			bar := ansi.Strip(m.statusView())
			if w := ansi.StringWidth(bar); w > 80 {
				t.Fatalf("/%s: the bar is %d cells wide: %q", query, w, bar)
			}
			if !strings.Contains(bar, m.rv.progressShort) && !strings.Contains(bar, m.rv.progress) {
				t.Errorf("/%s, match %d of %d: the bar lacks the progress %q: %q", query, m.hit+1, n, m.rv.progressShort, bar)
			}
			if strings.Contains(bar, "…") {
				t.Errorf("/%s, match %d of %d: the bar is cut: %q", query, m.hit+1, n, bar)
			}
			if strings.Contains(m.note, wrappedFirst) {
				wrapped = true
				if !strings.Contains(bar, "wrapped") {
					t.Errorf("/%s: the bar does not say the search wrapped: %q", query, bar)
				}
			}
		}
		if !wrapped {
			t.Errorf("/%s: n never wrapped past the last of %d matches", query, n)
		}
	}
}
