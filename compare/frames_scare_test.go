package compare

import "testing"

// TestScareQuotedPhraseIsNotThePlainOutletsFraming: one outlet writes
// "the so-called 'rescue plan'", another the plain phrase. Both write the
// words; the first takes its distance with quotation marks (a hedge of its
// own), and the second's phrase is no framing choice against it.
func TestScareQuotedPhraseIsNotThePlainOutletsFraming(t *testing.T) {
	a := `Orlen council weighs port levy

Councillor Mira Tesk defended the so-called 'job killer' levy on Thursday, saying the port could afford it.
`
	b := `Port levy debated in Orlen

Councillor Mira Tesk defended the job killer levy on Thursday, saying the port could afford it.
`
	r := hedgingReport(t, "Tribune", a, "Sentinel", b)
	found := false
	for _, g := range r.Groups {
		if len(g.Members) != 2 {
			continue
		}
		for _, m := range g.Framing {
			switch {
			case m.Article == 1 && m.Lemma == "job killer":
				found = true
				if m.Distinct || m.Differs {
					t.Errorf("the plain outlet's %q is distinct (%v) or differs (%v): the other writes it in scare quotes", m.Text, m.Distinct, m.Differs)
				}
			case m.Article == 0 && m.Category == "scare quotes" && !m.Distinct:
				t.Errorf("the scare quotes %q are not distinct: the plain outlet takes no distance", m.Text)
			}
		}
		for _, d := range g.FramingDiffers {
			if d.Article == 1 {
				t.Errorf("framing_differs lists the plain outlet's words %v", d.Words)
			}
		}
	}
	if !found {
		t.Fatal("no group holds the plain outlet's \"job killer\": the test measures nothing")
	}
}
