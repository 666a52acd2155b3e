package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// Two outlets' figures told of two people ("Pell Vance to a three-year,
// $37.5 million contract", "Dario Cole signed a three-year, $31.5 million
// contract") are two facts, not a conflict; figures that two sources give
// of one thing still conflict.
func TestFiguresOfTwoSubjectsDoNotConflict(t *testing.T) {
	const lede = "Rovers sign outfielders\n\nThe Harlow Rovers spent heavily this winter on their outfield. "
	cases := []struct {
		name, a, b string
		want       string // the conflict, "" for none
	}{
		{"two players",
			"Last winter the Harlow Rovers re-signed Pell Vance to a three-year, $37.5 million contract.",
			"On Friday, outfielder Dario Cole signed a three-year, $31.5 million contract with the Harlow Rovers.", ""},
		{"one player",
			"Last winter the Harlow Rovers re-signed Pell Vance to a three-year, $37.5 million contract.",
			"On Friday, outfielder Pell Vance signed a three-year, $31.5 million contract with the Harlow Rovers.",
			"$37.5 million / $31.5 million"},
		{"two sources",
			"Team president Mara Quill said the Harlow Rovers gave outfielder Pell Vance a three-year, $37.5 million contract.",
			"Agent Dale Osgood said the Harlow Rovers gave outfielder Pell Vance a three-year, $31.5 million contract.",
			"$37.5 million / $31.5 million"},
		{"according to two sources",
			"According to Mara Quill, the outfielder got a three-year, $37.5 million contract from the Harlow Rovers.",
			"According to Dale Osgood, the outfielder got a three-year, $31.5 million contract from the Harlow Rovers.",
			"$37.5 million / $31.5 million"},
	}
	for _, c := range cases {
		checkMoneyConflict(t, lede, c.name, c.a, c.b, c.want)
	}
}

// A figure of a sentence that opens with a pronoun is told of someone
// the sentence before names ("Pell Vance ... He has 189 hits"), not of
// a player named elsewhere ("Dario Cole finished his season with 404
// hits"); a pronoun for the same player still conflicts.
func TestPronounSubjectsDoNotConflict(t *testing.T) {
	const lede = "Rovers lose Cole\n\nThe Harlow Rovers lost their outfielder Dario Cole to a knee injury. "
	cases := []struct {
		name, a, b string
		want       string
	}{
		{"two players",
			"In Cole's absence, outfielder Pell Vance has become the Rovers' best hitter. He earned $37.5 million in his last two seasons with the Rovers.",
			"Outfielder Dario Cole earned $31.5 million in his last two seasons with the Rovers.", ""},
		{"one player",
			"Outfielder Dario Cole has been the Rovers' best hitter. He earned $37.5 million in his last two seasons with the Rovers.",
			"Outfielder Dario Cole earned $31.5 million in his last two seasons with the Rovers.",
			"$37.5 million / $31.5 million"},
	}
	for _, c := range cases {
		checkMoneyConflict(t, lede, c.name, c.a, c.b, c.want)
	}
}

// A figure of a sentence that opens with a description of a person ("The
// young outfielder earned ...") is told of the person the sentence before
// opens with, not of a player named elsewhere; a description of the same
// player, or one that is a source ("The veteran agent said ..."), still
// conflicts.
func TestDescribedSubjectsDoNotConflict(t *testing.T) {
	const lede = "Rovers lose Cole\n\nThe Harlow Rovers lost their outfielder Dario Cole to a knee injury. "
	cases := []struct {
		name, a, b string
		want       string
	}{
		{"two players",
			"Pell Vance made the most of his chances with Dario Cole hurt. The young outfielder earned $37.5 million in his last two seasons with the Rovers.",
			"Dario Cole earned $31.5 million in his last two seasons with the Rovers.", ""},
		{"one player",
			"Dario Cole has been the Rovers' best hitter. The veteran outfielder earned $37.5 million in his last two seasons with the Rovers.",
			"Dario Cole earned $31.5 million in his last two seasons with the Rovers.",
			"$37.5 million / $31.5 million"},
		{"a source",
			"Pell Vance made the most of his chances with Dario Cole hurt. The veteran agent said the outfielder earned $37.5 million in his last two seasons with the Rovers.",
			"Dario Cole earned $31.5 million in his last two seasons with the Rovers.",
			"$37.5 million / $31.5 million"},
	}
	for _, c := range cases {
		checkMoneyConflict(t, lede, c.name, c.a, c.b, c.want)
	}
}

// checkMoneyConflict compares two articles, the lede and a or b, and
// checks the money conflict they show and that their last sentences
// group.
func checkMoneyConflict(t *testing.T, lede, name, a, b, want string) {
	t.Helper()
	{
		c := struct{ name, want string }{name, want}
		r := Compare([]*ingest.Document{parse(t, "a.txt", lede+a), parse(t, "b.txt", lede+b)}, Options{})
		var got []string
		for _, f := range r.Facts {
			if f.Status == FactConflict && f.Kind == "money" {
				var ts []string
				for _, m := range f.Mentions {
					ts = append(ts, m.Text)
				}
				got = append(got, strings.Join(ts, " / "))
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: conflicts %q, want %q", c.name, got, c.want)
		}
		sa, sb := r.Articles[0].Sentences, r.Articles[1].Sentences
		if a, b := sa[len(sa)-1].Group, sb[len(sb)-1].Group; a == nil || b == nil || *a != *b {
			t.Errorf("%s: the sentences do not group: %v %v", c.name, a, b)
		}
	}
}
