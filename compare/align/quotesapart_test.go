package align

import "testing"

// ferryFine is two outlets on a ferry operator's fine. Both quote the
// prosecutor on the sum; further down, the Courier (0) quotes the
// prosecutor on the crew, the Ledger (1) the operator's lawyer answering
// her in much the same words.
var ferryFine = []string{
	"Ferry operator fined over Kelso crash|A regional court fined the Kelso ferry operator $2 million on Monday for a crash that injured nine passengers.|\"A fine of $2 million is the least this company deserved,\" prosecutor Lena Marsh said.|\"The crew simply ignored the harbour master,\" Marsh said.|The operator has until March to pay.",
	"Kelso ferry firm fined $2 million|The company that runs the Kelso ferry was fined $2 million on Monday over last year's crash.|\"A fine of $2 million is the least this company deserved,\" said Lena Marsh, the prosecutor.|\"Nobody from the harbour master's office ever spoke to the crew, and the company will appeal in the spring,\" said Tom Adair, the operator's lawyer.|Nine passengers were hurt in the crash.",
}

// TestTwoPeoplesWordsDoNotLink: the prosecutor's charge and the lawyer's
// answer share the words of the warning they dispute, enough for mutual
// best matches to link; quoting two people, they are two facts. The
// prosecutor's remark on the sum, quoted by both, still groups.
func TestTwoPeoplesWordsDoNotLink(t *testing.T) {
	speakers := [][]Speaker{
		{2: {Name: "Lena Marsh"}, 3: {Name: "Lena Marsh"}},
		{2: {Name: "Lena Marsh"}, 3: {Name: "Tom Adair"}},
	}
	arts := pipeArticles(ferryFine)
	al := New(arts, Options{})
	if gs := al.Groups(); !grouped(gs, Member{0, []int{3}}, Member{1, []int{3}}) {
		t.Fatalf("the test no longer exercises the rule: without speakers, the warning's two sentences are not grouped either:%s", describe(arts, gs))
	}
	al = New(arts, Options{})
	al.Speakers(speakers)
	gs := al.Groups()
	if grouped(gs, Member{0, []int{3}}, Member{1, []int{3}}) {
		t.Errorf("the prosecutor's charge and the lawyer's answer are one group:%s", describe(arts, gs))
	}
	if !grouped(gs, Member{0, []int{2}}, Member{1, []int{2}}) {
		t.Errorf("the prosecutor's remark on the sum is not one group:%s", describe(arts, gs))
	}
}
