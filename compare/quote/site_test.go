package quote

import "testing"

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
