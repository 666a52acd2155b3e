package quote

import (
	"strings"
	"testing"
)

// A web site's name after "the Web site" or "the blog" is the site, whole,
// not a person's name split at its possessive.
func TestSiteNameIsNoPerson(t *testing.T) {
	text := "Many in the harbour are not pleased.\n\n" +
		"A blogger on the Web site Harbour’s Watchman said, “Can anyone really say with a straight face that the council is fair?”\n\n" +
		"A writer for the blog Brackwater Lantern said, “The mayor must go now, before the vote.”"
	want := map[string]string{
		"Can anyone really say with a straight face that the council is fair?": "Harbour’s Watchman",
		"The mayor must go now, before the vote.":                              "Brackwater Lantern",
	}
	qs := Extract(text, nil)
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations, want %d: %+v", len(qs), len(want), qs)
	}
	for _, q := range qs {
		if q.Speaker != want[q.Text] {
			t.Errorf("%q is given to %q (role %q), want %q", q.Text, q.Speaker, q.Role, want[q.Text])
		}
	}
}

// The site speaks whole when its blogger follows the verb too ("said a
// blogger on the Web site X"), as when the blogger comes first: one form
// for one speaker, whichever order an outlet writes.
func TestSiteAfterTheVerb(t *testing.T) {
	for _, tail := range []string{
		"said a blogger on the Web site Harbour’s Watchman.",
		"a blogger on the Web site Harbour’s Watchman said.",
		"wrote a blogger on the site Harbour’s Watchman, which is run from Brackwater.",
	} {
		text := "Many in the harbour are not pleased.\n\n“Can anyone really say with a straight face that the council is fair?” " + tail
		qs := Extract(text, nil)
		if len(qs) != 1 {
			t.Fatalf("%s: got %d quotations, want 1: %+v", tail, len(qs), qs)
		}
		if q := qs[0]; q.Speaker != "Harbour’s Watchman" || !strings.HasPrefix(q.Role, "a blogger on the") {
			t.Errorf("%s: speaker %q role %q, want the site with the blogger as its role", tail, q.Speaker, q.Role)
		}
	}
	// No site named: the blogger's words stay a spokesman's, not the site's.
	text := "Many in the harbour are not pleased.\n\n“The council is not fair,” said a spokesman for the site."
	if qs := Extract(text, nil); len(qs) != 1 || qs[0].Speaker != "a spokesman" {
		t.Errorf("a site not named: %+v", qs)
	}
}
