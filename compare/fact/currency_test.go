package fact

import "testing"

// TestLostCurrencySign: some wire feeds print € and £ as a plain letter
// glued to the sum ("e80 million", "p74million"); the sum keeps its
// currency. A letter before a number that no multiplier sizes is no sum.
func TestLostCurrencySign(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"Raiders steal e80 million from Dunmore jeweller", want{"e80 million", "money", "EUR", 8e7, 7.5e7, 8.5e7, ""}},
		{"snatching p74million of rings", want{"p74million", "money", "GBP", 7.4e7, 7.35e7, 7.45e7, ""}},
		{"loaded with e75m worth of oil", want{"e75m", "money", "EUR", 7.5e7, 7.45e7, 7.55e7, ""}},
		{"stealing more than e85 million worth", want{"more than e85 million", "money", "EUR", 8.5e7, 8.5e7, 1.275e8, "more than"}},
		{"a €2 million (R26 million) haul", want{"R26 million", "money", "ZAR", 2.6e7, 2.55e7, 2.65e7, ""}},
	})
	for _, in := range []string{"took the e80 to Quarry Hill", "see page p53", "a value of 1e10 million"} {
		for _, m := range Quantities(in, monday) {
			if m.Kind == "money" {
				t.Errorf("%q: %q read as money", in, m.Text)
			}
		}
	}
	// Sums in two currencies are never one figure in conflict unless the
	// number is the same ("£1.2bn", "$1.2bn": a rewrite error).
	if st, ok := CompareMentions(first(t, "$2 million"), first(t, "e200 million")); ok {
		t.Errorf("$2 million against e200 million: %q; want not compared", st)
	}
}

// TestPoundsOfMoney: "pounds" in a sentence about money is sterling; a
// weight stays a weight.
func TestPoundsOfMoney(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"Raiders took gems worth 85 million euros (74 million pounds) from a jeweller.", want{"74 million pounds", "money", "GBP", 7.4e7, 7.35e7, 7.45e7, ""}},
		{"The club paid 30 million pounds for the striker.", want{"30 million pounds", "money", "GBP", 3e7, 2.5e7, 3.5e7, ""}},
		{"The wrestler weighed 300 pounds and paid $40 to enter.", want{"300 pounds", "count", "pound", 300, 299.5, 300.5, ""}},
		{"The dairy put up 100,000 pounds of cheese to back its loans.", want{"100,000 pounds", "count", "pound", 1e5, 9.5e4, 1.5e5, ""}},
	})
	a := findText(t, Quantities("Raiders took gems worth 85 million euros (74 million pounds).", monday), "74 million pounds")
	b := findText(t, Quantities("Raiders snatched p74million of gems.", monday), "p74million")
	if st, ok := CompareMentions(a, b); st != Shared || !ok {
		t.Errorf("74 million pounds against p74million: %q %v; want shared", st, ok)
	}
}

// TestPoundsBySize: "lost", "gained" and "raised" before a sum in millions
// speak of money ("the club lost 5 million pounds"); below, "lost" is a
// weight ("lost 30 pounds") and "raised" no sign of money ("the
// weightlifter raised 200 pounds").
func TestPoundsBySize(t *testing.T) {
	runTable(t, monday, []struct {
		in string
		w  want
	}{
		{"The Marlow club lost 5 million pounds last year.", want{"5 million pounds", "money", "GBP", 5e6, 4.5e6, 5.5e6, ""}},
		{"The Marlow club gained 2 million pounds from the sale.", want{"2 million pounds", "money", "GBP", 2e6, 1.5e6, 2.5e6, ""}},
		{"The Harwell fete raised 3 million pounds for the hospice.", want{"3 million pounds", "money", "GBP", 3e6, 2.5e6, 3.5e6, ""}},
		{"Tam Voss lost 30 pounds before the bout.", want{"30 pounds", "count", "pound", 30, 29.5, 30.5, ""}},
		{"The weightlifter raised 200 pounds above his head.", want{"200 pounds", "count", "pound", 200, 199.5, 200.5, ""}},
		{"Tam Voss raised 200 pounds above his head.", want{"200 pounds", "count", "pound", 200, 199.5, 200.5, ""}},
	})
}

// TestPageIsNoPound: a lone 'p' glued to a sum is sterling only where its
// sentence speaks of money; after "page" it is a page.
func TestPageIsNoPound(t *testing.T) {
	for _, in := range []string{"The Dunmore index lists it on page p2 million times.", "Readers turned to page p4 billion."} {
		for _, m := range Quantities(in, monday) {
			if m.Kind == "money" {
				t.Errorf("%q: %q read as money", in, m.Text)
			}
		}
	}
	if m := findText(t, Quantities("Buyers paid p12 million for the Dunmore mill.", monday), "p12 million"); m.Kind != "money" || m.Unit != "GBP" {
		t.Errorf("paid p12 million: %s %q; want money GBP", m.Kind, m.Unit)
	}
}
