package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// compareFiles runs the engine on files as the command does, labelling
// each article by its file name; it skips when any is absent.
func compareFiles(t testing.TB, paths ...string) *compare.Report {
	t.Helper()
	var docs []*ingest.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("%s not found: %v", p, err)
		}
		d, err := ingest.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		d.Label = filepath.Base(p)
		docs = append(docs, d)
	}
	return compare.Compare(docs, compare.Options{})
}

func seedPaths(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) < 2 {
		t.Skip("seed articles (../shared/seeds) not found")
	}
	return paths[:2]
}

func demoPaths(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/demo/*.txt")
	if len(paths) < 2 {
		t.Skip("demo articles not found")
	}
	return paths
}

// density counts the non-blank lines of the whole aligned view and those
// with text in every pane.
func density(m Model) (both, one, nonBlank int) {
	for i := range m.lay.total {
		filled := 0
		for p := range m.lay.panes {
			if strings.TrimSpace(ansi.Strip(m.lay.panes[p].line(i))) != "" {
				filled++
			}
		}
		if filled > 0 {
			nonBlank++
		}
		if filled == len(m.lay.panes) {
			both++
		}
		if filled == 1 {
			one++
		}
	}
	return both, one, nonBlank
}

// The aligned view of the seed pair at 120×40: at least 60% of its
// non-blank lines carry text in both panes, and the first screen shows
// both articles' ledes, with the first fact they share on one line.
func TestAlignedViewIsDense(t *testing.T) {
	m := newTestModel(t, compareFiles(t, seedPaths(t)...), 120, 40)
	both, _, nb := density(m)
	if f := float64(both) / float64(nb); f < 0.6 {
		t.Errorf("%d of %d non-blank lines (%.0f%%) carry text in both panes, want at least 60%%", both, nb, 100*f)
	}
	body := m.bodyHeight()
	for _, pn := range m.lay.panes {
		for s, sen := range m.ix.rep.Articles[pn.article].Sentences {
			if sen.Role == compare.RoleLede {
				if top := pn.sentTop[s]; top < 0 || top >= body {
					t.Errorf("%s: the lede starts on line %d, not on the first screen (%d lines)", m.ix.rep.Articles[pn.article].Label, top, body)
				}
				break
			}
		}
	}
	shared := -1
	for r, rw := range m.ix.rows {
		if rw.group >= 0 && len(rw.cells[0]) > 0 && len(rw.cells[1]) > 0 {
			shared = r
			break
		}
	}
	if shared < 0 {
		t.Fatal("the seed pair shares no fact")
	}
	c := m.ix.rows[shared].cells
	top0, top1 := m.lay.panes[0].sentTop[c[0][0]], m.lay.panes[1].sentTop[c[1][0]]
	if top0 != top1 || top0 < 0 || top0 >= body {
		t.Errorf("the first shared fact starts on lines %d and %d, want one line on the first screen", top0, top1)
	}
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Alibaba chairman Jack Ma met") || !strings.Contains(v, "Jack Ma, founder of Alibaba Group") {
		t.Errorf("the first screen lacks the ledes:\n%s", v)
	}
}

// Each pane of the aligned view reads in its article's own order, with
// every sentence drawn once.
func TestAlignedPanesKeepArticleOrder(t *testing.T) {
	for _, paths := range [][]string{seedPaths(t), demoPaths(t)} {
		rep := compareFiles(t, paths...)
		for _, w := range []int{80, 120, 200} {
			m := newTestModel(t, rep, w, 40)
			for _, pn := range m.lay.panes {
				last := -1
				for s, top := range pn.sentTop {
					if top < 0 {
						t.Errorf("%dx40 %s: sentence %d is not drawn", w, m.ix.rep.Articles[pn.article].Label, s)
						continue
					}
					if top <= last {
						t.Errorf("%dx40 %s: sentence %d starts on line %d, above the one before it (%d)", w, m.ix.rep.Articles[pn.article].Label, s, top, last)
					}
					last = top
				}
			}
		}
	}
}

func TestDensityFigures(t *testing.T) {
	for _, c := range []struct {
		name  string
		paths func(testing.TB) []string
		w, h  int
	}{
		{"seeds", seedPaths, 120, 40},
		{"demo", demoPaths, 200, 50},
		{"demo", demoPaths, 80, 24},
	} {
		m := newTestModel(t, compareFiles(t, c.paths(t)...), c.w, c.h)
		both, one, nb := density(m)
		t.Logf("%s at %dx%d: of %d non-blank lines, %.1f%% carry text in every pane, %.1f%% in one pane only; total %d lines",
			c.name, c.w, c.h, nb, 100*float64(both)/float64(nb), 100*float64(one)/float64(nb), m.lay.total)
	}
}

func TestDumpAligned(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	paths := seedPaths(t)
	if os.Getenv("DUMP") == "demo" {
		paths = demoPaths(t)
	}
	m := newTestModel(t, compareFiles(t, paths...), 120, 40)
	for i := range m.lay.total {
		var parts []string
		for p := range m.lay.panes {
			parts = append(parts, ansi.Strip(m.lay.panes[p].line(i)))
		}
		t.Log(strings.Join(parts, "|"))
	}
}

// Golden screens of real comparisons: the seed pair and the bundled demo
// at three sizes. They follow the engine, so a change in which groups it
// forms changes them: regenerate with go test ./tui -run TestGoldenArticles -update.
func TestGoldenArticles(t *testing.T) {
	for _, set := range []struct {
		name  string
		paths func(testing.TB) []string
	}{{"seeds", seedPaths}, {"demo", demoPaths}} {
		rep := compareFiles(t, set.paths(t)...)
		for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
			name := fmt.Sprintf("%s-%dx%d", set.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				m := newTestModel(t, rep, sz[0], sz[1])
				view := m.View().Content
				if w, h := lipgloss.Size(view); w != sz[0] || h != sz[1] {
					t.Errorf("frame is %d×%d, want %d×%d", w, h, sz[0], sz[1])
				}
				checkGolden(t, name, ansi.Strip(view))
			})
		}
	}
}

// TestArticleViewOpensAtEachArticlesTop: v from the top of the aligned
// view shows every article from its first line (once the third pane
// opened on its headline's second line, its counterpart of the first row
// placed a quarter down), and v again returns to the top.
func TestArticleViewOpensAtEachArticlesTop(t *testing.T) {
	m := newTestModel(t, compareFiles(t, demoPaths(t)...), 120, 40)
	for _, key := range []string{"v", "v"} {
		m = press(m, key)
		for p := range m.lay.panes {
			if m.scroll[p] != 0 {
				t.Errorf("after %s (aligned %v), pane %d starts at line %d, want 0", key, m.aligned, p, m.scroll[p])
			}
		}
	}
}

// TestConflictsCountedOnce: a figure that conflicts across three articles
// is one conflict in the status bar and the t menu, as in the overview
// and the report, though n stops on each row that shows it.
func TestConflictsCountedOnce(t *testing.T) {
	rep := compareFiles(t, demoPaths(t)...)
	want := 0
	for _, f := range rep.Facts {
		if f.Status == compare.FactConflict {
			want++
		}
	}
	if want == 0 {
		t.Skip("the demo has no conflicting figure")
	}
	m := newTestModel(t, rep, 200, 50)
	if got := m.ix.counts[kindConflict]; got != want {
		t.Errorf("status bar counts %d conflicts, the report has %d", got, want)
	}
	if got := m.openMenu().menu.counts[filterConflicts]; got != want {
		t.Errorf("the t menu counts %d conflicts, the report has %d", got, want)
	}
}
