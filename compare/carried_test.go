package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/align"
)

// A lede that fuses two facts is grouped with one of them; the report must
// not then say its outlet "leaves out" the other, whose words the lede
// holds (the damage figure inside "… leaving an estimated $3 million in
// damage"). A sentence on another terminal's damage, or one that shares
// only the story's words, carries no such fact; nor, here, does a sentence
// in no group. The alignment is given the groups, so that the test reads
// carriedWithin alone.
func TestFusedLedeCarriesItsOtherFact(t *testing.T) {
	herald := "Fire guts Brackwater ferry terminal|" +
		"A fire gutted the Brackwater ferry terminal on Friday night, and investigators suspect it was set deliberately.|" +
		"Damage to the Brackwater ferry terminal was estimated at $3 million.|" +
		"No one was hurt, the harbour master, Ines Varga, said."
	wire := "Brackwater terminal burns|" +
		"Arson is suspected in a Friday night fire that gutted the ferry terminal in Brackwater.|" +
		"The damage to the terminal was estimated at $3 million.|" +
		"Ferries will dock at the fish quay until the terminal is rebuilt, Varga said."
	ledger := "Ferry terminal fire|" +
		"A fire that investigators say was set deliberately gutted the Brackwater ferry terminal on Friday night, leaving an estimated $3 million in damage.|" +
		"Ferries will use the fish quay for now, harbour master Ines Varga said."
	gull := "Terminal fire at Calder Point|" +
		"A fire gutted the Calder Point ferry terminal on Friday night, leaving damage estimated at $5 million.|" +
		"The Brackwater ferry terminal was damaged by fire on Friday night too."
	tern := "Two terminals burn|" +
		"Fires gutted two ferry terminals on Friday night.|" +
		"At Brackwater, the damage to the ferry terminal was estimated at $3 million by harbour officials on Saturday."
	r := Compare(docs(herald, wire, ledger, gull, tern), Options{})
	al := align.New(alignArticles(r.Articles), align.Options{})
	al.Groups()
	damage := Group{ID: "damage", Members: []Member{{Article: 0, Sentences: []int{2}}, {Article: 1, Sentences: []int{2}}}, Within: []Member{}}
	fire := Group{ID: "fire", Members: []Member{{Article: 0, Sentences: []int{1}}, {Article: 1, Sentences: []int{1}}, {Article: 2, Sentences: []int{1}}, {Article: 3, Sentences: []int{1}}, {Article: 4, Sentences: []int{1}}}, Within: []Member{}}
	r.Groups = []Group{damage, fire}
	carriedWithin(r, al)
	g := r.Groups[0]
	if !g.Carries(2) {
		t.Errorf("the ledger does not carry %q, which its lede %q tells", r.Articles[0].Sentences[2].Text, r.Articles[2].Sentences[1].Text)
	}
	for _, m := range g.Within {
		if m.Article == 2 && m.Sentences[0] != 1 {
			t.Errorf("the ledger carries it within %q, want its lede", r.Articles[2].Sentences[m.Sentences[0]].Text)
		}
	}
	if g.Carries(3) {
		t.Errorf("the gull carries %q, though it reports another terminal's damage, and the fire only", r.Articles[0].Sentences[2].Text)
	}
	// The tern's sentence on the damage is in no group: joining it is the
	// alignment's work, and a reader would call it grouped with another fact.
	if g.Carries(4) {
		t.Errorf("the tern carries %q within a sentence in no group", r.Articles[0].Sentences[2].Text)
	}
}
