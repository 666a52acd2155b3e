package align

import (
	"testing"
)

// rebuttal is two outlets on a club sacking its manager. Both print the
// chairman's account of the manager's contract extensions; the Courier
// (0) prints, three paragraphs on, the manager's agent denying it in much
// the same words.
var rebuttal = []string{
	"Harbour City sack manager Olsen|Harbour City sacked manager Erik Olsen on Sunday after a run of six defeats.|\"We gave Olsen two contract extensions last season, but the poor start was enough to cost him his job,\" chairman Paul Reyes said.|Assistant coach Mia Torres will take charge for Saturday's match against Dunmore.|Olsen joined the club from Kelso Rovers in 2019 and won the regional cup a year later.|\"Olsen was never given two real contract extensions last season, and the poor start was not his doing,\" his agent Mark Dolan said.",
	"Olsen out at Harbour City|Erik Olsen was sacked as Harbour City manager on Sunday, the club said.|\"We gave Olsen two contract extensions last season, but the slow start was enough to cost him his job,\" Paul Reyes said.|Mia Torres, his assistant, takes over as caretaker.",
}

// rebuttalSpeakers is who the sentences of rebuttal quote; the agent's
// remark is given to agent.
func rebuttalSpeakers(agent string) [][]Speaker {
	return [][]Speaker{
		{2: {Name: "Paul Reyes", Calls: []string{"chairman"}}, 5: {Name: agent}},
		{2: {Name: "Reyes"}}, // the ledger names a person differently across articles
	}
}

// TestAnotherPersonsWordsAreNoRetelling: the agent's denial shares the
// chairman's words because it answers him; one person's words are no
// retelling of another's, and it stays alone. Given to the chairman, the
// same sentence is his fact told again.
func TestAnotherPersonsWordsAreNoRetelling(t *testing.T) {
	for _, c := range []struct {
		agent   string
		related bool
	}{{"Mark Dolan", false}, {"Paul Reyes", true}} {
		al := New(pipeArticles(rebuttal), Options{})
		al.Speakers(rebuttalSpeakers(c.agent))
		gs := al.Groups()
		if g := groupWith(gs, 0, 2); g == nil || groupWith(gs, 1, 2) != g {
			t.Fatalf("the chairman's remark should be one group: %+v", gs)
		}
		if got := relatedTo(gs, 0, 5); got != c.related {
			t.Errorf("said by %s, the Courier's last sentence related: %v, want %v (%+v)", c.agent, got, c.related, gs)
		}
	}
}

// TestWordsOnAnotherPersonsWordsAreARetelling: a sentence that quotes one
// person on what another said (by the role the article gives him) speaks
// of that person's words, and joins as a related sentence.
func TestWordsOnAnotherPersonsWordsAreARetelling(t *testing.T) {
	arts := pipeArticles(rebuttal)
	arts[0].Sentences[5].Text = "The chairman had given Olsen two contract extensions last season, and the poor start was not his doing alone, his agent Mark Dolan said."
	al := New(arts, Options{})
	al.Speakers(rebuttalSpeakers("Mark Dolan"))
	if gs := al.Groups(); !relatedTo(gs, 0, 5) {
		t.Errorf("the agent's sentence on the chairman's extensions is not related to them: %+v", gs)
	}
}

// TestNoSpeakersNoGuard: descriptions are not names ("aides", "the
// club"), and a sentence whose speaker the ledger does not name is judged
// as before.
func TestNoSpeakersNoGuard(t *testing.T) {
	for _, agent := range []string{"", "his agent", "the club"} {
		al := New(pipeArticles(rebuttal), Options{})
		al.Speakers(rebuttalSpeakers(agent))
		if gs := al.Groups(); !relatedTo(gs, 0, 5) {
			t.Errorf("given to %q, the Courier's last sentence is no longer related: %+v", agent, gs)
		}
	}
}
