package tui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// updating reports whether -update was given: the flag that rewrites the
// golden screens in testdata/golden. teatest's golden package declares it.
func updating() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	v, _ := f.Value.(flag.Getter).Get().(bool)
	return v
}

// newTestModel is a model that has its report and its size, as after the
// first messages of a real run.
func newTestModel(t testing.TB, rep *compare.Report, w, h int) Model {
	t.Helper()
	m := New(staticLoad(rep))
	m = send(m, reportMsg{rep: rep})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

func send(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// keyPress builds the message a terminal sends for a key named as in the
// key map ("j", "G", "enter", "shift+tab", "ctrl+d").
func keyPress(name string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape}, "tab": {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown},
		"pgdown": {Code: tea.KeyPgDown}, "pgup": {Code: tea.KeyPgUp}, "home": {Code: tea.KeyHome}, "end": {Code: tea.KeyEnd},
		"space":  {Code: tea.KeySpace, Text: " "},
		"ctrl+d": {Code: 'd', Mod: tea.ModCtrl}, "ctrl+u": {Code: 'u', Mod: tea.ModCtrl}, "ctrl+f": {Code: 'f', Mod: tea.ModCtrl}, "ctrl+b": {Code: 'b', Mod: tea.ModCtrl}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
	}
	if k, ok := special[name]; ok {
		return tea.KeyPressMsg(k)
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = send(m, keyPress(k))
	}
	return m
}

// typeText sends each character of s as a key press.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

func TestGoldenScreens(t *testing.T) {
	rep := loadFixture(t)
	cases := []struct {
		name string
		w, h int
		keys []string
	}{
		{"aligned-80x24", 80, 24, nil},
		{"aligned-120x40", 120, 40, nil},
		{"aligned-40x12", 40, 12, nil},
		{"focus-related-80x24", 80, 24, []string{"n", "n"}},
		{"article-120x40", 120, 40, []string{"n", "n", "v"}},
		{"inspector-80x24", 80, 24, []string{"n", "n", "enter"}},
		{"inspector-40x12", 40, 12, []string{"n", "n", "enter"}},
		{"inspector-quote-120x40", 120, 40, []string{"t", "4", "n", "enter"}},
		{"inspector-quote-80x24", 80, 24, []string{"t", "4", "n", "enter", "ctrl+d"}},
		{"overview-120x40", 120, 40, []string{"o"}},
		{"overview-80x24", 80, 24, []string{"o"}},
		{"overview-40x12", 40, 12, []string{"o"}},
		{"help-80x24", 80, 24, []string{"?"}},
		{"help-end-80x24", 80, 24, []string{"?", "G"}},
		{"search-80x24", 80, 24, []string{"/", "h", "a", "r", "b", "o", "r", "enter"}},
		{"too-small-30x8", 30, 8, nil},
		{"filter-menu-80x24", 80, 24, []string{"t", "j"}},
		{"marks-80x24", 80, 24, []string{"n", "f", "n", "n", "n", "x", "N", "N", "f", "x"}},
		{"inspector-marks-80x24", 80, 24, []string{"n", "n", "f", "x", "enter"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := press(newTestModel(t, rep, c.w, c.h), c.keys...)
			view := m.View().Content
			if w, h := lipgloss.Size(view); w != c.w || h != c.h {
				t.Errorf("frame is %d×%d, want %d×%d", w, h, c.w, c.h)
			}
			checkGolden(t, c.name, ansi.Strip(view))
		})
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".golden")
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("screen differs from %s (run with -update if the change is intended)\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

// Every size, however small or odd, draws a whole frame of exactly that
// size and never panics.
func TestEverySizeDrawsAWholeFrame(t *testing.T) {
	rep := loadFixture(t)
	m := newTestModel(t, rep, 80, 24)
	m = press(m, "n", "n")
	for w := 1; w <= 130; w += 7 {
		for h := 1; h <= 45; h += 4 {
			m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
			for _, k := range []string{"", "v", "enter", "esc", "o", "esc", "?", "esc", "v"} {
				if k != "" {
					m = press(m, k)
				}
				view := m.View().Content
				if gw, gh := lipgloss.Size(view); gw != w || gh != h {
					t.Fatalf("at %d×%d after %q the frame is %d×%d", w, h, k, gw, gh)
				}
			}
		}
	}
}

func TestTooSmallSaysSo(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 30, 8)
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "too small") {
		t.Errorf("30×8 screen does not say it is too small:\n%s", v)
	}
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := ansi.Strip(m.View().Content); strings.Contains(v, "too small") || !strings.Contains(v, "Harbor Herald") {
		t.Errorf("after growing to 80×24 the panes are not back:\n%s", v)
	}
}

func TestQuitKeys(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := m.Update(keyPress(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
	// While typing a search, q is a letter and ctrl+c still quits.
	m = press(m, "/")
	next, cmd := m.Update(keyPress("q"))
	if cmd != nil {
		if _, ok := cmd().(tea.QuitMsg); ok {
			t.Error("q quits while typing a search")
		}
	}
	if _, cmd := next.(Model).Update(keyPress("ctrl+c")); cmd == nil {
		t.Error("ctrl+c does not quit while typing a search")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c does not quit while typing a search")
	}
}

// The model draws a spinner until the report arrives and quits with the
// error when loading fails.
func TestLoading(t *testing.T) {
	m := New(nil)
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := m.View().Content; !strings.Contains(v, "comparing") {
		t.Errorf("no loading message:\n%s", v)
	}
	next, cmd := m.Update(reportMsg{err: os.ErrNotExist})
	if next.(Model).Err() == nil || cmd == nil {
		t.Fatal("a load error neither recorded nor quits")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("a load error does not quit")
	}
}

// Highlights use foreground, background, bold and reverse only: underline
// and strikethrough are written per character and bloat every frame.
func TestStylesAvoidUnderlineAndStrikethrough(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := DefaultStyles(dark)
		all := append(st.Text[:],
			st.MarkShared, st.MarkRelated, st.MarkUnique, st.MarkOther, st.MarkQuote, st.MarkQuoteStrong,
			st.MarkConflict, st.FocusBar, st.Separator, st.Label, st.LabelOn, st.Title, st.Byline, st.Rule,
			st.Status, st.StatusAccent, st.Heading, st.Subtle, st.Selected, st.Error, st.Spinner)
		for i, s := range all {
			if s.GetUnderline() || s.GetStrikethrough() {
				t.Errorf("dark=%v: style %d uses underline or strikethrough", dark, i)
			}
		}
	}
}
