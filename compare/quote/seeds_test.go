package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The seed articles are two real reports of one story (Jack Ma meets Donald
// Trump), kept in the shared folder beside the repository.
const seedsDir = "../../../shared/seeds"

func loadSeed(t *testing.T, prefix string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedsDir, prefix+"_*.txt"))
	if len(files) == 0 {
		t.Skipf("seed %s not found in %s (it lives in the shared folder beside the repository)", prefix, seedsDir)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatalf("reading seed: %v", err)
	}
	return string(b)
}

func findQuote(qs []Quote, words string) (Quote, bool) {
	for _, q := range qs {
		if strings.Contains(q.Text, words) {
			return q, true
		}
	}
	return Quote{}, false
}

func TestSeeds(t *testing.T) {
	a, b := loadSeed(t, "000"), loadSeed(t, "004")
	qa, qb := Extract(a, nil), Extract(b, nil)
	for _, qs := range [][]Quote{qa, qb} {
		if q, ok := findQuote(qs, "Notorious Markets"); ok {
			t.Errorf("the list's name is not a quote: %+v", q)
		}
	}

	jackA, okA := findQuote(qa, "Jack and I")
	jackB, okB := findQuote(qb, "Jack and I")
	if !okA || !okB {
		t.Fatalf("Trump's quote missing: %v / %v", describe(qa), describe(qb))
	}
	if rel, _ := Relate(jackA, jackB); rel != Truncated {
		t.Errorf("Relate(%q, %q) = %q, want truncated", jackA.Text, jackB.Text, rel)
	}
	if jackA.Speaker != "Donald Trump" || jackB.Speaker != "Donald Trump" {
		t.Errorf("speakers %q and %q, want Donald Trump", jackA.Speaker, jackB.Speaker)
	}

	evans, ok := findQuote(qb, "Our results speak for themselves")
	if !ok || evans.Speaker != "Michael Evans" || evans.Role != "Alibaba Group President" || evans.Cue != "said in a statement" {
		t.Errorf("Evans quote = %+v", evans)
	}
	if next, ok := findQuote(qb, "Unfortunately, the USTR"); !ok || next.Speaker != "Michael Evans" {
		t.Errorf("the quote that continues Evans's = %+v", next)
	}

	tweet, ok := findQuote(qa, "wants to create US jobs")
	if !ok || tweet.Speaker != "Alibaba" || !tweet.Partial || tweet.Cue != "tweeted" {
		t.Errorf("tweet quote = %+v, want Alibaba, partial, tweeted", tweet)
	}
	if ok && a[tweet.SpeakerStart:tweet.SpeakerEnd] != "the company" {
		t.Errorf("tweet speaker read from %q, want the company", a[tweet.SpeakerStart:tweet.SpeakerEnd])
	}

	x := NewIndex()
	ids := map[int]Quote{}
	for _, q := range qa {
		ids[x.Add(0, q)] = q
	}
	for _, q := range qb {
		ids[x.Add(1, q)] = q
	}
	found := false
	for _, m := range x.Matches() {
		t.Logf("match %q ~ %q: %s %.2f", ids[m.A].Text, ids[m.B].Text, m.Relation, m.Score)
		found = found || m.Relation == Truncated && strings.Contains(ids[m.A].Text, "Jack and I")
	}
	if !found {
		t.Error("the index did not relate Trump's two renderings")
	}
}
