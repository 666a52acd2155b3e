package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestListedFiguresUnpaired: one outlet gives a player's rushing and
// receiving yards in one sentence, another his season in other figures.
// No yards agree, so nothing pairs the two lists: no conflict.
func TestListedFiguresUnpaired(t *testing.T) {
	a := "Harlow out for season\n\nThe Tarrow Hawks placed running back Dov Harlow on injured reserve on Tuesday. " +
		"Harlow ran for 310 yards and caught 40 passes for 290 yards in nine games this season."
	b := "Hawks lose Harlow\n\nThe Tarrow Hawks placed running back Dov Harlow on injured reserve on Tuesday. " +
		"Harlow had 705 yards in nine games this season and caught 31 passes for 260 yards."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	if got := strings.Join(countFacts(r, "yard"), " | "); strings.Contains(got, "conflict") {
		t.Errorf("yard facts %q; want no conflict", got)
	}
}

// TestListedFiguresPaired: when another figure of the list agrees, the
// list is paired and the figures left over conflict.
func TestListedFiguresPaired(t *testing.T) {
	a := "Carmaker output\n\nThe Lindgate plant of Ostery Motors built 400 cars in March and 520 cars in April, the company said on Friday."
	b := "Ostery output\n\nThe Lindgate plant of Ostery Motors built 430 cars in March and 520 cars in April, the company said on Friday."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(countFacts(r, "car"), " | ")
	if want := "conflict: a b | shared: a b"; got != want {
		t.Errorf("car facts %q; want %q", got, want)
	}
}
