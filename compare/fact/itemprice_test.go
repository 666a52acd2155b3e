package fact

import (
	"testing"
	"time"
)

// TestItemPriceIsNoTotal: "a $12,500 Breitling watch" prices one thing
// bought with the money; another outlet's "$480,000 in campaign funds" is
// the whole, no disagreement. Two items' prices still conflict, and a sum
// before a deal or a fine is the deal's own amount, which a plain sum
// contradicts.
func TestItemPriceIsNoTotal(t *testing.T) {
	money := func(text string) Mention {
		t.Helper()
		for _, m := range Quantities(text, time.Time{}) {
			if m.Kind == "money" {
				return m
			}
		}
		t.Fatalf("no sum in %q", text)
		return Mention{}
	}
	total := money("Councillor Dana Mirel spent $480,000 in campaign funds on herself.")
	for _, c := range []struct {
		text     string
		conflict bool
	}{
		{"Her purchases included a $12,500 Breitling watch and a fur stole.", false},
		{"Among them was a $12,500 gold watch, prosecutors said.", false},
		{"Mirel agreed to a $12,500 settlement with the county.", true},
		{"Mirel was ordered to pay a $12,500 fine.", true},
		{"She spent $12,500 on herself.", true},
	} {
		st, ok := CompareMentions(total, money(c.text))
		if got := ok && st == Conflict; got != c.conflict {
			t.Errorf("%q against %q: %v %v, want a conflict %v", total.Text, c.text, st, ok, c.conflict)
		}
	}
	a, b := money("She bought a $12,500 Breitling watch."), money("She bought a $9,000 Breitling watch.")
	if st, ok := CompareMentions(a, b); !ok || st != Conflict {
		t.Errorf("two prices of one watch: %v %v, want a conflict", st, ok)
	}
	if st, ok := CompareMentions(a, money("The watch cost her about $12,000.")); !ok || st == Conflict {
		t.Errorf("a watch's price and a sum near it: %v %v, want them to agree", st, ok)
	}
}
