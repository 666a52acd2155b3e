package framing

import (
	"slices"
	"testing"
)

// TestFactiveNeedsAClause: "discovered" and "revealed" frame by what they
// vouch for, a clause; in the passive with no clause, or with their agent
// after "by", they tell of a thing found, which the story reports.
func TestFactiveNeedsAClause(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The Harlow ledger was discovered by a cleaner on Friday.", nil},
		{"The second parcel, discovered by Tarrow porters, was opened.", nil},
		{"Two aides quit when their roles in the closures were revealed.", nil},
		{"It was later discovered that the Quillby fund had paid twice.", []string{"discovered"}},
		{"Auditors discovered that the Quillby fund had paid twice.", []string{"discovered"}},
		{"The Ventry letter has been revealed to be a draft.", []string{"revealed"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
