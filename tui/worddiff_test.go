package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// Every aligned row shows its word diff while scrolling, not only the
// current item; w hides it, and without colour it starts hidden.
func TestWordDiffInEveryRow(t *testing.T) {
	rep := loadFixture(t)
	// In the fixture, Meridian Wire's version of the deal adds "worth
	// about" to Harbor Herald's: drawn in the style of added words.
	ins := func(m Model) bool {
		open, _, _ := strings.Cut(m.styles.Text[tsDiffIns].Render("x"), "x")
		return strings.Contains(m.View().Content, open+"deal worth about")
	}
	m := newTestModel(t, rep, 80, 24)
	if m.cur >= 0 {
		t.Fatal("an item is current before any key")
	}
	if !ins(m) {
		t.Errorf("with no current item, the deal's word diff is not drawn:\n%s", m.View().Content)
	}
	m = press(m, "w")
	if ins(m) {
		t.Error("after w the word diff is still drawn")
	}
	if !strings.Contains(m.View().Content, "current item only") {
		t.Error("w does not say what it did")
	}
	m = press(m, "w")
	if !ins(m) {
		t.Error("w w does not bring the word diff back")
	}
	plain := send(newTestModel(t, rep, 80, 24), tea.ColorProfileMsg{Profile: colorprofile.Ascii})
	if ins(plain) {
		t.Error("without colour, word diffs are drawn in every row before w")
	}
	if !ins(press(plain, "w")) {
		t.Error("without colour, w does not show word diffs")
	}
	colour := send(press(newTestModel(t, rep, 80, 24), "w"), tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
	if ins(colour) {
		t.Error("the colour profile overrides the editor's w")
	}
}
