package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/ingest"
)

// Words a body classes a thing as ("treated by police as 'potentially
// suspicious'") are the body's, in every outlet that carries them: one
// quote the outlets share, and no outlet's own scare-quote hedge.
func TestClassedWordsAreTheBodysQuote(t *testing.T) {
	a := parse(t, "herald.txt", "Mill fire in Dunmore\n\nA fire destroyed the Dunmore mill on Friday.\n\n"+
		"Police are treating the fire as \"potentially suspicious\".\n\nCrews worked through the night.")
	b := parse(t, "courier.txt", "Dunmore mill burns\n\nThe Dunmore mill was destroyed by fire on Friday.\n\n"+
		"The blaze, which is being treated by police as \"potentially suspicious\", spread quickly.\n\nCrews stayed all night.")
	a.Label, b.Label = "herald.txt", "courier.txt"
	r := Compare([]*ingest.Document{a, b}, Options{})
	n := 0
	for _, q := range r.Quotes {
		if q.Text != "potentially suspicious" {
			continue
		}
		n++
		if q.Speaker == "" || q.Status != "shared" {
			t.Errorf("%s: %q speaker %q status %q, want the police's, shared", r.Articles[q.Article].Label, q.Text, q.Speaker, q.Status)
		}
	}
	if n != 2 {
		t.Errorf("%d quotes of \"potentially suspicious\", want one in each article", n)
	}
	for _, art := range r.Articles {
		for _, s := range art.Sentences {
			for _, m := range s.Framing {
				if m.Category == framing.CatScareQuote && !m.Quoted {
					t.Errorf("%s: %q is the outlet's scare-quote hedge", art.Label, m.Text)
				}
			}
		}
	}
}
