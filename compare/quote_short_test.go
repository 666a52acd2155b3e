package compare

import (
	"strings"
	"testing"
)

// A short quotation (under seven words) changed by one word shares no
// three words in a row with the original, so only alignment can relate
// them: the same speaker's "We will not accept it" and "We will never
// accept it" in aligned sentences are one quotation, altered. Another
// speaker's, or one in a sentence of another fact, stays unique.
func TestShortQuoteAlteredInAlignedSentences(t *testing.T) {
	cases := []struct {
		name, a, b string
		variant    bool
	}{
		{"one word changed", `"We will not pay it," said Ines Marlow, the guild's treasurer, on Friday in Dunmore.`,
			`"We will never pay it," said Ines Marlow, the guild's treasurer, on Friday in Dunmore.`, true},
		{"contraction", `"We will not pay it," said Ines Marlow, the guild's treasurer, on Friday in Dunmore.`,
			`"We won't pay it," said Ines Marlow, the guild's treasurer, on Friday in Dunmore.`, true},
		{"another speaker", `"We will not pay it," said Ines Marlow, the guild's treasurer, on Friday in Dunmore.`,
			`"We will never pay it," said Carl Odell, the guild's treasurer, on Friday in Dunmore.`, false},
		{"other words", `"We will not pay it," said Ines Marlow, the guild's treasurer, on Friday in Dunmore.`,
			`"Nobody asked us first," said Ines Marlow, the guild's treasurer, on Friday in Dunmore.`, false},
	}
	for _, c := range cases {
		head := "Guild rejects levy|The Dunmore weavers' guild voted against the new river levy on Thursday night.|"
		r := Compare(docs(head+c.a, head+c.b), Options{})
		var got []string
		variant := false
		for _, q := range r.Quotes {
			got = append(got, q.Status+":"+q.Text)
			if q.Status == "variant" && len(q.Matches) == 1 && q.Matches[0].Relation == "altered" {
				variant = true
			}
		}
		if variant != c.variant {
			t.Errorf("%s: variant %v, want %v; quotes %s", c.name, variant, c.variant, strings.Join(got, " | "))
		}
	}
}
