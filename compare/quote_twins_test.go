package compare

import "testing"

// A cover line three outlets print is one quote, the publication's, and
// a critic's longer remark that happens to hold its words is not the
// line cut short.
func TestCoverLineIsOneQuoteAcrossOutlets(t *testing.T) {
	r := Compare(docs(
		"Mayor shrugs off Times cover|Mayor Ilse Ostrand has declined to answer the Harbour Times over its cover story of the mayor called \"The Queen of Tolls,\" printed beside a stern photo.|\"The 'Queen of Tolls' is something you call a pirate, not a mayor,\" said Rui Pereira, who leads the ferry union.",
		"Times cover stirs the harbour|Mayor Ilse Ostrand stares out from the cover of this week's Harbour Times. At the bottom of the page, in bold white letters, are the words “The Queen of Tolls.”|The council meets on Monday.",
		"Times cover raises eyebrows|The Harbour Times put Mayor Ilse Ostrand on its cover this week. The headline advertising the magazine's story reads, \"THE QUEEN OF TOLLS.\"",
	), Options{})
	line := quoteIn(t, r, 0, "The Queen of Tolls")
	if line.Speaker == "Ilse Ostrand" {
		t.Errorf("the cover line is given to the mayor it is about\n%s", ledger(r))
	}
	if line.Status != "shared" || len(line.Matches) != 2 {
		t.Errorf("the cover line is %s with %d matches, want shared in both other outlets\n%s", line.Status, len(line.Matches), ledger(r))
	}
	remark := quoteIn(t, r, 0, "The 'Queen of Tolls' is something")
	if len(remark.Matches) != 0 {
		t.Errorf("the union leader's remark is related to the cover line: %+v\n%s", remark.Matches, ledger(r))
	}
}

// A one-word quotation of a named speaker goes with that speaker's
// quotation holding the word in another outlet, not with the same word
// another outlet quotes from someone else.
func TestOneWordQuoteStaysWithItsSpeaker(t *testing.T) {
	r := Compare(docs(
		"Union leader attacks cover|Union leader Rui Pereira said that the cover of the Harbour Times is \"sexist\" and asked whether the paper would do the same to a man.",
		"Cover draws fire|“It’s sexist,” said Rui Pereira, the head of the ferry union, to a local radio station.|In 2019, the editors printed a photo of the former mayor in a swimsuit, which she — and many others — called “sexist.”",
	), Options{})
	fox := quoteIn(t, r, 0, "sexist")
	own := quoteIn(t, r, 1, "It’s sexist")
	palin := quoteIn(t, r, 1, "sexist.")
	for _, m := range fox.Matches {
		if m.Quote == palin.ID {
			t.Errorf("Pereira's \"sexist\" is matched (%s) with the word the former mayor used\n%s", m.Relation, ledger(r))
		}
	}
	if !matchedTo(fox, own.ID) {
		t.Errorf("Pereira's \"sexist\" is not related to his \"It's sexist\" in the other outlet\n%s", ledger(r))
	}
}

// An outlet that prints one of the pieces another outlet joins with an
// ellipsis, and nothing more, cut the statement short; it spliced nothing.
func TestOnePieceOfASplicedQuoteIsTruncated(t *testing.T) {
	r := Compare(docs(
		"Ostrand quits as debate host|Ostrand said in a statement: \"Therefore, so that there is no quarrel within the harbour council, I have decided not to host the ferry debate. ... I must keep all of my options open because, above all else, we must keep the harbour working!\"",
		"Ostrand will not host debate|\"I must keep all of my options open because, above all else, we must keep the harbour working!\" Ostrand said.",
		"Ostrand steps back|\"So that there is no quarrel within the harbour council, I have decided not to host the ferry debate,\" Ostrand said.|\"I must keep all of my options open because, above all else, we must keep the harbour working!\" she added.",
	), Options{})
	// The third prints both pieces, one a little changed: the statement
	// spliced them.
	other := quoteIn(t, r, 2, "I must keep")
	for _, m := range other.Matches {
		if m.Quote == quoteIn(t, r, 0, "Therefore").ID && m.Relation != "spliced" {
			t.Errorf("an outlet printing both pieces is %s, want spliced\n%s", m.Relation, ledger(r))
		}
	}
	whole := quoteIn(t, r, 0, "Therefore")
	piece := quoteIn(t, r, 1, "I must keep")
	found := false
	for _, m := range whole.Matches {
		if m.Quote == piece.ID {
			found = true
			if m.Relation != "truncated" {
				t.Errorf("the last sentence alone is %s, want truncated\n%s", m.Relation, ledger(r))
			}
		}
	}
	if !found {
		t.Errorf("the last sentence is not related to the statement\n%s", ledger(r))
	}
}
