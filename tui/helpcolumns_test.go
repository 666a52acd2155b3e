package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The help screen lists every key the README lists, the wheel and ctrl+c
// among them, in columns that line up down the whole screen: every left
// description starts at one column, every right key at one column, every
// right description at one column. (Before, each pair of key columns had
// its own widths, so the columns jumped between pairs.) It fits 80
// columns.
func TestHelpKeysAlignAndSayEveryKey(t *testing.T) {
	m := press(newTestModel(t, loadFixture(t), 80, 24), "?")
	var lines []string
	for _, l := range m.helpLines() {
		l = ansi.Strip(l)
		if l == "Legend" {
			break
		}
		if l != "" && l != "Keys" {
			lines = append(lines, l)
		}
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{"ctrl+c", "quit from anywhere", "wheel", "scroll"} {
		if !strings.Contains(all, want) {
			t.Errorf("the help lacks %q:\n%s", want, all)
		}
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("a help line is %d wide: %q", w, l)
		}
	}
	at := func(l string, i int) int { return ansi.StringWidth(l[:i]) }
	leftDesc, rightKey, rightDesc := map[int]bool{}, map[int]bool{}, map[int]bool{}
	groups := m.keys.FullHelp()
	n := 0
	for g := 0; g < len(groups); g += 2 {
		var right []string
		if g+1 < len(groups) {
			for _, b := range groups[g+1] {
				right = append(right, b.Help().Key+"\x00"+b.Help().Desc)
			}
		}
		for r := range max(len(groups[g]), len(right)) {
			if n >= len(lines) {
				t.Fatalf("the help has %d key lines, want more:\n%s", len(lines), all)
			}
			l := lines[n]
			n++
			end := len(l)
			if r < len(right) {
				k, d, _ := strings.Cut(right[r], "\x00")
				di := strings.LastIndex(l, d)
				ki := strings.LastIndex(l[:max(di, 0)], k)
				if di < 0 || ki < 0 {
					t.Fatalf("line %q lacks %q %q", l, k, d)
				}
				rightKey[at(l, ki)], rightDesc[at(l, di)] = true, true
				end = ki
			}
			if r < len(groups[g]) {
				d := groups[g][r].Help().Desc
				di := strings.Index(l[:end], d)
				if di < 0 {
					t.Fatalf("line %q lacks %q", l, d)
				}
				leftDesc[at(l, di)] = true
			}
		}
	}
	if len(leftDesc) != 1 || len(rightKey) != 1 || len(rightDesc) != 1 {
		t.Errorf("the columns are ragged: left descriptions at %v, right keys at %v, right descriptions at %v:\n%s",
			keysOf(leftDesc), keysOf(rightKey), keysOf(rightDesc), all)
	}
}

func keysOf(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	return out
}
