package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// sharedDir is ../shared beside the repository: real data that is never
// copied into the repo. Tests that need it skip when it is absent.
const sharedDir = "../../shared"

func loadShared(t testing.TB, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sharedDir, rel))
	if err != nil {
		t.Skipf("real data not available (%v): run with ../shared beside the repository", err)
	}
	return data
}

func seedReport(t testing.TB) *Report {
	t.Helper()
	var docs []*ingest.Document
	for _, name := range []string{"000_1a6e0eccfd6dcb22.txt", "004_3a34f0d0acc71ae7.txt"} {
		d, err := ingest.Parse(name, loadShared(t, filepath.Join("seeds", name)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d.Label = name
		docs = append(docs, d)
	}
	return Compare(docs, Options{})
}

// find returns the index of the only sentence of article a containing sub.
func find(t *testing.T, r *Report, a int, sub string) int {
	t.Helper()
	found := -1
	for i, s := range r.Articles[a].Sentences {
		if strings.Contains(s.Text, sub) {
			if found >= 0 {
				t.Fatalf("article %d: %q is in two sentences", a, sub)
			}
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("article %d: no sentence contains %q", a, sub)
	}
	return found
}

func groupOf(r *Report, a, s int) string {
	if g := r.Articles[a].Sentences[s].Group; g != nil {
		return *g
	}
	return ""
}

func TestSeedPairAlignsTheSameFacts(t *testing.T) {
	r := seedReport(t)
	for _, c := range []struct{ a, b string }{
		{"Alibaba chairman Jack Ma met with President-elect Donald Trump", "Jack Ma, founder of Alibaba Group, met with the president-elect"},
		{"Alibaba shares rose 0.9 per cent", "Alibaba shares were up about 1%"},
		{`put back on the US "Notorious Markets" list`, `returned Alibaba to the list of "Notorious Markets"`},
	} {
		ga, gb := groupOf(r, 0, find(t, r, 0, c.a)), groupOf(r, 1, find(t, r, 1, c.b))
		if ga == "" || ga != gb {
			t.Errorf("%q (group %q) and %q (group %q) should be one group", c.a, ga, c.b, gb)
		}
	}
}

func TestSeedPairLexicalTrap(t *testing.T) {
	r := seedReport(t)
	ga := groupOf(r, 0, find(t, r, 0, "The meeting comes amid tensions"))
	gb := groupOf(r, 1, find(t, r, 1, "The meeting comes less than three weeks after"))
	if ga != "" && ga == gb {
		t.Errorf("the two \"The meeting comes ...\" sentences report different facts but share group %s", ga)
	}
}

func TestSeedPairRoles(t *testing.T) {
	r := seedReport(t)
	b := r.Articles[1]
	if s := b.Sentences[find(t, r, 1, "Follow me @dhpierson")]; s.Role != RoleBoilerplate || s.Group != nil {
		t.Errorf("social line: role %s, group %v; want ungrouped boilerplate", s.Role, s.Group)
	}
	if s := b.Sentences[find(t, r, 1, "(Drew Angerer/Getty Images)")]; s.Role != RoleCaption || s.Group != nil {
		t.Errorf("photo credit: role %s, group %v; want ungrouped caption", s.Role, s.Group)
	}
	if b.Sentences[0].Role != RoleHeadline {
		t.Errorf("first line %q: role %s, want headline", b.Sentences[0].Text, b.Sentences[0].Role)
	}
}

func TestReportIsDeterministic(t *testing.T) {
	a, b := seedReport(t), seedReport(t)
	if len(a.Groups) != len(b.Groups) {
		t.Fatalf("%d groups, then %d", len(a.Groups), len(b.Groups))
	}
	for i := range a.Groups {
		if a.Groups[i].ID != b.Groups[i].ID {
			t.Errorf("group %d: id %s, then %s", i, a.Groups[i].ID, b.Groups[i].ID)
		}
	}
}

// TestSeedPairStanceTowardChina: both outlets give Trump's stance toward
// China as background, in other words ("accused the country of stealing
// jobs" / "Trump has been nothing short of confrontational about China…
// The celebrity businessman has blamed China for … eating America's
// lunch"): one fact, related, not the LA Times lede.
func TestSeedPairStanceTowardChina(t *testing.T) {
	r := seedReport(t)
	ga := groupOf(r, 0, find(t, r, 0, "accused the country of stealing jobs"))
	gb := groupOf(r, 1, find(t, r, 1, "has blamed China for fabricating"))
	gc := groupOf(r, 1, find(t, r, 1, "nothing short of confrontational"))
	if ga == "" || ga != gb || gb != gc {
		t.Fatalf("Trump's stance toward China: groups %q, %q and %q, want one", ga, gb, gc)
	}
	for _, g := range r.Groups {
		if g.ID == ga && g.Kind != KindRelated {
			t.Errorf("the stance group is %s, want related: the two sentences tell one fact in other words", g.Kind)
		}
	}
}
