package align

import (
	"slices"
	"testing"
)

// sacking is two outlets on a football club sacking its manager. The
// Courier (0) tells the manager's contract extensions twice: beside the
// news, and again as background four paragraphs later; the Wire (1) once.
var sacking = []string{
	"Harbour City sack manager Olsen|Harbour City sacked manager Erik Olsen on Sunday after a run of six defeats.|Chairman Paul Reyes had given Olsen two contract extensions last season, but the poor start was enough to cost him his job.|Assistant coach Mia Torres will take charge for Saturday's match against Dunmore.|Olsen joined the club from Kelso Rovers in 2019 and won the regional cup a year later.|Reyes gave Olsen two contract extensions in eight months last season, which would have kept him at the club until 2027.",
	"Olsen out at Harbour City|Erik Olsen was sacked as Harbour City manager on Sunday, the club said.|Paul Reyes had given Olsen two contract extensions last season, but the slow start was enough to cost him his job.|Mia Torres, his assistant, takes over as caretaker.",
}

// TestARetoldFactJoinsAsRelated: the Courier's second telling of the
// extensions links to the Wire's sentence, whose group already holds the
// Courier's first telling; it is shown with that group as a related
// sentence, not as a fact only the Courier reports.
func TestARetoldFactJoinsAsRelated(t *testing.T) {
	gs := New(pipeArticles(sacking), Options{}).Groups()
	g := groupWith(gs, 0, 2)
	if g == nil || groupWith(gs, 1, 2) != g {
		t.Fatalf("the extensions (Courier ¶2, Wire ¶2) should be one group: %+v", gs)
	}
	if !slices.ContainsFunc(g.Related, func(m Member) bool { return m.Article == 0 && slices.Equal(m.Sentences, []int{5}) }) {
		t.Errorf("related %+v, want the Courier's second telling (sentence 5)", g.Related)
	}
	for i, other := range gs {
		if &gs[i] != g && slices.ContainsFunc(other.Related, func(m Member) bool { return m.Article == 0 && m.Sentences[0] == 5 }) {
			t.Errorf("the second telling is related to another group too: %+v", other)
		}
	}
}

// TestAnotherFactStaysAlone: the Courier's sentence on the manager's
// former club shares his name with the extensions' group but is another
// fact; it stays alone.
func TestAnotherFactStaysAlone(t *testing.T) {
	gs := New(pipeArticles(sacking), Options{}).Groups()
	for _, g := range gs {
		if groupWith(gs, 0, 4) != nil || slices.ContainsFunc(g.Related, func(m Member) bool { return m.Article == 0 && m.Sentences[0] == 4 }) {
			t.Errorf("the Courier's sentence on Kelso Rovers joined %+v", g)
		}
	}
}

// relatedTo reports whether sentence s of article a is a related
// sentence of any group.
func relatedTo(gs []Group, a, s int) bool {
	for _, g := range gs {
		if slices.ContainsFunc(g.Related, func(m Member) bool { return m.Article == a && m.Sentences[0] == s }) {
			return true
		}
	}
	return false
}

// TestASecondRemarkBesideItsMemberStaysAlone: the Courier prints two
// remarks of its chairman one after the other; the Wire prints the
// first. The model relates the second to the Wire's remark (same
// speaker, same occasion), but it sits beside the Courier's member, whose
// one-to-many pass found it no part of that fact: it stays alone.
func TestASecondRemarkBesideItsMemberStaysAlone(t *testing.T) {
	arts := pipeArticles([]string{
		"Harbour City sack manager Olsen|Harbour City sacked manager Erik Olsen on Sunday after a run of six defeats.|\"This is the hardest decision I have made at this club,\" chairman Paul Reyes said after the board met.|\"It is a painful day for everyone at this club,\" chairman Paul Reyes said after the board met.|Olsen joined the club from Kelso Rovers in 2019.",
		"Olsen out at Harbour City|Erik Olsen was sacked as Harbour City manager on Sunday, the club said.|\"This is the hardest decision I have made at this club,\" said chairman Paul Reyes.|Mia Torres, his assistant, takes over as caretaker.",
	})
	groups := New(arts, Options{}).Groups()
	if g := groupWith(groups, 0, 2); g == nil || groupWith(groups, 1, 2) != g {
		t.Fatalf("the first remark should be one group: %+v", groups)
	}
	if groupWith(groups, 0, 3) != nil || relatedTo(groups, 0, 3) {
		t.Errorf("the second remark joined a group: %+v", groups)
	}
}

// TestABodySentenceIsNoRetellingOfTheLede: the Courier's third paragraph
// tells in full one part of its lede (six defeats, bottom of the league,
// three points from safety); the model relates it to the other ledes,
// but a lede sums up the story, and the sentence stays alone.
func TestABodySentenceIsNoRetellingOfTheLede(t *testing.T) {
	arts := pipeArticles([]string{
		"Harbour City sack manager Olsen|Harbour City sacked manager Erik Olsen on Sunday after a run of six defeats left the club bottom of the league.|Chairman Paul Reyes thanked him for four years of service.|Olsen's six defeats in a row left Harbour City bottom of the league, three points from safety.",
		"Olsen out at Harbour City|Harbour City sacked Erik Olsen as manager on Sunday after six defeats left the club bottom of the league.|Mia Torres, his assistant, takes over as caretaker.",
		"Harbour City fire Olsen|Harbour City have sacked manager Erik Olsen after six defeats in a row, the club said on Sunday.|Torres will take charge on Saturday.",
	})
	groups := New(arts, Options{}).Groups()
	if g := groupWith(groups, 0, 1); g == nil || groupWith(groups, 1, 1) != g || groupWith(groups, 2, 1) != g {
		t.Fatalf("the ledes should be one group: %+v", groups)
	}
	if groupWith(groups, 0, 3) != nil || relatedTo(groups, 0, 3) {
		t.Errorf("the body sentence joined a group: %+v", groups)
	}
}

// TestOneSpeakersOtherFactStaysAlone: the Courier prints two remarks of
// one police sergeant, far apart; the Wire prints the first. The second
// shares with the Wire's sentence only the sergeant's name and office
// (Kelso Police Sgt. Lena Brandt), nothing of what happened: it is
// another fact, not the first told again, and stays alone.
func TestOneSpeakersOtherFactStaysAlone(t *testing.T) {
	arts := pipeArticles([]string{
		"Bell ringer helps couple at Kelso mall|A bell ringer ran to help an elderly couple after a fall at the Kelso mall on Friday.|\"He tried to give first aid to her and tried to comfort her,\" said Sgt. Lena Brandt of the Kelso Police Department.|The woman was taken to Mercy Hospital.|A man who had pushed past the couple ran toward the parking garage.|\"He was later stunned with a Taser by officers,\" said Kelso Police Sgt. Lena Brandt.",
		"Kelso mall fall|An elderly woman fell at the Kelso mall on Friday and a bell ringer came to her aid.|\"He tried to give first aid to her and tried to comfort her,\" Sgt. Lena Brandt of the Kelso Police Department said.|She was treated at Mercy Hospital.",
	})
	groups := New(arts, Options{}).Groups()
	if g := groupWith(groups, 0, 2); g == nil || groupWith(groups, 1, 2) != g {
		t.Fatalf("the first remark should be one group: %+v", groups)
	}
	if groupWith(groups, 0, 5) != nil || relatedTo(groups, 0, 5) {
		t.Errorf("the sergeant's second remark joined a group: %+v", groups)
	}
}
