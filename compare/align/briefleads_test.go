package align

import "testing"

// Nine briefs on one gallery theft, each outlet with its own haul figure
// and its own wording: some tell the loot, some the gang and the street.
var velmarBriefs = []string{
	"Thieves disguised as cleaners made off with $41 million of paintings from the Velmar Gallery in Ostrava.",
	"Masked thieves stole paintings worth 38 million euros from the Velmar Gallery, in one of the biggest art heists in Europe.",
	"Armed thieves took canvases valued at $44 million from Ostrava's Velmar Gallery late on Tuesday.",
	"Thieves posing as cleaners stole seven paintings worth an estimated 35 million pounds from the Velmar Gallery.",
	"A gang of three men, two dressed as cleaners, on Tuesday emptied the west wing of the Velmar Gallery on Corso Street.",
	"The three men, two of whom wore cleaners' overalls, emptied nearly every frame in the Velmar Gallery's west wing.",
	"Ostrava's Velmar Gallery on Corso Street was stormed by as many as three men late on Tuesday evening.",
	"Two or three men walked into the gallery on busy Corso Street late Tuesday and left with seven canvases.",
	"Art worth more than $50 million has been stolen from an Ostrava gallery in what may be the country's largest art theft.",
}

// TestBriefsOfOneEventToldInTwoWaysGroupTogether: briefs that tell one
// theft, each with its own haul figure, link only where they share enough
// of their words; the grouping into events cut them into the outlets that
// tell the loot, those that tell the gang, and one that names neither
// gallery nor gang, and the lead rules, which hold within one event, left
// the theft in two groups and a brief alone. With the briefs' leads
// linked before the events are formed (linkBriefLeads) they are one event
// and one group.
func TestBriefsOfOneEventToldInTwoWaysGroupTogether(t *testing.T) {
	g := briefGroups(velmarBriefs, func(*engine) {})
	if len(g) != 1 || len(g[0]) != len(velmarBriefs) {
		t.Errorf("groups %v, want one of all %d briefs", g, len(velmarBriefs))
	}
	if g := briefGroups(velmarBriefs, func(e *engine) { e.briefLeads = false }); len(g) == 1 && len(g[0]) == len(velmarBriefs) {
		t.Errorf("without briefLeads the briefs are one group (%v); the case tests nothing", g)
	}
}

// TestBriefsOfLookAlikeTheftsStayApartWithBriefLeads: three briefs on
// another gallery theft, told in the same words, stay apart from the
// Velmar briefs although the briefs' leads now link before the events
// are formed: they share no name with them, so their links count as any
// link does, and where two leads name different things each must find
// leadCover of its weight in the other brief.
func TestBriefsOfLookAlikeTheftsStayApartWithBriefLeads(t *testing.T) {
	texts := append([]string{
		"Robbers smashed a display case at the Halvard Museum in Brenn and escaped with a painting valued at $12 million.",
		"A 17th-century painting worth 11 million euros was stolen from Brenn's Halvard Museum on Sunday.",
		"Two men on motorbikes robbed the Halvard Museum on Quay Street in Brenn on Sunday morning.",
	}, velmarBriefs...)
	mixed := func(set func(*engine)) int {
		n := 0
		for _, g := range briefGroups(texts, set) {
			halvard, velmar := 0, 0
			for _, a := range g {
				if a < 3 {
					halvard++
				} else {
					velmar++
				}
			}
			if halvard > 0 && velmar > 0 {
				n++
			}
		}
		return n
	}
	if n := mixed(func(*engine) {}); n > 0 {
		t.Errorf("%d groups mix the two thefts", n)
	}
	// With the links that share no name counted up, and leads that name
	// different things linking without leadCover, the thefts are one
	// event and one group: the case needs both guards.
	if n := mixed(func(e *engine) { e.briefUnnamed, e.leadCover = true, 1e-9 }); n == 0 {
		t.Errorf("without the guards no group mixes the thefts; the case tests nothing")
	}
}
