package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The text report in the pager is broken between words at the terminal's
// width, never mid-word, with an entry's later lines indented under it.
func TestWrapLinesBreaksBetweenWords(t *testing.T) {
	in := "ARTICLES\n" +
		"  [1] Harbor Herald: Port board approves $1.2 billion Norvanta terminal at Pier 9 after a long hearing\n" +
		"short line\n" +
		"  an-unbreakable-word-far-wider-than-the-terminal-is-left-whole-for-the-pager\n"
	got := string(wrapLines([]byte(in), 40))
	want := "ARTICLES\n" +
		"  [1] Harbor Herald: Port board approves\n" +
		"      $1.2 billion Norvanta terminal at\n" +
		"      Pier 9 after a long hearing\n" +
		"short line\n" +
		"  an-unbreakable-word-far-wider-than-the-terminal-is-left-whole-for-the-pager\n"
	if got != want {
		t.Errorf("wrapped:\n%s\nwant:\n%s", got, want)
	}
	for _, l := range strings.Split(got, "\n") {
		if w := ansi.StringWidth(l); w > 40 && !strings.Contains(l, "unbreakable") {
			t.Errorf("line of %d cells: %q", w, l)
		}
	}
	if got := string(wrapLines([]byte(in), 500)); got != in {
		t.Errorf("a wide terminal changed the report:\n%s", got)
	}
}
