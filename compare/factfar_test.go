package compare

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare/fact"
	"github.com/storydiff/storydiff/compare/ingest"
)

// scopeReport builds a report of one-sentence articles: texts in
// articles 0 and 2 grouped, article 1's in no group and the mutual best
// counterpart of article 2's; article 0 lists article 1 at sim01 (0 for
// not at all). It returns the report and its figures.
func scopeReport(texts [3]string, sim01 float64) (*Report, []mentionAt) {
	g := "g1"
	near := [3]NearestList{
		{{Article: 2, Sentence: 0, Similarity: 0.6}},
		{{Article: 2, Sentence: 0, Similarity: 0.3}},
		{{Article: 0, Sentence: 0, Similarity: 0.6}, {Article: 1, Sentence: 0, Similarity: 0.3}},
	}
	if sim01 > 0 {
		near[0] = append(NearestList{{Article: 1, Sentence: 0, Similarity: sim01}}, near[0]...)
	}
	r := &Report{}
	var ms []mentionAt
	for ai, text := range texts {
		s := Sentence{Start: 0, End: len(text), Text: text, Role: RoleBody, Nearest: near[ai]}
		if ai != 1 {
			s.Group = &g
		}
		r.Articles = append(r.Articles, Article{Text: text, Sentences: []Sentence{s}})
		for _, m := range fact.Quantities(text, time.Time{}) {
			ms = append(ms, mentionAt{m, ai, 0})
		}
	}
	return r, ms
}

// TestFarSentenceNoConflict: a sentence in no group is compared with the
// group of its best counterpart, but a conflict is shown only with a
// sentence it is near itself: the co-op's loan met the church's damage
// through the counterpart that mentions the co-op.
func TestFarSentenceNoConflict(t *testing.T) {
	texts := [3]string{
		"Damage to the Dunmore hall was estimated at $1 million, fire officials said.",
		"The dairy co-op borrowed $2 million in 2019.",
		"The blaze did $1 million in damage to the hall, which the dairy co-op used as a depot.",
	}
	for _, c := range []struct {
		sim01    float64
		conflict bool
	}{{0, false}, {0.25, true}} {
		r, ms := scopeReport(texts, c.sim01)
		var got []string
		for _, f := range linkQuantities(r, ms, newSentenceNames(nil), nil) {
			got = append(got, f.Status)
		}
		if has := slices.Contains(got, FactConflict); has != c.conflict {
			t.Errorf("near at %.2f: statuses %q, want a conflict %v", c.sim01, got, c.conflict)
		}
	}
}

// TestVagueAmountNoConflict: "several times" sets no figure to hold an
// outlet to; it conflicts with no count of times.
func TestVagueAmountNoConflict(t *testing.T) {
	a := "Van driver shot\n\nPolice fired at the van on Dock Road in Dunmore, hitting the driver several times, a spokesman said on Monday."
	b := "Dunmore shooting\n\nPolice fired at the van on Dock Road in Dunmore, hitting the driver eleven times, a spokesman said on Monday."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	if got := strings.Join(countFacts(r, "time"), " | "); strings.Contains(got, "conflict") || got == "" {
		t.Errorf("time facts %q; want no conflict", got)
	}
}
