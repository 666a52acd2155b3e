package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Articles on different stories say so on the screen, as the text report
// does: two that share nothing in the status bar from the start (also
// after scrolling, until an item is chosen) and in full in the overview;
// one article that shares nothing with the others by name. Articles on
// one story get no such warning.
func TestUnrelatedArticlesAreNoticed(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	library := write("library.txt", "Library closes\n\nThe town library will close in June, the council said. Its books go to the school.\n")
	storm := write("storm.txt", "Storm hits coast\n\nA storm flooded the harbour road on Tuesday. Ferries were cancelled until Thursday.\n")
	screen := func(m Model) string { return ansi.Strip(m.View().Content) }

	m := newTestModel(t, compareFiles(t, library, storm), 80, 24)
	for _, step := range []string{"", "j"} {
		if step != "" {
			m = press(m, step)
		}
		if s := screen(m); !strings.Contains(s, "no fact shared: are they on one story?") {
			t.Errorf("two unrelated articles (after %q): the status bar does not warn:\n%s", step, s)
		}
	}
	if s := screen(press(m, "o")); !strings.Contains(s, "No fact shared: no sentence of one article reports what another does") {
		t.Errorf("two unrelated articles: the overview does not say so:\n%s", s)
	}

	demo := demoPaths(t)
	m = newTestModel(t, compareFiles(t, demo[0], demo[1], library), 160, 45)
	if s := screen(m); !strings.Contains(s, "library.txt shares no fact") {
		t.Errorf("an unrelated article among related ones: the status bar does not name it:\n%s", s)
	}
	for _, m := range []Model{newTestModel(t, compareFiles(t, demo...), 160, 45), newTestModel(t, loadFixture(t), 80, 24)} {
		if s := screen(m) + screen(press(m, "o")); strings.Contains(s, "no fact") || strings.Contains(s, "one story?") {
			t.Errorf("articles on one story are warned:\n%s", s)
		}
	}
}
