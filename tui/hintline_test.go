package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The hint line under the panes always shows how to get help and how to
// quit, at any width the interface runs at: other hints give way first.
func TestHintLineKeepsHelpAndQuit(t *testing.T) {
	for _, w := range []int{minWidth, 80, 100, 160} {
		m := newTestModel(t, loadFixture(t), w, 24)
		lines := strings.Split(ansi.Strip(m.View().Content), "\n")
		hint := lines[len(lines)-1]
		for _, want := range []string{"? help", "q quit"} {
			if !strings.Contains(hint, want) {
				t.Errorf("at %d columns the hint line %q lacks %q", w, hint, want)
			}
		}
		if strings.Contains(hint, "…") {
			t.Errorf("at %d columns the hint line is cut: %q", w, hint)
		}
		if w >= 80 && !strings.Contains(hint, "n next item") {
			t.Errorf("at %d columns the hint line %q lacks n", w, hint)
		}
	}
}
