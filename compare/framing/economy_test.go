package framing

import (
	"slices"
	"testing"
)

// TestPlainWordsOfAnEconomy: a budget story names the economy's condition
// in the words every outlet uses (the deficit, the debt limit, poverty,
// the unemployment rate, a recession), as a crime story names the crime,
// and an illness is named as a death is ("a rare blood disorder"). The
// judging words beside them stay loaded ("crippling", "disastrous").
func TestPlainWordsOfAnEconomy(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The Brellmoor council voted to raise the debt limit and to cut the deficit by $4 million.", nil},
		{"The harbour fund keeps 2,000 Ostvik families out of poverty, the report estimates.", nil},
		{"Unemployment in Saltmere rose to 9 percent during the recession.", nil},
		{"The mayor's son was treated for a rare blood disorder.", nil},
		{"The town is weighed down by a crippling debt after a disastrous ferry deal.", []string{"crippling", "disastrous"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
