package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/align"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/internal/evaldata"
	"github.com/storydiff/storydiff/compare/textsim"
)

// Cross-story runs: articles of different stories compared together. No
// sentence of one reports a fact of another, so every group formed there
// is junk, whatever annotation says: the ECB+ metric judges only annotated
// sentences and cannot see junk among the others.

// crossRun is one comparison of articles of different stories.
type crossRun struct {
	name string
	docs []*ingest.Document
}

// junkFigures count what cross-story runs group.
type junkFigures struct {
	runs, articlePairs, sentences int
	groups, links                 int // groups formed, and linked sentence pairs in them (members and related)
}

func (j *junkFigures) add(k junkFigures) {
	j.runs += k.runs
	j.articlePairs += k.articlePairs
	j.sentences += k.sentences
	j.groups += k.groups
	j.links += k.links
}

func (j junkFigures) perPair() float64 { return ratio(j.groups, j.articlePairs) }

func (j junkFigures) String() string {
	return fmt.Sprintf("%d runs, %d article pairs, %d sentences: %d groups (%.3f per article pair), %d linked pairs (%.2f per 100 sentences)",
		j.runs, j.articlePairs, j.sentences, j.groups, j.perPair(), j.links, 100*ratio(j.links, j.sentences))
}

// scoreJunk runs the cross-story comparisons and counts their groups.
func scoreJunk(runs []crossRun, opt Options, show func(string)) junkFigures {
	var f junkFigures
	for _, run := range runs {
		r := Compare(run.docs, opt)
		n := len(run.docs)
		f.runs++
		f.articlePairs += n * (n - 1) / 2
		for _, a := range r.Articles {
			f.sentences += len(a.Sentences)
		}
		for _, g := range r.Groups {
			f.groups++
			per := map[int]int{}
			for _, m := range g.Members {
				per[m.Article]++
			}
			for _, m := range g.Related {
				per[m.Article]++
			}
			for a, x := range per {
				for b, y := range per {
					if a < b {
						f.links += x * y
					}
				}
			}
			if show != nil {
				var b strings.Builder
				fmt.Fprintf(&b, "%s %s %s sim %.2f", run.name, g.ID, g.Kind, g.Similarity)
				for _, m := range g.Members {
					fmt.Fprintf(&b, "\n    [%d] %s", m.Article, sentenceText(r, m))
				}
				for _, m := range g.Related {
					fmt.Fprintf(&b, "\n    rel [%d] %s", m.Article, sentenceText(r, m))
				}
				show(b.String())
			}
		}
	}
	return f
}

func sentenceText(r *Report, m Member) string {
	var parts []string
	for _, s := range m.Sentences {
		parts = append(parts, fmt.Sprintf("(s%d %s) %s", s, r.Articles[m.Article].Sentences[s].Role, r.Articles[m.Article].Sentences[s].Text))
	}
	return strings.Join(parts, " + ")
}

// crossStoryRuns builds the cross-story comparisons: pairs and triples of
// ECB+ articles of different topics, BASIL articles of different events,
// and PolNeAR articles of different stories.
func crossStoryRuns(t testing.TB, topics []ecbTopic) map[string][]crossRun {
	t.Helper()
	out := map[string][]crossRun{}
	n := len(topics)
	for i := range topics {
		for k := range 2 {
			a, b := topics[i], topics[(i+1)%n]
			if k < len(a.docs) && k < len(b.docs) {
				out["ecb pairs"] = append(out["ecb pairs"], crossRun{fmt.Sprintf("%s/%s+%s/%s", a.Name, a.Articles[k].File, b.Name, b.Articles[k].File), []*ingest.Document{a.docs[k], b.docs[k]}})
			}
		}
		a, b, c := topics[i], topics[(i+3)%n], topics[(i+7)%n]
		k := 2
		if k < len(a.docs) && k < len(b.docs) && k < len(c.docs) {
			out["ecb triples"] = append(out["ecb triples"], crossRun{fmt.Sprintf("%s+%s+%s", a.Articles[k].File, b.Articles[k].File, c.Articles[k].File), []*ingest.Document{a.docs[k], b.docs[k], c.docs[k]}})
		}
	}
	events, err := evaldata.Basil(evalDir)
	if err == nil {
		parse := func(ev evaldata.BasilEvent, i int) *ingest.Document {
			a := ev.Articles[i%len(ev.Articles)]
			d, err := ingest.Parse(a.File, a.Raw)
			if err != nil {
				t.Fatalf("%s/%s: %v", ev.Name, a.File, err)
			}
			d.Label = ev.Name + "/" + a.Source
			return d
		}
		m := len(events)
		for i := 0; i < m; i += 2 {
			out["basil triples"] = append(out["basil triples"], crossRun{events[i].Name, []*ingest.Document{parse(events[i], 0), parse(events[(i+1)%m], 1), parse(events[(i+5)%m], 2)}})
		}
	}
	names, _ := filepath.Glob(filepath.Join(evalDir, "polnear", "text", "*.txt"))
	// Stories PolNeAR covers in more than one article, kept out of one run.
	titles := map[string]string{}
	if meta, err := os.ReadFile(filepath.Join(evalDir, "polnear", "metadata.tsv")); err == nil {
		for _, line := range strings.Split(string(meta), "\n") {
			if f := strings.Split(line, "\t"); len(f) > 7 {
				titles[f[1]] = strings.ToLower(f[7])
			}
		}
	}
	story := func(name string) string {
		title := titles[strings.TrimSuffix(filepath.Base(name), ".txt")] + " " + filepath.Base(name)
		for _, s := range []string{"health", "doctor", "caddell", "tax", "charlotte", "video", "debate", "moderat", "poll"} {
			if strings.Contains(title, s) {
				return s
			}
		}
		return filepath.Base(name)
	}
	slices.SortFunc(names, func(a, b string) int {
		da, db := filepath.Base(a)[strings.Index(filepath.Base(a), "_")+1:], filepath.Base(b)[strings.Index(filepath.Base(b), "_")+1:]
		return strings.Compare(da, db)
	})
	names = slices.CompactFunc(names, func(a, b string) bool { return false })
	var set []string
	for _, p := range names {
		if slices.ContainsFunc(set, func(q string) bool { return story(q) == story(p) }) {
			continue
		}
		set = append(set, p)
		if len(set) == 4 {
			var docs []*ingest.Document
			for _, q := range set {
				data, err := os.ReadFile(q)
				if err != nil {
					t.Fatal(err)
				}
				d, err := ingest.Parse(q, data)
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			}
			out["polnear fours"] = append(out["polnear fours"], crossRun{filepath.Base(set[0]), docs})
			set = set[:0]
		}
	}
	return out
}

func TestCrossStoryJunk(t *testing.T) {
	if os.Getenv("JUNK") == "" {
		t.Skip("JUNK=1")
	}
	runs := crossStoryRuns(t, loadECB(t))
	var total junkFigures
	for _, k := range []string{"ecb pairs", "ecb triples", "basil triples", "polnear fours"} {
		f := scoreJunk(runs[k], Options{}, func(s string) {
			if os.Getenv("JUNK") == "show" {
				t.Log(s)
			}
		})
		t.Logf("%s: %v", k, f)
		total.add(f)
	}
	t.Logf("all: %v", total)
}

// weakGroups counts, in the ECB+ sub-topic runs, the groups with a member
// pair (members or related sentences of two articles) that shares fewer
// than two content words outside the 300 most frequent words of news
// (textsim's SharedEvidence), and shows them.
func weakGroups(topics []ecbTopic, opt Options, show func(string)) (weak, total int) {
	for _, tp := range topics {
		for _, sub := range []string{"ecb", "ecbplus"} {
			var docs []*ingest.Document
			for i, a := range tp.Articles {
				if a.Subtopic == sub {
					docs = append(docs, tp.docs[i])
				}
			}
			r := Compare(docs, opt)
			for _, g := range r.Groups {
				total++
				all := append(slices.Clone(g.Members), g.Related...)
				c := textsim.NewCorpus()
				ids := make([]int, len(all))
				for i, m := range all {
					ids[i] = c.Add(memberText(r.Articles, m))
				}
				c.Freeze()
				low, why := 99, ""
				for i := range all {
					for j := i + 1; j < len(all); j++ {
						if all[i].Article == all[j].Article {
							continue
						}
						if n := c.SharedEvidence(c.Reading(ids[i]), c.Reading(ids[j]), 300); n < low {
							low, why = n, fmt.Sprintf("%d shared: [%d] %s ~ [%d] %s", n, all[i].Article, sentenceText(r, all[i]), all[j].Article, sentenceText(r, all[j]))
						}
					}
				}
				if low < 2 {
					weak++
					if show != nil {
						show(fmt.Sprintf("%s %s %s sim %.2f: %s", tp.Name, sub, g.Kind, g.Similarity, why))
					}
				}
			}
		}
	}
	return weak, total
}

func TestECBWeakGroups(t *testing.T) {
	if os.Getenv("JUNK") == "" {
		t.Skip("JUNK=1")
	}
	topics := loadECB(t)
	for _, c := range []struct {
		name string
		opt  Options
	}{{"rules of evidence off (main)", Options{align: align.Options{EvidenceWords: -1}}}, {"shipped", Options{}}} {
		weak, total := weakGroups(topics, c.opt, func(s string) {
			if os.Getenv("JUNK") == "show" {
				t.Log(s)
			}
		})
		t.Logf("%s: %d of %d groups have a member pair sharing fewer than two uncommon content words", c.name, weak, total)
	}
}
