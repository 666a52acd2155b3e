package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// relatedDeal is the fixture with a related sentence of the deal
// (Meridian Wire tells it again in paragraph 3), the deal current.
func relatedDeal(t *testing.T, w, h int) Model {
	t.Helper()
	rep := loadFixture(t)
	deal := &rep.Groups[1]
	id := deal.ID
	deal.Related = []compare.Member{{Article: 1, Sentences: []int{4}}}
	rep.Articles[1].Sentences[4].Group = &id
	m := newTestModel(t, rep, w, h)
	i := m.ix.groupItem(1)
	if i < 0 {
		t.Fatal("the deal is no item")
	}
	return m.moveTo(i, m.ix.items[i].row)
}

// statusWords is the status bar's words, without the view's name.
func statusWords(m Model) []string {
	f := strings.Fields(ansi.Strip(m.statusView()))
	return f[1:]
}

// At 80 columns the status bar keeps the item, the progress, the place and
// every count, shortening the progress rather than cutting the counts; at
// any width it leaves fields out or shortens them, and never cuts a word.
func TestStatusBarNarrow(t *testing.T) {
	wide := relatedDeal(t, 240, 40)
	full := statusWords(wide)
	m := relatedDeal(t, 80, 24)
	line := ansi.Strip(m.statusView())
	c := m.ix.counts
	counts := fmt.Sprintf("═%d ≈%d ◆%d “%d !%d", c[kindShared], c[kindRelated], c[kindUnique], c[kindQuote], c[kindConflict])
	for _, want := range []string{m.itemName(m.cur), counts, "0/9"} {
		if !strings.Contains(line, want) {
			t.Errorf("80 columns: the status bar %q lacks %q", line, want)
		}
	}
	if strings.Contains(line, "…") {
		t.Errorf("80 columns: the status bar is cut: %q", line)
	}
	// Every word shown is a word of the full bar (panes or inspector) or
	// of a short form; only the line numbers change with the height.
	known := map[string]bool{"ref.": true}
	for _, w := range slices.Concat(full, statusWords(press(wide, "enter")), strings.Fields("✓0/9 ⚑0")) {
		known[w] = true
	}
	for w := minWidth; w <= 240; w++ {
		m := relatedDeal(t, w, 24)
		for _, v := range []Model{m, press(m, "enter")} {
			words := statusWords(v)
			shown := strings.Fields(v.shownStatus()) // which articles: by width
			for i, s := range words {
				s = strings.TrimSuffix(s, "…")
				if s == "" || known[s] || slices.Contains(shown, s) || strings.HasSuffix(s, "%") || (i > 0 && words[i-1] == "line") {
					continue
				}
				t.Errorf("%d columns: the status bar cut a word, %q: %q", w, s, ansi.Strip(v.statusView()))
				break
			}
		}
	}
}

// A group whose outlet tells its fact a second time says so where the
// reader looks, at 80x24: on a line under that outlet's member in the
// panes, and near the top of its inspector.
func TestRelatedHintOnTheRow(t *testing.T) {
	m := relatedDeal(t, 80, 24)
	if v := screen(m); !strings.Contains(v, "↳ again, related: ¶3") {
		t.Errorf("the deal's row does not say where Meridian Wire tells it again:\n%s", v)
	}
	in := press(m, "enter")
	top := strings.Join(strings.Split(screen(in), "\n")[:6], "\n")
	if !strings.Contains(top, "again, related: Meridian Wire ¶3") {
		t.Errorf("the deal's inspector does not say at its top where its fact is told again:\n%s", screen(in))
	}
	// Without a related sentence, no such line.
	plain := newTestModel(t, loadFixture(t), 80, 24)
	if i := plain.ix.groupItem(1); i >= 0 {
		plain = plain.moveTo(i, plain.ix.items[i].row)
	}
	if strings.Contains(screen(plain), "again, related") {
		t.Errorf("a group told once has an again line:\n%s", screen(plain))
	}
}
