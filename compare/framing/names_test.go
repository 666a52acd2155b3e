package framing

import "testing"

// TestNameIn: a sentence-initial word the article writes elsewhere only as
// a name is a name; a word it also writes in lower case is not.
func TestNameIn(t *testing.T) {
	sents := []string{
		"The bill was backed by Sen. Dick Durbin, the No. 2 Democrat.",
		"Dick has attended hundreds of events.",
		"Reckless spending, critics said, was the problem.",
		"The spending was reckless, and Reckless Kelly played.",
	}
	var dick, reckless bool
	for _, m := range Markers(sents[1]) {
		if m.Text == "Dick" {
			dick = true
			if !NameIn(m, sents) {
				t.Errorf("%q not taken for a name, though the article names Sen. Dick Durbin", m.Text)
			}
		}
	}
	if !dick {
		t.Fatalf("no marker on %q: the test needs a word the lexicon rates", sents[1])
	}
	for _, m := range Markers(sents[2]) {
		if m.Text == "Reckless" {
			reckless = true
			if NameIn(m, sents) {
				t.Errorf("%q taken for a name, though the article writes it in lower case", m.Text)
			}
		}
	}
	if !reckless {
		t.Fatalf("no marker on %q", sents[2])
	}
}

// TestHeadlineAndDatelineCapitals: a title-case headline that lowers its
// long prepositions ("against", "after") still reads its capitals as no
// names, and the word after a dateline's dash opens the sentence
// (review-r25: "champions" as a verb, "surge" lost in such headlines).
func TestHeadlineAndDatelineCapitals(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"Brack Champions Harbour Levy against Port Owners", []string{"Champions"}},
		{"DUNMORE — Defiant councillors kept the pier open on Tuesday.", []string{"Defiant"}},
		{"DUNMORE (Tidewire) - Fake permits were found at the harbour.", []string{"Fake"}},
		// names stay names
		{"Councillors yesterday visited Jane Defiant in Dunmore.", nil},
	})
	runKind(t, Intensifier, []kindCase{
		{"Ferry Bookings Surge after Report on Harbour Fees", []string{"Surge=surge"}},
	})
}
