package framing

import (
	"slices"
	"testing"
)

// wantLoaded checks the loaded words of each sentence.
func wantLoaded(t *testing.T, cases []struct {
	sentence string
	want     []string
}) {
	t.Helper()
	for _, c := range cases {
		want := c.want
		if want == nil {
			want = []string{}
		}
		if got := loadedWords(c.sentence); !slices.Equal(got, want) {
			t.Errorf("loaded words of %q:\n got %q\nwant %q", c.sentence, got, want)
		}
	}
}

// TestNounOfAVerbOfSaying: the noun of a verb of saying names what was
// said ("that argument", "the complaints"), which VADER rates for a
// quarrel or a grievance (note10: "argument(s)" marked as the outlet's
// word). The verb's own forms keep their attribution, and a noun of
// judgement stays loaded.
func TestNounOfAVerbOfSaying(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"Harbour officials say that argument does not hold water.", nil},
		{"The port laid out its argument that the dredging was overdue.", nil},
		{"The arguments range from the cost of the pier to its height.", nil},
		{"Fishermen filed complaints with the harbour board in March.", nil},
		{"The mayor's tirade against the harbour board was a disaster.", []string{"tirade", "disaster"}},
	})
	runKind(t, Attribution, []kindCase{
		{"The harbour master argued that the pier was safe.", []string{"argued=argue/assertion"}},
		{"Fishermen complained about the delay.", []string{"complained=complain/emotive"}},
	})
}

// TestVerbOfSayingInItsOtherSense: "claimed" and "maintained" attribute
// only where what was said follows them (a clause, a quotation, "to",
// punctuation); before a plain object they take, kill or keep (review-r20
// item 5: "The standings have claimed another coach" marked a doubt
// verb).
func TestVerbOfSayingInItsOtherSense(t *testing.T) {
	runKind(t, Attribution, []kindCase{
		// the other sense: a noun phrase with no verb of its own
		{"The Northern League standings have claimed another manager, with Dunmore sacked on Sunday.", nil},
		{"Harlow claimed the winter's top transfer prize when the striker signed.", nil},
		{"The flood claimed her life.", nil},
		{"The Tigers maintained their lead through the third quarter.", nil},
		{"The trust maintains the old harbour walls.", nil},
		{"The ferry company claimed a third straight regatta title.", nil},
		// what was said follows
		{"The mayor claimed the deal was fair.", []string{"claimed=claim/doubt"}},
		{"The mayor claimed that the deal was fair.", []string{"claimed=claim/doubt"}},
		{"The mayor claimed Monday that the deal was fair.", []string{"claimed=claim/doubt"}},
		{"The mayor claimed to have read the deal.", []string{"claimed=claim/doubt"}},
		{"The mayor claimed he had read the deal.", []string{"claimed=claim/doubt"}},
		{"The deal was fair, the mayor claimed.", []string{"claimed=claim/doubt"}},
		{"The mayor claimed: “The deal is fair.”", []string{"claimed=claim/doubt"}},
		{"The mayor claimed the harbour board “never read the deal.”", []string{"claimed=claim/doubt"}},
		{"The mayor claimed the sitting council offers little to fishermen.", []string{"claimed=claim/doubt"}},
		{"The mayor claimed in an interview that the deal was fair.", []string{"claimed=claim/doubt"}},
		{"The pier, which some claim saved the town, is to close.", []string{"claim=claim/doubt"}},
		{"The pier, which some claim began the boom, is to close.", []string{"claim=claim/doubt"}},
		{"The trust vowed to maintain the walls of the Harbour Masters Lodge.", []string{"vowed=vow/assertion"}},
		{"The trust maintained its grip on the harbour in hopes of a vote.", nil},
		{"Critics claim the levy is a tax by another name.", []string{"claim=claim/doubt"}},
		{"The mayor maintained the deal didn't favour the port.", []string{"maintained=maintain/doubt"}},
		{"The harbour master maintained that the pier was safe.", []string{"maintained=maintain/doubt"}},
		// a verb that has no other sense is left as it was
		{"Prosecutors alleged fraud in the harbour contract.", []string{"alleged=allege/doubt"}},
	})
}

// TestJudgingAdjectiveUsedAsVerb: an adjective of the lexicon spelt as a
// verb after its subject names an act, not a judgement (review-r20 item
// 5: "how they determined that conclusion"); the adjective keeps its
// marker, and so does the bare verb after "to" (see usedAsVerb).
func TestJudgingAdjectiveUsedAsVerb(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"Nobody knows how they determined that figure.", nil},
		{"The pride she experienced on the new pier was plain.", nil},
		{"The aloof councillor won the harbour seat.", []string{"aloof"}},
		{"The harbour master was determined to finish the pier.", []string{"determined"}},
		{"Moods ranged from calm to abrupt in the trial.", []string{"abrupt"}},
	})
}

// TestStanceObjectOfAVerbOfSaying: "claimed" and "maintained" before a
// noun that says in a word what the subject says of itself report speech,
// with their doubt (review-r25: "maintained her innocence", "claimed
// victory" had lost the attribution marker the plain-object rule took
// away); a concrete object is still the verb's other sense.
func TestStanceObjectOfAVerbOfSaying(t *testing.T) {
	runKind(t, Attribution, []kindCase{
		{"The ferry captain maintained his innocence throughout the inquiry.", []string{"maintained=maintain/doubt"}},
		{"Councillor Brack claimed victory in Dunmore on Tuesday night.", []string{"claimed=claim/doubt"}},
		{"The harbour board claimed full credit for the new pier.", []string{"claimed=claim/doubt"}},
		{"A group calling itself Tide Front claimed responsibility for the blockade.", []string{"claimed=claim/doubt"}},
		{"The storm claimed another trawler.", nil},
		{"The Tigers maintained their lead through the third quarter.", nil},
	})
}

// TestNeighbourAdjectiveAsVerb: an adjective the vectors proposed beside
// an evaluative word ("aloof" by "arrogant", "employed" by "skilled")
// written as the verb spelt the same judges nothing (review-r25:
// "moderate" of moderating a debate, "employed" marked loaded): after a
// modal, or as a participle or past form with an article or object
// pronoun after it. The adjectives keep their marker, and so does an
// adverb after a modal.
func TestNeighbourAdjectiveAsVerb(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"The harbour master will moderate a debate on the pier.", nil},
		{"The ferry company employed the same deckhands last summer.", nil},
		{"New quotas are limiting the catch in Brackwater.", nil},
		{"The ferry crew started fast, diminishing the longer the storm went on.", []string{"diminishing"}},
		{"The aloof councillor won the harbour seat.", []string{"aloof"}},
		{"Turnout was depressed in the harbour wards.", []string{"depressed"}},
		{"The depressed harbour economy cost the mayor votes.", []string{"depressed"}},
		{"Brack saw how hurtful his words were.", []string{"hurtful"}},
		{"The port will vigorously defend the levy.", []string{"vigorously"}},
	})
}
