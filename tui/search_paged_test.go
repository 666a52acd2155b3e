package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// With more articles than panes, n on a match in an article not shown
// brings that article into a pane, and the new panes number the matches
// as they draw them. The match n came for stays the current one: its
// pane takes the focus, its words are drawn as the current match, and the
// status bar gives its number. (Before, the new numbering's match at the
// old index became current: the focus went to one match's row, with no
// match highlighted in it, and n skipped some matches
// and came back to others.) n goes on down the new panes and reaches every
// match once, numbered one after another, as it does the items.
func TestSearchNextKeepsTheMatchItPagedIn(t *testing.T) {
	reps := map[string]func() Model{
		"demo":    func() Model { return newTestModel(t, compareFiles(t, demoPaths(t)...), 80, 24) },
		"crossed": func() Model { return newTestModel(t, crossedReport(), 80, 24) },
	}
	for name, open := range reps {
		for _, q := range []string{"the", "said", "port", "we", "not", "fire", "reporter"} {
			t.Run(name+"/"+q, func(t *testing.T) {
				m := open()
				if len(m.lay.panes) >= len(m.ix.rep.Articles) {
					t.Fatalf("every article is shown: the test needs one hidden")
				}
				m = press(m, "/")
				m = typeText(m, q)
				m = press(m, "enter")
				if len(m.hits) < 2 {
					t.Skipf("%d matches", len(m.hits))
				}
				seen := map[match]bool{}
				for step := range len(m.hits) {
					h := m.currentHit()
					if h == nil {
						t.Fatalf("step %d: no current match", step)
					}
					seen[*h] = true
					if want := fmt.Sprintf("match %d of %d", step+1, len(m.hits)); !strings.Contains(ansi.Strip(m.View().Content), want) {
						t.Fatalf("step %d: the status bar does not say %q", step, want)
					}
					if m.lay.panes[m.focus].article != h.article || m.curRow != h.row {
						t.Fatalf("step %d: the focus is on row %d in %s; the match is on row %d in %s", step, m.curRow,
							m.ix.rep.Articles[m.lay.panes[m.focus].article].Label, h.row, m.ix.rep.Articles[h.article].Label)
					}
					words := m.ix.rep.Articles[h.article].Sentences[h.sentence].Text[h.off:h.end]
					if !strings.Contains(m.View().Content, m.styles.Text[tsSearchAt].Render(words)) {
						t.Fatalf("step %d: %q in %s is not drawn as the current match", step, words, m.ix.rep.Articles[h.article].Label)
					}
					m = press(m, "n")
				}
				if len(seen) != len(m.hits) {
					t.Errorf("n visited %d of %d matches", len(seen), len(m.hits))
				}
			})
		}
	}
}
