package quote

import (
	"slices"
	"strings"
	"testing"
)

// ukArticle is an invented council story printed the British way: single
// marks for quotations, double marks nested in them, and the apostrophes
// that look like single marks.
const ukArticle = "Council shuts Harbour Bridge\n\n" +
	"Opposition leader Megan Rhys said the closure was ‘a scandalous betrayal’ and demanded an apology.\n\n" +
	"‘We prioritised safety above everything,’ the mayor, Tom Reed, said. ‘I apologise to anyone who was inconvenienced.’\n\n" +
	"Engineers at Calder Surveys said the steel was corroding. ‘The Joneses’ report warned of this in 2019,’ said Ann Cole, who runs the firm.\n\n" +
	"‘When I heard him say “we will reopen by spring”, I laughed,’ said Owen Price, a ferry pilot.\n\n" +
	"It's the third closure since the '90s, and commuters' patience is thin.\n\n" +
	"Dan O'Neill, who plays rock 'n' roll at the Harbour Inn, said 'tis a sad day for the town.\n\n" +
	"'It will cost us customers,' said Dan O'Neill. 'The drivers' union agrees.'\n\n" +
	"‘This is not the end of it,’ Megan Rhys said.\n\n" +
	"‘We will campaign every week until the bridge reopens.\n\n" +
	"‘And we will not be silenced,’ she added."

// usArticle is ukArticle with its quotation marks printed the American way.
func usArticle() string {
	r := strings.NewReplacer(
		"‘a scandalous betrayal’", "“a scandalous betrayal”",
		"‘We prioritised", "“We prioritised", "everything,’", "everything,”",
		"‘I apologise", "“I apologise", "inconvenienced.’", "inconvenienced.”",
		"‘The Joneses’ report", "“The Joneses’ report", "2019,’", "2019,”",
		"‘When I heard him say “we will reopen by spring”, I laughed,’", "“When I heard him say ‘we will reopen by spring’, I laughed,”",
		"'It will cost us customers,'", "\"It will cost us customers,\"", "'The drivers' union agrees.'", "\"The drivers' union agrees.\"",
		"‘This is not the end of it,’", "“This is not the end of it,”",
		"‘We will campaign", "“We will campaign", "‘And we will not be silenced,’", "“And we will not be silenced,”",
	)
	return r.Replace(ukArticle)
}

// TestBritishSingleMarks: a British article's quotations in single marks
// are found with the same words and speakers as the same article printed
// the American way, and its apostrophes are no quotations.
func TestBritishSingleMarks(t *testing.T) {
	uk, us := Extract(ukArticle, nil), Extract(usArticle(), nil)
	for _, q := range uk {
		checkOffsets(t, ukArticle, q)
	}
	norm := func(qs []Quote) []string {
		var out []string
		for _, q := range qs {
			w := strings.NewReplacer("“", "'", "”", "'", "‘", "'", "’", "'").Replace(q.Text)
			out = append(out, w+" | "+q.Speaker)
		}
		return out
	}
	if len(us) != 9 {
		t.Fatalf("the American printing has %d quotations, want 9: %q", len(us), describe(us))
	}
	if got, want := norm(uk), norm(us); !slices.Equal(got, want) {
		t.Errorf("single marks:\n  %q\nwant, as with double marks:\n  %q", got, want)
	}
	for _, q := range uk {
		for _, bad := range []string{"90s", "tis a sad", "n' roll", "Neill", "commuters"} {
			if strings.Contains(q.Text, bad) {
				t.Errorf("an apostrophe read as a quotation mark: %q", q.Text)
			}
		}
	}
	// A mark between words closes a quotation unless a later one does.
	if qs := Extract("Megan Rhys called it ‘a betrayal’ and the owners’ union agreed.", nil); len(qs) != 1 || qs[0].Text != "a betrayal" {
		t.Errorf("‘a betrayal’ and the owners’ union: got %q", describe(qs))
	}
	// The nested quotation is part of the words, not a quotation of its own.
	if !slices.ContainsFunc(uk, func(q Quote) bool {
		return q.Text == "When I heard him say “we will reopen by spring”, I laughed" && q.Speaker == "Owen Price"
	}) {
		t.Errorf("nested double marks: got %q", describe(uk))
	}
}

// TestSingleMarksNestedInDoubleMarks: American copy nests single marks in
// double ones, and a quotation printed over several paragraphs without a
// mark on each holds its single marks too; neither makes a quotation of
// its own.
func TestSingleMarksNestedInDoubleMarks(t *testing.T) {
	text := "The harbor closed on Monday.\n\n" +
		"\"He called it 'a disaster,' and he was right,\" Jane Doe said.\n\n" +
		"\"I didn't like it.\n\n" +
		"He said to me, 'You'll be sorry. '\n\n" +
		"I wasn't,\" Jane Doe said."
	qs := Extract(text, nil)
	var got []string
	for _, q := range qs {
		got = append(got, q.Text)
	}
	want := []string{"He called it 'a disaster,' and he was right", "I didn't like it. He said to me, 'You'll be sorry. ' I wasn't"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSingleMarkAsApostrophes: text with apostrophes only has no
// quotation.
func TestSingleMarkAsApostrophes(t *testing.T) {
	for _, text := range []string{
		"The players' union met the owners' group on Monday and the Joneses' lawyer said nothing.",
		"It's rock 'n' roll, and 'tis the season, said Dan O'Neill.",
		"Sales fell in the '90s and rose in '08 at the Smiths' shop.",
		"The ship's crew worked four hours ' overtime.",
	} {
		if qs := Extract(text, nil); len(qs) > 0 {
			t.Errorf("%s: got %q, want no quotation", text, describe(qs))
		}
	}
}
