package segment

import (
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// A headline that ends in an initialism ("… From the I.R.S.") ends in the
// initialism's full stop, not a sentence's: in headline case it is still
// the headline. A one-line first paragraph in sentence case ending in
// "U.S." is the story's first sentence. The headline is the article's
// title, which the panes show.
func TestHeadlineEndingInAnInitialism(t *testing.T) {
	cases := []struct {
		name, text string
		roles      []string
	}{
		{"headline", "Ferry Crews Get Back Pay From the N.L.R.B.\n\nPORT ALDER — Ferry crews who struck last spring will be paid for the lost weeks, the labor board said Thursday.\n\nThe ruling covers 400 workers.",
			[]string{RoleHeadline, RoleLede, RoleBody}},
		{"headline in two words' case", "Tern Island Ferry Strike Ends, Says U.S.\n\nThe strike ended on Thursday.\n\nThe ruling covers 400 workers.",
			[]string{RoleHeadline, RoleLede, RoleBody}},
		{"sentence", "The ruling covers ferry crews across the U.S.\n\nIt was issued on Thursday.\n\nThe crews struck last spring.",
			[]string{RoleLede, RoleBody, RoleBody}},
		{"below a time stamp", "Updated: March 4, 2026 09:10 EST\n\nFerry Crews Get Back Pay From the N.L.R.B.\n\nThe ruling covers 400 workers.",
			[]string{RoleBoilerplate, RoleHeadline, RoleLede}},
		{"a sentence's own full stop", "Ferry Crews Get Back Pay From the Labor Board.\n\nThe ruling covers 400 workers.",
			[]string{RoleLede, RoleBody}},
	}
	for _, c := range cases {
		doc, err := ingest.Parse("a.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		text, ss := Split(doc)
		var got []string
		for _, s := range ss {
			got = append(got, s.Role)
		}
		if !slices.Equal(got, c.roles) {
			t.Errorf("%s: roles %q, want %q", c.name, got, c.roles)
		}
		head := ""
		for _, s := range ss {
			if s.Role == RoleHeadline {
				head = text[s.Start:s.End]
			}
		}
		if title := Title(doc); title != head {
			t.Errorf("%s: title %q, want %q", c.name, title, head)
		}

	}
}
