package framing

import (
	"slices"
	"testing"
)

// TestNeighboursKeepTheirCompanysTone: words the vectors put beside a
// judging word for what it judges, or for its opposite, are left out of
// the table (toneOfCompany): a jewellery store "upmarket" by "posh",
// title "belts" by "buckle", "warm" weather by "chilly", a "decent" left
// hook by "lousy", an "expensive" trial by "pricey". The judging words
// themselves, and a vector neighbour that keeps a judging company
// ("vigorously" by "fiercely"), stay.
func TestNeighboursKeepTheirCompanysTone(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Four men rammed a van into an upmarket jewellery store in Harlow on Monday.", nil},
		{"Brask retained his three heavyweight title belts in Tarrow.", nil},
		{"The weather in Quillby was warm on Sunday.", nil},
		{"Ventry landed a decent left in the fourth round.", nil},
		{"The Eastmere trial was the most expensive in the county's history.", nil},
		{"The posh new harbour hotel charged a pricey fee.", []string{"posh", "pricey"}},
		{"The mayor vigorously defended the harbour plan.", []string{"vigorously"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
