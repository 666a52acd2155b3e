package compare

import (
	"slices"
	"strings"
	"testing"
)

// One outlet prints a three-sentence quotation as one sentence; another
// splits it over two paragraphs; a third prints two of its sentences. The
// quote ledger matches the words across all three, so the report must not
// call a sentence holding them "only in one article", nor say an outlet
// "leaves out" a fact whose quotation it prints: a quotation printed word
// for word is one fact, however the outlets cut it into sentences. A
// phrase of three words in common ("We've got a") is no quotation.
func TestVerbatimQuotationIsOneFact(t *testing.T) {
	gazette := "Brandt pledges new north pier for Calloway harbour|" +
		"Calloway mayor Odile Brandt promised on Tuesday to rebuild the storm-wrecked north pier before the winter gales return.|" +
		`"I will not let this harbour lose another season to the sea. I am being straight with you. We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet," Brandt told reporters on the quay.|` +
		"The pier collapsed during the March storm, stranding eleven trawlers in the inner basin for a month.|" +
		`"We've got a big job ahead of us," Brandt said.`
	courier := "Calloway to rebuild its storm-wrecked pier|" +
		"Mayor Odile Brandt said on Tuesday that the town would rebuild the north pier, which the March storm destroyed.|" +
		`"I will not let this harbour lose another season to the sea," Brandt said. "I am being straight with you. We will rebuild the north pier before winter, stone by stone."|` +
		"Engineers from the county council put the cost of the work at four million euros.|" +
		`"And we will pay for it without a single new tax on the fishing fleet," she added.`
	post := "Mayor vows pier rebuild, no new tax|" +
		"The mayor of Calloway has vowed to rebuild the harbour's north pier within the year.|" +
		`Brandt was blunt: "We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet."|` +
		`"We've got a real problem with the tides," said the harbourmaster, Colm Reidy.`
	r := Compare(docs(gazette, courier, post), Options{})
	phrases := []string{"lose another season", "straight with you", "stone by stone", "single new tax"}
	prints := func(ai int, phrase string) bool { return strings.Contains(r.Articles[ai].Text, phrase) }
	for ai, a := range r.Articles {
		for _, s := range a.Sentences {
			for _, p := range phrases {
				if strings.Contains(s.Text, p) && s.Group == nil {
					t.Errorf("%s: %q is only in one article, though another prints %q", a.Label, s.Text, p)
				}
			}
		}
		for gi, g := range r.Groups {
			for _, p := range phrases {
				if !prints(ai, p) || !groupSays(r, g, p) {
					continue
				}
				if !a.Summary.Coverage[gi] || slices.Contains(a.Summary.Omitted, g.ID) {
					t.Errorf("%s leaves out group %s (%q), whose words %q it prints", a.Label, g.ID, memberText(r.Articles, g.Members[0]), p)
				}
			}
		}
	}
	// The three words "We've got a" are a phrase, not a quotation.
	reidy := slices.IndexFunc(r.Articles[2].Sentences, func(s Sentence) bool { return strings.Contains(s.Text, "Reidy") })
	job := slices.IndexFunc(r.Articles[0].Sentences, func(s Sentence) bool { return strings.Contains(s.Text, "big job") })
	if g := r.Articles[2].Sentences[reidy].Group; g != nil && groupOf(r, 0, job) == *g {
		t.Errorf("the harbourmaster's %q is grouped with the mayor's %q", r.Articles[2].Sentences[reidy].Text, r.Articles[0].Sentences[job].Text)
	}
}

// groupSays reports whether a member of g holds phrase.
func groupSays(r *Report, g Group, phrase string) bool {
	for _, m := range g.Members {
		if strings.Contains(memberText(r.Articles, m), phrase) {
			return true
		}
	}
	return false
}

// A report read back from its JSON says the same of what each article
// carries: a group's Within counts.
func TestWithinSurvivesJSON(t *testing.T) {
	r := &Report{Version: ReportVersion, Articles: []Article{{Label: "A"}, {Label: "B"}, {Label: "C"}},
		Groups: []Group{{ID: "g1", Kind: KindRelated, Members: []Member{{Article: 0, Sentences: []int{0}}, {Article: 1, Sentences: []int{0}}},
			Within: []Member{{Article: 2, Sentences: []int{3}}}}}}
	var b strings.Builder
	if err := r.WriteJSON(&b, false); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := back.UnmarshalJSON([]byte(b.String())); err != nil {
		t.Fatal(err)
	}
	if cov := back.Articles[2].Summary.Coverage; len(cov) != 1 || !cov[0] {
		t.Errorf("read back, C's coverage is %v; want the group carried (within)", cov)
	}
	if len(back.Groups[0].Within) != 1 || back.Groups[0].Within[0].Sentences[0] != 3 {
		t.Errorf("read back, within is %+v", back.Groups[0].Within)
	}
}
