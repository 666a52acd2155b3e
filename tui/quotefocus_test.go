package tui

import (
	"strings"
	"testing"
)

// A row holds a group and the quotes in its sentences, and n visits each
// of them; the focus bar marks the row, so on a quote the words of that
// quote are drawn as the current one, and n from one quote to the next on
// the row shows where it went. (Before, the bar stayed on the whole row
// and only the status bar changed: "quote 1/2", "quote 2/2".) On an item
// that is not a quote no words are drawn so.
func TestCurrentQuoteIsDrawnAsCurrent(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 160, 40)
	open, _, _ := strings.Cut(m.styles.Text[tsQuoteAt].Render("\x00"), "\x00")
	quotes, others := 0, 0
	for range len(m.ix.items) {
		m = press(m, "n")
		if m.cur < 0 {
			t.Fatal("n gave no current item")
		}
		v := m.View().Content
		it := m.ix.items[m.cur]
		if it.quote < 0 {
			others++
			if strings.Contains(v, open) {
				t.Errorf("%s: words are drawn as the current quote", m.itemStatus())
			}
			continue
		}
		quotes++
		q := m.ix.rep.Quotes[it.quote]
		i := strings.Index(v, open)
		if i < 0 {
			t.Errorf("%s: no words are drawn as the current quote", m.itemStatus())
			continue
		}
		// The first word of the quote follows the style's opening.
		first := strings.Fields(strings.Trim(q.Text, "“”\"' "))[0]
		if after := v[i+len(open):]; !strings.HasPrefix(strings.TrimLeft(after, "“\"'"), first) {
			t.Errorf("%s: the words drawn as the current quote are not %q's: %.40q", m.itemStatus(), q.Text, after)
		}
		if strings.Count(v, open) != 1 {
			t.Errorf("%s: %d runs drawn as the current quote, want 1", m.itemStatus(), strings.Count(v, open))
		}
	}
	if quotes < 2 || others == 0 {
		t.Fatalf("n visited %d quotes and %d other items: the test needs both", quotes, others)
	}
}
