package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// The attribution fixtures (testdata/attribution) include a second outlet
// that gives one quotation to another speaker: the ledger must flag that
// pair, and only that one, as the same words from someone else.
func TestQuoteGivenToAnotherSpeaker(t *testing.T) {
	dir := filepath.Join("..", "testdata", "attribution")
	var g struct {
		OtherSpeaker []struct {
			A, B, Text, Pattern string
			Flagged             bool
		} `json:"other_speaker"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	names := []string{"01-larkspur-gazette.txt", "02-tidewater-courier.txt"}
	var docs []*ingest.Document
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.Parse(n, b)
		if err != nil {
			t.Fatal(err)
		}
		d.Label = n
		docs = append(docs, d)
	}
	r := Compare(docs, Options{})
	find := func(article, text string) *Quote {
		for i := range r.Quotes {
			q := &r.Quotes[i]
			if r.Articles[q.Article].Label == article && strings.Contains(q.Text, text) {
				return q
			}
		}
		t.Fatalf("%s: no quote holds %q", article, text)
		return nil
	}
	for _, want := range g.OtherSpeaker {
		a, b := find(want.A, want.Text), find(want.B, want.Text)
		matched := false
		for _, m := range a.Matches {
			if m.Quote != b.ID {
				continue
			}
			matched = true
			if m.OtherSpeaker != want.Flagged {
				t.Errorf("%s: %q (%s) against %q (%s): other speaker %v, want %v",
					want.Pattern, a.Text, a.Speaker, b.Text, b.Speaker, m.OtherSpeaker, want.Flagged)
			}
		}
		if !matched {
			t.Errorf("%s: %q in %s and %s are not matched", want.Pattern, want.Text, want.A, want.B)
		}
		if want.Flagged && a.Status != "variant" {
			t.Errorf("%s: %q has status %q, want variant", want.Pattern, a.Text, a.Status)
		}
	}
}

// The speakers Extract now gives include owned and described ones ("Harry
// Reid's office", "Larkspur Dredging Co."); the ledger must still tell one
// speaker from two.
func TestDifferentSpeakers(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Donald Trump", "Trump", false},
		{"Alibaba", "Alibaba Group", false},
		{"Harry Reid's office", "Harry Reid", false},
		{"Harry Reid’s office", "Reid", false},
		{"Tobias Renner", "Dana Whitcombe", true},
		{"Scott's family", "Justin Bamberg", true},
		{"", "Dana Whitcombe", false},
		{"Jack Ketsoyan", "Reid's rep", false},
		{"Grimm's lawyer", "William McGinley", false},
		{"Obama's spokesman", "Romney's spokesman", true},
		{"Scott's family", "Romney's spokesman", true},
		// A lawyer or a spokesman is not the one they speak for.
		{"Ana Costa", "Ana Costa's lawyer", true},
		{"Grimm's lawyer", "Michael Grimm", true},
		{"Costa's lawyer", "Ana Costa's lawyer", false},
		// One known only by description may be anyone another names; two
		// descriptions differ when their nouns do.
		{"a fire officer", "Peter Guest", false},
		{"Waitrose", "a police spokeswoman", false},
		{"a police spokeswoman", "police", false},
		{"a Surrey Police spokeswoman", "Surrey Police", false},
		{"the council", "a fire officer", true},
		{"Surrey police", "Peter Guest", false},
		{"de Blasio", "Donald Trump", true},
		// A role of a body never named ("the chapel's minister") is a
		// description too, as "a police spokeswoman" is; a named owner's
		// is not ("Scott's family" above).
		{"the chapel's minister", "Ines Marlow", false},
		{"the chapel's minister", "the council", true},
	} {
		if got := differentSpeakers(c.a, c.b); got != c.want {
			t.Errorf("differentSpeakers(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
