package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/quote"
)

// TestALedgerSpeakerKeepsARebuttalAlone: the quote ledger gives the
// chairman's account and his rebuttal by the manager's agent to two
// people, and the report does not show the rebuttal as the account told
// again (align's speakers.go).
func TestALedgerSpeakerKeepsARebuttalAlone(t *testing.T) {
	courier := strings.Join([]string{
		"Harbour City sack manager Olsen",
		"Harbour City sacked manager Erik Olsen on Sunday after a run of six defeats.",
		"\"We gave Olsen two contract extensions last season, but the poor start was enough to cost him his job,\" chairman Paul Reyes said.",
		"Assistant coach Mia Torres will take charge for Saturday's match against Dunmore.",
		"Olsen joined the club from Kelso Rovers in 2019 and won the regional cup a year later.",
		"\"Olsen was never given two real contract extensions last season, and the poor start was not his doing,\" his agent Mark Dolan said.",
	}, "|")
	wire := strings.Join([]string{
		"Olsen out at Harbour City",
		"Erik Olsen was sacked as Harbour City manager on Sunday, the club said.",
		"\"We gave Olsen two contract extensions last season, but the slow start was enough to cost him his job,\" Paul Reyes said.",
		"Mia Torres, his assistant, takes over as caretaker.",
	}, "|")
	r := Compare(docs(courier, wire), Options{})
	denial := -1
	for si, s := range r.Articles[0].Sentences {
		if strings.Contains(s.Text, "Dolan") {
			denial = si
		}
	}
	if denial < 0 {
		t.Fatalf("no sentence of the agent in %+v", r.Articles[0].Sentences)
	}
	found := make([][]quote.Quote, len(r.Articles))
	for ai, a := range r.Articles {
		found[ai] = extract(a, framing.Default()).quotes
	}
	sp := sentenceSpeakers(r, indexQuotes(r, found))
	if got := sp[0][denial].Name; got != "Mark Dolan" {
		t.Errorf("the denial quotes %q, want Mark Dolan", got)
	}
	for _, g := range r.Groups {
		if relatedIn(g.Related, 0) && g.Related[0].Sentences[0] == denial {
			t.Errorf("the agent's denial is shown as a retelling of %+v", g.Members)
		}
	}
}
