package align

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/segment"
)

// articlesOf reads files as alignment sees them.
func articlesOf(t *testing.T, paths []string) []Article {
	t.Helper()
	var out []Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		text, spans := segment.Split(d)
		var a Article
		for _, s := range spans {
			a.Sentences = append(a.Sentences, Sentence{
				Text: text[s.Start:s.End], Paragraph: s.Paragraph,
				Alignable: s.Role != segment.RoleCaption && s.Role != segment.RoleBoilerplate,
				Headline:  s.Role == segment.RoleHeadline,
				Lead:      s.Role == segment.RoleHeadline || s.Role == segment.RoleLede,
			})
		}
		out = append(out, a)
	}
	return out
}

// TestEachMergeIsAnalysedOnce counts the work of the one-to-many pass on
// the demo articles: each distinct merge is made once however many groups
// it is tried against, none is added to the corpus, and a loner tries at
// most maxClusterTries groups.
func TestEachMergeIsAnalysedOnce(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/demo/*.txt")
	if len(paths) < 2 {
		t.Skip("no demo articles")
	}
	al := New(articlesOf(t, paths), Options{})
	groups := al.Groups()
	e := al.e
	if len(groups) == 0 || len(e.merges) == 0 {
		t.Fatalf("the demo gave %d groups and tried %d merges", len(groups), len(e.merges))
	}
	if added := e.corpus.Len() - len(e.art); added != 0 {
		t.Errorf("%d sentences added to the corpus for %d distinct merges", added, len(e.merges))
	}
	if len(e.joined) != len(e.merges) {
		t.Errorf("%d merges made for %d distinct ones", len(e.joined), len(e.merges))
	}
	for u := range e.art {
		if n := len(e.candidateClusters(u)); n > maxClusterTries {
			t.Errorf("sentence %d tries %d groups", u, n)
		}
		if !slices.IsSortedFunc(e.adj[u], func(x, y int32) int { return int(e.other(x, u) - e.other(y, u)) }) {
			t.Errorf("sentence %d: adjacency not ordered by the other end", u)
		}
	}
}

// TestGroupsHoldOneMemberPerArticle checks the shape of what Groups
// returns on the demo: members ordered by article, one per article, with
// ascending alignable sentences, and a similarity in [0, 1].
func TestGroupsHoldOneMemberPerArticle(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/demo/*.txt")
	if len(paths) < 2 {
		t.Skip("no demo articles")
	}
	arts := articlesOf(t, paths)
	for _, g := range New(arts, Options{}).Groups() {
		if len(g.Members) < 2 || g.Similarity < 0 || g.Similarity > 1 {
			t.Fatalf("group %+v", g)
		}
		for i, m := range g.Members {
			if i > 0 && m.Article <= g.Members[i-1].Article {
				t.Fatalf("members out of order or repeated: %+v", g.Members)
			}
			for j, s := range m.Sentences {
				if j > 0 && s <= m.Sentences[j-1] || !arts[m.Article].Sentences[s].Alignable {
					t.Fatalf("member %+v", m)
				}
			}
		}
	}
}
