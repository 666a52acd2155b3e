package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// A resize that changes which articles have panes drops what the status
// bar said about the ones shown before: "showing X" beside the item, once
// n paged X in at 80 columns, is untrue at 160 where every article is
// shown, and "every article is shown" is untrue at 80. A resize that
// keeps the same articles keeps the message.
func TestResizeDropsShownMessagesItMadeUntrue(t *testing.T) {
	rep := loadFixture(t)
	m := newTestModel(t, rep, 80, 24)
	for range len(rep.Articles) * 8 {
		if m.paged != "" {
			break
		}
		m = press(m, "n")
	}
	if !strings.Contains(ansi.Strip(m.statusView()), "showing ") {
		t.Fatal("set-up: n brought no article into a pane at 80 columns")
	}
	if same := send(m, tea.WindowSizeMsg{Width: 81, Height: 25}); !strings.Contains(ansi.Strip(same.statusView()), "showing ") {
		t.Errorf("a resize that keeps the panes dropped %q", m.paged)
	}
	wide := send(m, tea.WindowSizeMsg{Width: 160, Height: 48})
	if wide.paneCount() < len(rep.Articles) {
		t.Fatal("set-up: at 160 columns not every article is shown")
	}
	if bar := ansi.Strip(wide.statusView()); strings.Contains(bar, "showing ") {
		t.Errorf("every article is shown, yet the bar says %q", bar)
	}

	wide = press(wide, "]")
	if bar := ansi.Strip(wide.statusView()); !strings.Contains(bar, "every article is shown") {
		t.Fatalf("set-up: ] at 160 columns says %q", bar)
	}
	narrow := send(wide, tea.WindowSizeMsg{Width: 80, Height: 24})
	if bar := ansi.Strip(narrow.statusView()); strings.Contains(bar, "every article is shown") {
		t.Errorf("at 80 columns not every article is shown, yet the bar says %q", bar)
	}
}
