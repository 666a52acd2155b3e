package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// yearFacts lists the year facts of a comparison whose text is year (see
// factsWhere).
func yearFacts(r *Report, year string) []string {
	return factsWhere(r, func(f Fact) bool { return f.Kind == "date" && f.Mentions[0].Text == year })
}

// factsWhere lists the facts of a comparison that keep holds as "status:
// articles", the articles by letter ("shared: a b").
func factsWhere(r *Report, keep func(Fact) bool) []string {
	var out []string
	for _, f := range r.Facts {
		if !keep(f) {
			continue
		}
		s := f.Status + ":"
		for _, m := range f.Mentions {
			s += " " + string(rune('a'+m.Article))
		}
		out = append(out, s)
	}
	return out
}

// TestYearAcrossUnalignedSentences: outlets that give one event's year in
// sentences the alignment did not pair tell one fact, not a year unique
// to each; a year of another event stays apart.
func TestYearAcrossUnalignedSentences(t *testing.T) {
	a := "Tunnel row\n\nThe Quarry Hill council voted on Monday to close the Vessel Road tunnel for repairs. " +
		"A former engineer told the Harbor Post that the tunnel was started in 2004 by the Drummond firm and carries freight trains to the coast."
	b := "Tunnel shut\n\nCommuters in Quarry Hill face long detours after councillors shut a road tunnel. " +
		"Shopkeepers on the high street, who lose trade every winter, complain that the tunnel, begun in 2004, has always leaked. " +
		"The mayor's office opened in 2004 as well."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(yearFacts(r, "2004"), " | ")
	if want := "shared: a b | unique: b"; got != want {
		t.Errorf("year facts %q; want %q", got, want)
	}
}

// TestYearJoinsSharedFact: a year left unique joins the fact other outlets
// already share when its clause names the same event: an outlet's second
// telling of a year it shares ("the tunnel began in 2004"), which the
// first pass, joining one year per outlet, left unique. A sentence that
// gives the year twice ("an award winner (2004, 2009), dug the tunnel in
// 2004") gives it for two things and joins neither; the mayor's office
// of 2004 is another event.
func TestYearJoinsSharedFact(t *testing.T) {
	a := "Tunnel row\n\nThe Quarry Hill council voted on Monday to close the Vessel Road tunnel for repairs. " +
		"A former engineer told the Harbor Post that the tunnel was started in 2004 by the Drummond firm and carries freight trains to the coast. " +
		"According to the engineer, the tunnel began in 2004 and is in its second stage of lining. " +
		"The Drummond firm, an award winner (2004, 2009), dug the tunnel in 2004."
	b := "Tunnel shut\n\nCommuters in Quarry Hill face long detours after councillors shut a road tunnel. " +
		"Shopkeepers on the high street, who lose trade every winter, complain that the tunnel, begun in 2004, has always leaked. " +
		"The mayor's office opened in 2004 as well."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(yearFacts(r, "2004"), " | ")
	if want := "shared: a b a | unique: a | unique: a | unique: b"; got != want {
		t.Errorf("year facts %q; want %q", got, want)
	}
}

// A story's one lone year joins the shared fact of that year too: the
// pass that joins lone years to each other needs two, this one does not.
func TestOneLoneYearJoinsSharedFact(t *testing.T) {
	a := "Tunnel row\n\nThe Quarry Hill council voted on Monday to close the Vessel Road tunnel for repairs. " +
		"A former engineer told the Harbor Post that the tunnel was started in 2004 by the Drummond firm and carries freight trains to the coast. " +
		"According to the engineer, the tunnel began in 2004 and is in its second stage of lining."
	b := "Tunnel shut\n\nCommuters in Quarry Hill face long detours after councillors shut a road tunnel. " +
		"A former engineer said the tunnel was started in 2004 by the Drummond firm and carries freight trains to the coast."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(yearFacts(r, "2004"), " | ")
	if want := "shared: a b a"; got != want {
		t.Errorf("year facts %q; want %q", got, want)
	}
}

// TestYearEventNotByPronoun: two clauses that share only a pronoun ("she")
// name no one event: a singer who moved in 2011 and one who sold a
// bakery in 2011 are two facts.
func TestYearEventNotByPronoun(t *testing.T) {
	a := "Singer's road\n\nThe singer Mara Holt opened a tour in Quarry Hill on Friday. " +
		"Tickets for the twelve shows sold out within an hour.\n\n" +
		"Holt grew up on a farm near Dunmore and sang in a church choir. " +
		"In 2011, she moved to the coast with her brother."
	b := "Holt returns\n\nFans queued overnight for Mara Holt's first show in Quarry Hill. " +
		"The council closed two streets around the hall for the crowds.\n\n" +
		"Critics have praised the new record's spare arrangements. " +
		"She sold her bakery in Dunmore in 2011 to pay for a studio."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(yearFacts(r, "2011"), " | ")
	if want := "unique: a | unique: b"; got != want {
		t.Errorf("year facts %q; want %q", got, want)
	}
}
