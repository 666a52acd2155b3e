package compare

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// The bundled demo (invented articles by invented outlets) comes with a
// hand-written gold annotation, testdata/demo/gold.json. Sentences are named
// by a substring that occurs once in their article.
const demoDir = "../testdata/demo"

type goldRef struct {
	Article string `json:"article"`
	Text    string `json:"text"`
}

type goldFile struct {
	Articles []string `json:"articles"`
	Groups   []struct {
		ID      string `json:"id"`
		Kind    string `json:"kind"`
		Moved   bool   `json:"moved"`
		Members []struct {
			Article string   `json:"article"`
			Text    []string `json:"text"`
		} `json:"members"`
	} `json:"groups"`
	NotAligned []struct {
		A, B goldRef
		Why  string `json:"why"`
	} `json:"not_aligned"`
	Unique []goldRef `json:"unique"`
	Roles  []struct {
		goldRef
		Role string `json:"role"`
	} `json:"roles"`
}

type demo struct {
	gold   goldFile
	report *Report
	index  map[string]int // article file name -> index
}

func loadDemo(t *testing.T) *demo {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(demoDir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	d := &demo{index: map[string]int{}}
	if err := json.Unmarshal(data, &d.gold); err != nil {
		t.Fatalf("gold.json: %v", err)
	}
	var docs []*ingest.Document
	for i, name := range d.gold.Articles {
		raw, err := os.ReadFile(filepath.Join(demoDir, name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.Parse(name, raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		doc.Label = name
		docs = append(docs, doc)
		d.index[name] = i
	}
	d.report = Compare(docs, Options{})
	return d
}

// sentence returns the (article, sentence) the reference names.
func (d *demo) sentence(t *testing.T, article, text string) (int, int) {
	t.Helper()
	a, ok := d.index[article]
	if !ok {
		t.Fatalf("gold names unknown article %s", article)
	}
	return a, find(t, d.report, a, text)
}

type sentRef struct{ a, s int }

// goldPairs lists every cross-article pair of sentences the gold groups put together.
func (d *demo) goldPairs(t *testing.T) map[[2]sentRef]string {
	pairs := map[[2]sentRef]string{}
	for _, g := range d.gold.Groups {
		var refs []sentRef
		for _, m := range g.Members {
			for _, txt := range m.Text {
				a, s := d.sentence(t, m.Article, txt)
				refs = append(refs, sentRef{a, s})
			}
		}
		for i := range refs {
			for j := range refs {
				if refs[i].a < refs[j].a {
					pairs[[2]sentRef{refs[i], refs[j]}] = g.ID
				}
			}
		}
	}
	return pairs
}

func (d *demo) predictedPairs() map[[2]sentRef]string {
	pairs := map[[2]sentRef]string{}
	for _, g := range d.report.Groups {
		var refs []sentRef
		for _, m := range g.Members {
			for _, s := range m.Sentences {
				refs = append(refs, sentRef{m.Article, s})
			}
		}
		for i := range refs {
			for j := range refs {
				if refs[i].a < refs[j].a {
					pairs[[2]sentRef{refs[i], refs[j]}] = g.ID
				}
			}
		}
	}
	return pairs
}

func (d *demo) text(r sentRef) string {
	return fmt.Sprintf("[%d] %q", r.a, d.report.Articles[r.a].Sentences[r.s].Text)
}

// TestDemoAlignmentAgainstGold scores the alignment pair by pair: every two
// sentences of different articles the gold puts in one group should share a
// group, and no others.
func TestDemoAlignmentAgainstGold(t *testing.T) {
	d := loadDemo(t)
	gold, pred := d.goldPairs(t), d.predictedPairs()
	hit := 0
	for p, id := range gold {
		if _, ok := pred[p]; ok {
			hit++
		} else if testing.Verbose() {
			t.Logf("missed (gold %s): %s ~ %s", id, d.text(p[0]), d.text(p[1]))
		}
	}
	if testing.Verbose() {
		for p := range pred {
			if _, ok := gold[p]; !ok {
				t.Logf("spurious: %s ~ %s", d.text(p[0]), d.text(p[1]))
			}
		}
	}
	precision := float64(hit) / float64(max(1, len(pred)))
	recall := float64(hit) / float64(max(1, len(gold)))
	f1 := 2 * precision * recall / max(1e-9, precision+recall)
	t.Logf("demo alignment: %d gold pairs, %d predicted, precision %.2f recall %.2f F1 %.2f", len(gold), len(pred), precision, recall, f1)
	if precision < 0.85 || recall < 0.75 {
		t.Errorf("pair precision %.2f (want ≥ 0.85), recall %.2f (want ≥ 0.75)", precision, recall)
	}
}

func TestDemoLexicalTrapsStayApart(t *testing.T) {
	d := loadDemo(t)
	for _, n := range d.gold.NotAligned {
		a, sa := d.sentence(t, n.A.Article, n.A.Text)
		b, sb := d.sentence(t, n.B.Article, n.B.Text)
		if ga := groupOf(d.report, a, sa); ga != "" && ga == groupOf(d.report, b, sb) {
			t.Errorf("trap aligned (%s): %s ~ %s", n.Why, d.text(sentRef{a, sa}), d.text(sentRef{b, sb}))
		}
	}
}

func TestDemoRoles(t *testing.T) {
	d := loadDemo(t)
	for _, r := range d.gold.Roles {
		a, s := d.sentence(t, r.Article, r.Text)
		got := d.report.Articles[a].Sentences[s]
		if string(got.Role) != r.Role {
			t.Errorf("%s: role %s, want %s", d.text(sentRef{a, s}), got.Role, r.Role)
		}
		if !got.Role.Alignable() && got.Group != nil {
			t.Errorf("%s is %s but joined group %s", d.text(sentRef{a, s}), got.Role, *got.Group)
		}
	}
}

// TestDemoGroupKindsAndMoves checks, for each gold group the engine found
// (its members all in one predicted group), the kind and the moved flag.
func TestDemoGroupKindsAndMoves(t *testing.T) {
	d := loadDemo(t)
	found, kindOK, movedOK := 0, 0, 0
	var wrong []string
	for _, g := range d.gold.Groups {
		m := g.Members[0]
		a, s := d.sentence(t, m.Article, m.Text[0])
		id := groupOf(d.report, a, s)
		if id == "" {
			continue
		}
		var pg *Group
		for i := range d.report.Groups {
			if d.report.Groups[i].ID == id {
				pg = &d.report.Groups[i]
			}
		}
		found++
		if string(pg.Kind) == g.Kind {
			kindOK++
		} else {
			wrong = append(wrong, fmt.Sprintf("%s: kind %s, gold %s (similarity %.2f)", g.ID, pg.Kind, g.Kind, pg.Similarity))
		}
		if pg.Moved == g.Moved {
			movedOK++
		} else {
			wrong = append(wrong, fmt.Sprintf("%s: moved %v, gold %v", g.ID, pg.Moved, g.Moved))
		}
	}
	t.Logf("demo groups found %d/%d; kind right %d, moved right %d", found, len(d.gold.Groups), kindOK, movedOK)
	if testing.Verbose() {
		t.Log("\n" + strings.Join(wrong, "\n"))
	}
	if found == 0 || float64(kindOK) < 0.7*float64(found) || float64(movedOK) < 0.85*float64(found) {
		t.Errorf("kind right in %d of %d found groups (want ≥ 70%%), moved right in %d (want ≥ 85%%)", kindOK, found, movedOK)
	}
}

func TestDemoUniqueSentencesStayAlone(t *testing.T) {
	d := loadDemo(t)
	alone := 0
	for _, u := range d.gold.Unique {
		a, s := d.sentence(t, u.Article, u.Text)
		if groupOf(d.report, a, s) == "" {
			alone++
		} else if testing.Verbose() {
			t.Logf("unique sentence grouped: %s", d.text(sentRef{a, s}))
		}
	}
	share := float64(alone) / float64(max(1, len(d.gold.Unique)))
	t.Logf("demo unique sentences left alone: %d of %d (%.2f)", alone, len(d.gold.Unique), share)
	if share < 0.85 {
		t.Errorf("only %.2f of the sentences one outlet alone carries stay ungrouped; want ≥ 0.85", share)
	}
}
