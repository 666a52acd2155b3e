package memo

import (
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// The coverage cell counts a fact an article may carry among those it
// leaves out, so the counts add up (review-r15 item 6: "0 of 1; may carry
// 1 other" read as two facts).
func TestLeavesOutCountsAddUp(t *testing.T) {
	body := func(n int) []compare.Sentence {
		out := make([]compare.Sentence, n)
		for i := range out {
			out[i] = compare.Sentence{Role: compare.RoleBody, Paragraph: i}
		}
		return out
	}
	rep := &compare.Report{Articles: []compare.Article{
		{Label: "a", Sentences: body(1), Summary: compare.Summary{Coverage: []bool{true}}},
		{Label: "b", Sentences: body(1), Summary: compare.Summary{Coverage: []bool{true}}},
		{Label: "c", Sentences: body(3), Summary: compare.Summary{Coverage: []bool{false}, Omitted: []string{"g1"},
			MayCarry: []compare.Carry{{Group: "g1", Near: []compare.Nearest{{Article: 2, Sentence: 2, Similarity: 0.6}}}}}},
	}}
	rep.Groups = []compare.Group{{ID: "g1", Kind: compare.KindShared, Members: []compare.Member{{Article: 0, Sentences: []int{0}}, {Article: 1, Sentences: []int{0}}}}}
	if got, want := leavesOut(rep, 2), "1 of 1 (1 perhaps told in other words)"; got != want {
		t.Errorf("leaves out %q, want %q", got, want)
	}
	if got, want := leavesOut(rep, 0), "0 of 1"; got != want {
		t.Errorf("leaves out %q, want %q", got, want)
	}
}
