package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/align"
)

// raidArticles are two articles on one raid on smugglers in the Strait of
// Orn (the coast guard's Tuesday capture) and two on a look-alike raid
// there the next week. The next week's ledes hold the words of the first
// raid's second sentence ("… about to board a cargo ship … when they were
// caught"), and one article of each tells the same background on the
// strait.
var raidArticles = []string{
	"Nine held after Kessa cutter fires warning shots|Nine smugglers surrendered to the cutter Aldis near the port of Kessa on Tuesday.|The smugglers were about to board a cargo ship in the Strait of Orn when they were caught.|Captain Ivo Marek said the nine would be handed to prosecutors in Kessa on Friday.|Marek said the Aldis fired two warning shots before the men raised their hands.|The strait carries a fifth of the region's grain trade and has seen smuggling raids for years.",
	"Aldis crew arrests nine off Kessa|The cutter Aldis arrested nine smugglers off Kessa on Tuesday after firing warning shots.|They were about to board a cargo ship in the Strait of Orn when they were caught, the coast guard said.|Prosecutors in Kessa will receive the nine on Friday, Captain Ivo Marek said.|Marek praised the Aldis crew for holding their fire after two warning shots.",
	"Brenna chases speedboats for an hour near Tarr|The patrol boat Brenna patrolling the Strait of Orn on Monday caught 14 smugglers who were about to board a cargo ship, seizing their three speedboats.|Two other speedboats escaped towards the island of Tarr.|Commander Rhea Dunn said her crew found rifles and fuel drums on board.|The strait carries a fifth of the region's grain trade and has seen smuggling raids for years.",
	"Fourteen detained, two boats flee to Tarr|The Brenna, on patrol in the Strait of Orn on Monday, caught 14 smugglers who were about to board a cargo ship and seized three speedboats.|Two of the speedboats got away to Tarr island.|Rifles and fuel drums were found on the boats, Commander Rhea Dunn said.",
}

// TestAnotherEventsNewsIsNotCarried: the next week's ledes hold four
// fifths of the words of the first raid's "about to board a cargo ship …
// when they were caught", a member that opens its article; the two raids
// are two events, and the next week's articles carry none of the first
// raid's news. The strait's background, which both events tell, is
// carried where a sentence holds it. The alignment is given the groups,
// so that the test reads carriedWithin alone.
func TestAnotherEventsNewsIsNotCarried(t *testing.T) {
	r := Compare(docs(raidArticles...), Options{})
	al := align.New(alignArticles(r.Articles), align.Options{})
	al.Groups()
	if !al.Apart(0, 2) || al.Apart(0, 1) || al.Apart(2, 3) {
		t.Fatalf("the two raids are not two events of two articles each")
	}
	caught := Group{ID: "caught", Members: []Member{{Article: 0, Sentences: []int{2}}, {Article: 1, Sentences: []int{2}}}, Within: []Member{}}
	monday := Group{ID: "monday", Members: []Member{{Article: 2, Sentences: []int{1}}, {Article: 3, Sentences: []int{1}}}, Within: []Member{}}
	strait := Group{ID: "strait", Members: []Member{{Article: 0, Sentences: []int{5}}}, Within: []Member{}}
	other := Group{ID: "other", Members: []Member{{Article: 2, Sentences: []int{4}}, {Article: 3, Sentences: []int{3}}}, Within: []Member{}}
	r.Groups = []Group{caught, monday, strait, other}
	carriedWithin(r, al)
	for _, a := range []int{2, 3} {
		if r.Groups[0].Carries(a) {
			t.Errorf("article %d, on the next week's raid, carries the first raid's %q", a, r.Articles[0].Sentences[2].Text)
		}
	}
	if !r.Groups[2].Carries(2) {
		t.Errorf("article 2 does not carry the strait's background, which its sentence %q tells", r.Articles[2].Sentences[4].Text)
	}
}
