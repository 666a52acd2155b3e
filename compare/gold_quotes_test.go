package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

type goldQuotes struct {
	Quotes []struct {
		ID      string `json:"id"`
		Article string `json:"article"`
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Partial bool   `json:"partial"`
		Status  string `json:"status"`
	} `json:"quotes"`
	QuoteMatches []struct {
		A, B     string
		Relation string `json:"relation"`
	} `json:"quote_matches"`
	Paraphrased []struct {
		Quote   string `json:"quote"`
		Article string `json:"article"`
		Text    string `json:"text"`
	} `json:"paraphrased_quotes"`
	NotQuotes []goldRef `json:"not_quotes"`
	Facts     []struct {
		ID       string    `json:"id"`
		Kind     string    `json:"kind"`
		Status   string    `json:"status"`
		Mentions []goldRef `json:"mentions"`
	} `json:"facts"`
}

func loadGoldQuotes(t *testing.T) (*demo, goldQuotes) {
	d := loadDemo(t)
	var g goldQuotes
	data, err := os.ReadFile(filepath.Join(demoDir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	return d, g
}

// span returns the byte span of a substring that occurs once in an article.
func (d *demo) span(t *testing.T, article, text string) (int, int, int) {
	t.Helper()
	a := d.index[article]
	i := strings.Index(d.report.Articles[a].Text, text)
	if i < 0 {
		t.Fatalf("%s: %q not found", article, text)
	}
	return a, i, i + len(text)
}

// quoteFor returns the report's quote overlapping the gold quote's words.
func (d *demo) quoteFor(t *testing.T, article, text string) *Quote {
	a, s, e := d.span(t, article, text)
	for i, q := range d.report.Quotes {
		if q.Article == a && q.Start < e && s < q.End {
			return &d.report.Quotes[i]
		}
	}
	return nil
}

func sameSpeaker(got, want string) bool {
	if got == "" || want == "" {
		return got == want
	}
	g, w := strings.Fields(got), strings.Fields(want)
	return g[len(g)-1] == w[len(w)-1] || strings.Contains(want, got) || strings.Contains(got, want)
}

func TestDemoQuotesAgainstGold(t *testing.T) {
	d, g := loadGoldQuotes(t)
	byGold := map[string]*Quote{}
	found, speaker, partial, status := 0, 0, 0, 0
	for _, gq := range g.Quotes {
		q := d.quoteFor(t, gq.Article, gq.Text)
		if q == nil {
			t.Logf("quote not found: %s %q", gq.Article, gq.Text)
			continue
		}
		byGold[gq.ID] = q
		found++
		if sameSpeaker(q.Speaker, gq.Speaker) {
			speaker++
		} else {
			t.Logf("%s: speaker %q, gold %q", gq.ID, q.Speaker, gq.Speaker)
		}
		if q.Partial == gq.Partial {
			partial++
		}
		if q.Status == gq.Status {
			status++
		} else {
			t.Logf("%s: status %s, gold %s", gq.ID, q.Status, gq.Status)
		}
	}
	n := float64(len(g.Quotes))
	t.Logf("demo quotes: found %d/%d, speaker right %d, partial right %d, status right %d", found, len(g.Quotes), speaker, partial, status)
	if float64(found) < 0.95*n || float64(speaker) < 0.85*float64(found) || float64(status) < 0.8*float64(found) || float64(partial) < 0.9*float64(found) {
		t.Errorf("quotes found %d of %d (want 95%%); speaker %d, status %d (want 85%%, 80%% of found), partial %d (want 90%%)", found, len(g.Quotes), speaker, status, partial)
	}

	relations := map[string]bool{}
	right := 0
	for _, m := range g.QuoteMatches {
		a, b := byGold[m.A], byGold[m.B]
		if a == nil || b == nil {
			continue
		}
		i := slices.IndexFunc(a.Matches, func(x QuoteMatch) bool { return x.Quote == b.ID })
		switch {
		case i < 0:
			t.Logf("quotes %s and %s (%s) not matched", m.A, m.B, m.Relation)
		case a.Matches[i].Relation != m.Relation:
			t.Logf("quotes %s and %s: %s, gold %s", m.A, m.B, a.Matches[i].Relation, m.Relation)
		default:
			right++
			relations[m.Relation] = true
		}
	}
	t.Logf("demo quote matches right: %d of %d; relations seen right: %v", right, len(g.QuoteMatches), relations)
	for _, rel := range []string{"identical", "truncated", "altered", "spliced"} {
		if !relations[rel] {
			t.Errorf("no gold %s quote pair was found as %s", rel, rel)
		}
	}

	for _, nq := range g.NotQuotes {
		if q := d.quoteFor(t, nq.Article, nq.Text); q != nil && len(q.Text) <= len(nq.Text)+2 {
			t.Errorf("%s: %q is listed as a quote", nq.Article, q.Text)
		}
	}

	para := 0
	for _, p := range g.Paraphrased {
		q := byGold[p.Quote]
		a, s := d.sentence(t, p.Article, p.Text)
		if q != nil && slices.Contains(q.ParaphrasedIn, SentenceRef{a, s}) {
			para++
		}
	}
	t.Logf("demo paraphrased quotes found: %d of %d", para, len(g.Paraphrased))
	if para == 0 {
		t.Errorf("no quote given as paraphrase elsewhere was found")
	}
}

func TestDemoFactsAgainstGold(t *testing.T) {
	d, g := loadGoldQuotes(t)
	statuses := map[string]int{}
	right := 0
	for _, gf := range g.Facts {
		// The report's fact that links most of the gold mentions.
		var f *Fact
		linked := 0
		for i, rf := range d.report.Facts {
			if isName(rf.Kind) {
				continue
			}
			n := 0
			for _, gm := range gf.Mentions {
				a, s, e := d.span(t, gm.Article, gm.Text)
				if slices.ContainsFunc(rf.Mentions, func(m FactMention) bool { return m.Article == a && m.Start < e && s < m.End }) {
					n++
				}
			}
			if n > linked {
				f, linked = &d.report.Facts[i], n
			}
		}
		if f == nil {
			t.Logf("%s: no fact found at %q", gf.ID, gf.Mentions[0].Text)
			continue
		}
		// Right: the status, and for a fact in several articles at least
		// two of its gold mentions linked (the pair that makes the status).
		if f.Status == gf.Status && linked >= min(2, len(gf.Mentions)) && (len(gf.Mentions) > 1 || len(f.Mentions) == 1) {
			right++
			statuses[gf.Status]++
		} else {
			t.Logf("%s: %s with %d mentions, gold %s with %d", gf.ID, f.Status, len(f.Mentions), gf.Status, len(gf.Mentions))
		}
	}
	t.Logf("demo facts right (status right, two gold mentions linked): %d of %d; by status %v", right, len(g.Facts), statuses)
	if float64(right) < 0.7*float64(len(g.Facts)) {
		t.Errorf("%d of %d facts right; want ≥ 70%%", right, len(g.Facts))
	}
	for _, st := range []string{FactShared, FactCompatible, FactConflict, FactUnique} {
		if statuses[st] == 0 {
			t.Errorf("no gold %s fact was found as %s", st, st)
		}
	}
}
