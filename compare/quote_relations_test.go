package compare

import (
	"fmt"
	"strings"
	"testing"
)

// ledger describes each quote of r: its article, status, words, and its
// matches as "relation:article".
func ledger(r *Report) string {
	byID := map[string]Quote{}
	for _, q := range r.Quotes {
		byID[q.ID] = q
	}
	var b strings.Builder
	for _, q := range r.Quotes {
		fmt.Fprintf(&b, "%c %s %q", 'A'+q.Article, q.Status, q.Text)
		for _, m := range q.Matches {
			fmt.Fprintf(&b, " %s:%c", m.Relation, 'A'+byID[m.Quote].Article)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// quoteIn returns the quote of article a whose text begins with prefix.
func quoteIn(t *testing.T, r *Report, a int, prefix string) Quote {
	t.Helper()
	for _, q := range r.Quotes {
		if q.Article == a && strings.HasPrefix(q.Text, prefix) {
			return q
		}
	}
	t.Fatalf("no quote %q in article %d:\n%s", prefix, a, ledger(r))
	return Quote{}
}

// One quotation set in figures by one paper and spelled out by another is
// one quote, the same words: house style, not an edit.
func TestQuoteNumbersInFiguresAreOneQuote(t *testing.T) {
	r := Compare(docs(
		"Ferry chief: '1-in-4 chance' of a winter stoppage|Ines Marlow, who runs the Dunmore ferry, said on Friday that there was \"a one-in-four chance the ferry stops in January.\"",
		"Ferry Chief Sees '1 In 4 Chance' Of Winter Stoppage|The Dunmore ferry's chief, Ines Marlow, said on Friday there was \"a 1 in 4 chance the ferry stops in January.\"",
	), Options{})
	body := quoteIn(t, r, 0, "a one-in-four")
	if body.Status != "shared" {
		t.Errorf("the body quotes: %s, want shared\n%s", body.Status, ledger(r))
	}
	for _, head := range []Quote{quoteIn(t, r, 0, "1-in-4"), quoteIn(t, r, 1, "1 In 4")} {
		if head.Status == "unique" {
			t.Errorf("headline quote %q is unique; the other paper prints it\n%s", head.Text, ledger(r))
		}
		for _, m := range head.Matches {
			if m.Relation == "altered" {
				t.Errorf("headline quote %q is altered in another paper\n%s", head.Text, ledger(r))
			}
		}
	}
}

// An article that prints a quotation word for word and, later, another
// remark that shares most of its words ("a real problem" after "a big
// problem") has not altered the quotation: the later remark is its own.
func TestSeparateRemarkIsNoAlteration(t *testing.T) {
	r := Compare(docs(
		"Guild rejects levy|\"We have a big problem on the river, and we have work to do before the spring,\" said Ines Marlow, the guild's treasurer.|The weavers' guild voted against the new river levy on Thursday night.",
		"Weavers vote down levy|\"We have a big problem on the river,\" said Ines Marlow, the guild's treasurer.|The weavers' guild voted against the river levy on Thursday.|Asked about the council's plans for the harbour, Marlow said: \"We have a real problem on the river.\"",
	), Options{})
	a := quoteIn(t, r, 0, "We have a big")
	near := quoteIn(t, r, 1, "We have a real")
	for _, m := range a.Matches {
		if m.Quote == near.ID {
			t.Errorf("the later remark is related to the quotation as %s\n%s", m.Relation, ledger(r))
		}
	}
	if closer := quoteIn(t, r, 1, "We have a big"); closer.Status != "variant" || len(closer.Matches) != 1 || closer.Matches[0].Relation != "truncated" {
		t.Errorf("the word-for-word quotation is not truncated\n%s", ledger(r))
	}
	if near.Status != "unique" {
		t.Errorf("the later remark is %s, want unique\n%s", near.Status, ledger(r))
	}
}

// Two papers that cut one statement at different places, each printing one
// of its sentences whole and going on where the other stops, quote it
// both: the quotes overlap, and neither is unique.
func TestOverlappingQuotesAreVariants(t *testing.T) {
	r := Compare(docs(
		"Ferry late again|\"The ferry has run late every week this winter. Nobody on the island can plan a working day around it,\" said Ines Marlow, who chairs the islanders' council.",
		"Islanders lose patience|\"Nobody on the island can plan a working day around it. The harbour board must act before the summer timetable starts,\" said Ines Marlow.",
	), Options{})
	for a, prefix := range []string{"The ferry has", "Nobody on the"} {
		q := quoteIn(t, r, a, prefix)
		if q.Status != "variant" || len(q.Matches) != 1 || q.Matches[0].Relation != "overlapping" {
			t.Errorf("%q: want variant, overlapping the other\n%s", prefix, ledger(r))
		}
	}
}

// Of two truncated renderings, the words say which article cut the
// quotation short, counting numbers as quotations are compared.
func TestTruncationSaysWhoCutsItShort(t *testing.T) {
	long := Quote{Text: "We will rebuild every pier before the summer season, and we will do it together."}
	short := Quote{Text: "We will rebuild every pier"}
	if got := Truncation(long, short, "NYT"); got != "NYT cuts it short" {
		t.Errorf("the shorter other: %q", got)
	}
	if got := Truncation(short, long, "Fox"); got != "Fox gives more" {
		t.Errorf("the longer other: %q", got)
	}
	if got := Truncation(Quote{Text: "1-in-4 chance"}, Quote{Text: "1 in 4"}, "HPO"); got != "HPO cuts it short" {
		t.Errorf("numbers in figures: %q", got)
	}
}

// The word diff of two renderings shows no change where one paper sets a
// number in figures and the other spells it out, only the words one of
// them gives and the other does not.
func TestQuoteDiffKeepsNumbersInFiguresEqual(t *testing.T) {
	r := Compare(docs(
		"Ferry chief warns of stoppage|Ines Marlow, who runs the Dunmore ferry, said on Friday: \"There is a one-in-four chance the ferry stops in January, and we are ready for it.\"",
		"Ferry may stop in January|The Dunmore ferry's chief, Ines Marlow, said on Friday: \"There is a 1 in 4 chance the ferry stops in January.\"",
	), Options{})
	q := quoteIn(t, r, 0, "There is a one-in-four")
	if len(q.Matches) != 1 || q.Matches[0].Relation != "truncated" {
		t.Fatalf("want the quote truncated in the other paper\n%s", ledger(r))
	}
	for _, op := range q.Matches[0].Diff {
		if op.Op != OpEqual && strings.ContainsAny(op.Text, "4") || strings.Contains(op.Text, "four") && op.Op != OpEqual {
			t.Errorf("the diff changes the number: %+v", q.Matches[0].Diff)
		}
	}
}

// A quotation one paper runs whole and another breaks with "she
// continued", every word printed, is the same quotation split, not cut
// short: the pieces are identical renderings, and the quote is shared.
// A paper that prints only some of the pieces still cuts it short.
func TestSplitQuotationIsNotCutShort(t *testing.T) {
	r := Compare(docs(
		"Guild treasurer attacks levy|Ines Marlow, the guild's treasurer, wrote on the guild's page: \"The river levy will close half the workshops in town. Nobody on the council asked the weavers what it would cost them. We will fight it at every meeting until it is withdrawn.\"",
		"Treasurer vows to fight levy|\"The river levy will close half the workshops in town,\" Ines Marlow, the guild's treasurer, wrote on Friday.|\"Nobody on the council asked the weavers what it would cost them,\" she continued. \"We will fight it at every meeting until it is withdrawn.\"|The council meets again in March.",
		"Weavers' treasurer criticises levy|Ines Marlow, the treasurer of the guild, wrote: \"The river levy will close half the workshops in town.\"|\"Nobody on the council asked the weavers what it would cost them,\" Marlow added.|The council meets again in March.",
	), Options{})
	whole := quoteIn(t, r, 0, "The river levy will close")
	if whole.Status != "shared" {
		t.Errorf("the whole quotation is %s, want shared: the second paper prints every word\n%s", whole.Status, ledger(r))
	}
	byID := map[string]Quote{}
	for _, q := range r.Quotes {
		byID[q.ID] = q
	}
	pieces := map[int]int{}
	for _, m := range whole.Matches {
		o := byID[m.Quote]
		switch o.Article {
		case 1:
			pieces[1]++
			if m.Relation != "identical" || m.Split != 3 || len(m.Diff) > 0 {
				t.Errorf("piece %q of the second paper: %s split %d, want identical split 3\n%s", o.Text, m.Relation, m.Split, ledger(r))
			}
			if got := SplitRelation(whole, o, m.Split); strings.Contains(got, "short") || !strings.Contains(got, "split over 3") {
				t.Errorf("the whole's line for %q reads %q", o.Text, got)
			}
		case 2:
			// Two of the three sentences: cut short, not split.
			if m.Relation != "truncated" || m.Split != 0 {
				t.Errorf("piece %q of the third paper: %s split %d, want truncated\n%s", o.Text, m.Relation, m.Split, ledger(r))
			}
		}
	}
	if pieces[1] != 3 {
		t.Errorf("the whole is matched to %d pieces of the second paper, want 3\n%s", pieces[1], ledger(r))
	}
	for _, prefix := range []string{"The river levy", "Nobody on the council", "We will fight"} {
		p := quoteIn(t, r, 1, prefix)
		if p.Status != "shared" {
			t.Errorf("piece %q is %s, want shared\n%s", p.Text, p.Status, ledger(r))
		}
		for _, m := range p.Matches {
			if m.Quote == whole.ID && SplitRelation(p, whole, m.Split) != "identical, split here over 3 quotations" {
				t.Errorf("the piece's line reads %q", SplitRelation(p, whole, m.Split))
			}
		}
	}
}

// Two people of one surname, whom one paper quotes both of, are two
// speakers: the daughter's "A harbour belongs to everyone" echoes her
// father's longer remark, and the paper that quotes only her did not cut
// his words short, nor give them to the wrong person.
func TestEchoOfAnotherSpeakerIsNotTheQuoteCutShort(t *testing.T) {
	r := Compare(docs(
		"Costa backs open harbour|Ana Costa, the ferry captain, told the council on Monday: \"A harbour belongs to everyone who works on it.\"|The council will vote on the harbour lease in March.",
		"Costas speak for open harbour|Ana Costa, the ferry captain, told the council: \"A harbour belongs to everyone who works on it.\"|Her father, Rui Costa, who ran the ferry for thirty years, said last spring: \"I have always said that a harbour belongs to everyone who works on it.\"|The council will vote on the harbour lease in March.",
	), Options{})
	ana := quoteIn(t, r, 0, "A harbour belongs")
	rui := quoteIn(t, r, 1, "I have always said")
	if rui.Speaker != "Rui Costa" {
		t.Skipf("the father is read as %q; this test is about relations", rui.Speaker)
	}
	for _, m := range ana.Matches {
		if m.Quote == rui.ID {
			t.Errorf("Ana Costa's words are related to her father's as %s (other speaker %v)\n%s", m.Relation, m.OtherSpeaker, ledger(r))
		}
	}
	if ana.Status != "shared" || rui.Status != "unique" {
		t.Errorf("Ana's quote is %s (want shared), Rui's %s (want unique)\n%s", ana.Status, rui.Status, ledger(r))
	}
}
