package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A pane's header says an article has no headline, rather than leaving the
// title line blank, which reads as a fault in the drawing.
func TestPaneHeaderSaysNoHeadline(t *testing.T) {
	rep := loadFixture(t)
	rep.Articles[1].Title = ""
	m := newTestModel(t, rep, 120, 30)
	lines := strings.Split(ansi.Strip(m.View().Content), "\n")
	if !strings.Contains(lines[1], noHeadline) {
		t.Errorf("the title line %q does not say %q", lines[1], noHeadline)
	}
	if !strings.Contains(lines[1], rep.Articles[0].Title) {
		t.Errorf("the title line %q lacks the first article's title", lines[1])
	}
}
