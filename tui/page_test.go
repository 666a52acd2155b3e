package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// ] and [ page the articles beside each other; where there is no article
// that way, or every one is shown, they say so. (Before, they did nothing
// and said nothing, though the help offers them.)
func TestPagingSaysWhenThereIsNothingToPage(t *testing.T) {
	rep := loadFixture(t)
	wide := newTestModel(t, rep, 160, 30)
	if wide.paneCount() < len(rep.Articles) {
		t.Fatal("set-up: at 160 columns not every article is shown")
	}
	for _, k := range []string{"]", "["} {
		if bar := ansi.Strip(press(wide, k).statusView()); !strings.Contains(bar, "every article is shown") {
			t.Errorf("%s with every article shown: %q", k, bar)
		}
	}
	m := newTestModel(t, rep, 80, 24)
	if m.paneCount() >= len(rep.Articles) {
		t.Fatal("set-up: at 80 columns every article is shown")
	}
	if bar := ansi.Strip(press(m, "[").statusView()); !strings.Contains(bar, "showing the first articles") {
		t.Errorf("[ at the first articles: %q", bar)
	}
	m = press(m, "]")
	if bar := ansi.Strip(m.statusView()); strings.Contains(bar, "showing the") || m.first != 1 {
		t.Errorf("] with an article to show: first %d, %q", m.first, bar)
	}
	if bar := ansi.Strip(press(m, "]").statusView()); !strings.Contains(bar, "showing the last articles") {
		t.Errorf("] at the last articles: %q", bar)
	}
}
