package compare

import "testing"

// TestStatementPrintedAsAList: a campaign's points printed after "were
// circulated by aides:", one dash-led paragraph each, are the campaign's
// words as a quotation's are: its "admit" concedes and its "smear" judges
// for the campaign, not for the outlet (BASIL 2010-85475456's response
// points counted as HuffPost's concession and loaded words). The outlet's
// own sentence after the list, and a list the writer introduces in its
// own words, stay the outlet's.
func TestStatementPrintedAsAList(t *testing.T) {
	r := Compare(docs(
		"Harbour mayor disputes report on ferry contract"+
			"|Mayor Ines Varga of Tarrow disputed a report on Tuesday that she misstated the cost of the ferry contract."+
			"|On Tuesday morning, a set of response points was circulated by aides close to the mayor:"+
			"|-The mayor has been a constant champion of the ferry crews."+
			"|-On a few occasions she misspoke, and she will be the first to admit that those were mistakes."+
			"|-Her opponent would like to smear the mayor before the vote."+
			"|Critics called the points a shameless dodge."+
			"|Among the changes the council approved:"+
			"|-A brutal cut to the night service.",
		"Tarrow mayor defends ferry figures"+
			"|Mayor Ines Varga of Tarrow defended on Tuesday her figures for the ferry contract.",
	), Options{})
	own := map[string]bool{}
	for _, s := range r.Articles[0].Sentences {
		for _, m := range s.Framing {
			switch m.Lemma {
			case "champion", "admit", "mistake", "smear":
				if !m.Quoted {
					t.Errorf("%q, in the aides' points, is the outlet's: %q", m.Text, s.Text)
				}
			default:
				if !m.Quoted {
					own[m.Lemma] = true
				}
			}
		}
	}
	for _, w := range []string{"shameless", "brutal"} {
		if !own[w] {
			t.Errorf("%q, the outlet's own, is not marked as its word (own: %v)", w, own)
		}
	}
}
