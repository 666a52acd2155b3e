package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Shared quotes and unique or variant ones have different gutter glyphs,
// not only a different weight.
func TestQuoteGlyphs(t *testing.T) {
	m := newTestModel(t, compareFiles(t, demoPaths(t)...), 200, 50)
	seen := map[string]bool{}
	for _, pn := range m.lay.panes {
		for s, top := range pn.sentTop {
			qs := m.ix.quotesAt[sentRef{pn.article, s}]
			if top < 0 || len(qs) == 0 {
				continue
			}
			odd := false
			for _, qi := range qs {
				odd = odd || quoteStatus(m.ix.rep.Quotes[qi]) != "shared"
			}
			want := map[bool]string{false: markQuote, true: markOddQuote}[odd]
			if g := []rune(ansi.Strip(pn.line(top))); len(g) < 3 || string(g[2]) != want {
				t.Errorf("%s sentence %d (unique or variant: %v): gutter %q, want %s", m.ix.rep.Articles[pn.article].Label, s, odd, string(g[:min(len(g), 5)]), want)
			}
			seen[want] = true
		}
	}
	if !seen[markQuote] || !seen[markOddQuote] {
		t.Errorf("the demo shows no shared quote or no unique one: %v", seen)
	}
}

// M gives the mouse back to the terminal, so text can be selected, and
// takes it again.
func TestMouseCaptureToggles(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("the wheel is not captured at first")
	}
	m = press(m, "M")
	if m.View().MouseMode != tea.MouseModeNone || !strings.Contains(ansi.Strip(m.View().Content), "mouse off") {
		t.Error("M does not release the mouse, or does not say so")
	}
	if m = press(m, "M"); m.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("M again does not capture the wheel")
	}
}

// Without colour, search hits must not look like framing words: framing
// is bold (reversed when distinct), a hit is reversed and italic, not bold.
func TestSearchHitsDifferFromFramingWithoutColour(t *testing.T) {
	st := DefaultStyles(true)
	hit := st.Text[tsSearch]
	if hit.GetBold() || !hit.GetReverse() || !hit.GetItalic() {
		t.Errorf("search hit: bold %v, reverse %v, italic %v", hit.GetBold(), hit.GetReverse(), hit.GetItalic())
	}
	for ts := tsFrame; ts <= tsFrameNegationDistinct; ts++ {
		if f := st.Text[ts]; !f.GetBold() || f.GetItalic() {
			t.Errorf("framing style %d: bold %v, italic %v", ts, f.GetBold(), f.GetItalic())
		}
	}
}
