package compare

import "testing"

// Words an article quotes without saying whose take the speaker the other
// outlets give the identical words, when they agree on one; outlets that
// give them to different people leave them no one's.
func TestUnattributedWordsTakeTheOutletsSpeaker(t *testing.T) {
	r := Compare(docs(
		"Ferry fares to rise|The ferry line will raise fares in May.|Its chief spoke on Monday: the cost of fuel has doubled since spring.|\"We cannot keep the boats running on last year's fares.\"",
		"Fares up in May|Ferry chief Ilse Ostrand said fares would rise in May.|\"We cannot keep the boats running on last year's fares,\" Ostrand said.",
		"Ferry line raises fares|The ferry line said on Monday that fares would rise in May.|\"We cannot keep the boats running on last year's fares,\" said Ilse Ostrand, the line's chief.",
	), Options{})
	q := quoteIn(t, r, 0, "We cannot keep the boats running")
	if q.Speaker != "Ilse Ostrand" {
		t.Errorf("speaker %q, want the one the other outlets give\n%s", q.Speaker, ledger(r))
	}
	r = Compare(docs(
		"Ferry fares to rise|The ferry line will raise fares in May.|\"We cannot keep the boats running on last year's fares.\"",
		"Fares up in May|\"We cannot keep the boats running on last year's fares,\" said Ilse Ostrand, the line's chief.",
		"Ferry line raises fares|\"We cannot keep the boats running on last year's fares,\" said Rui Pereira, who leads the ferry union.",
	), Options{})
	if q := quoteIn(t, r, 0, "We cannot keep the boats running"); q.Speaker != "" {
		t.Errorf("speaker %q, want none: the outlets disagree\n%s", q.Speaker, ledger(r))
	}
}
