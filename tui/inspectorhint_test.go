package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The hint lines of the inspector, the overview and the help shorten by
// width as the panes' does, dropping hints whole, the last first: never
// cut ("n next item …"), and the way back always stays.
func TestInspectorHintLineIsNeverCut(t *testing.T) {
	for _, w := range []int{minWidth, 60, 80, 120} {
		m := newTestModel(t, loadFixture(t), w, 24)
		for _, keys := range [][]string{{"n", "enter"}, {"o"}, {"?"}} {
			v := press(m, keys...)
			lines := strings.Split(ansi.Strip(v.View().Content), "\n")
			hint := lines[len(lines)-1]
			if strings.Contains(hint, "…") {
				t.Errorf("%v at %d columns: the hint line is cut: %q", keys, w, hint)
			}
			if !strings.Contains(hint, "q/esc back") {
				t.Errorf("%v at %d columns: the hint line lost the way back: %q", keys, w, hint)
			}
		}
	}
}
