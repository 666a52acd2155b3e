package framing

import "testing"

// TestNegatedSayingGovernsItsClause: a negated verb of saying governs
// what was said to the clause's end, beyond negationReach's three words:
// in "did not say the harbour plans were a reckless gamble" the writer
// does not call them reckless. The clause after the comma is not
// governed, nor is what follows "cannot emphasise enough", which stresses,
// nor a verb that asks "for" a thing, nor another predicate after "or",
// nor a verb of saying past a comma the negation does not cross.
func TestNegatedSayingGovernsItsClause(t *testing.T) {
	negated := map[string]bool{}
	for _, m := range Markers("Councillor Brenna Tolliver did not say the harbour plans were a reckless gamble, and she called the ferry deal a disgrace.") {
		if m.Kind == Loaded {
			negated[m.Lemma] = m.Negated
		}
	}
	if got, ok := negated["reckless"]; !ok || !got {
		t.Errorf("\"reckless\" after \"did not say\": negated %v (marked %v), want negated", got, ok)
	}
	if got, ok := negated["disgrace"]; !ok || got {
		t.Errorf("\"disgrace\" in the next clause: negated %v (marked %v), want marked, not negated", got, ok)
	}
	for _, m := range Markers("Tolliver did not back down, saying the ferry deal was a disgrace.") {
		if m.Lemma == "disgrace" && m.Negated {
			t.Errorf("\"disgrace\" after \"did not back down, saying\" is marked negated")
		}
	}
	for _, m := range Markers("Ferry passengers never asked for the new fares or just were confused by them.") {
		if m.Lemma == "confuse" && m.Negated {
			t.Errorf("\"confused\" after \"never asked for ... or\" is marked negated")
		}
	}
	for _, m := range Markers("Tolliver said she could not emphasise enough how reckless the ferry deal was.") {
		if m.Lemma == "reckless" && m.Negated {
			t.Errorf("\"reckless\" after \"could not emphasise enough how\" is marked negated")
		}
	}
}
