package fact

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedDir holds two real articles on Jack Ma meeting Donald Trump, read
// relative to this package.
const seedDir = "../../../shared/seeds"

// seeds returns the seed articles: the one that says "0.9 per cent" (a) and
// the one that says "about 1%" (b). It skips the test when they are absent.
func seeds(t testing.TB) (a, b string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		switch s := string(data); {
		case strings.Contains(s, "0.9 per cent"):
			a = s
		case strings.Contains(s, "about 1%"):
			b = s
		}
	}
	if a == "" || b == "" {
		t.Skipf("seed articles not found in %s", seedDir)
	}
	return a, b
}

func TestSeedQuantities(t *testing.T) {
	a, b := seeds(t)
	qa, qb := Quantities(a, monday), Quantities(b, monday)

	rose, up := findText(t, qa, "0.9 per cent"), findText(t, qb, "about 1%")
	if s, ok := CompareMentions(rose, up); s != Compatible || !ok {
		t.Errorf("0.9 per cent vs about 1%%: %q, %v; want compatible", s, ok)
	}
	jobsA, jobsB := findText(t, qa, "1 million new jobs"), findText(t, qb, "1 million American jobs")
	if s, ok := CompareMentions(jobsA, jobsB); s != Shared || !ok {
		t.Errorf("1 million new jobs vs 1 million American jobs: %q, %v; want shared", s, ok)
	}
	checks := []struct {
		m          Mention
		kind, unit string
		value      float64
	}{
		{findText(t, qa, "$94.74"), "money", "USD", 94.74},
		{findText(t, qa, "$15 billion"), "money", "USD", 15e9},
		{findText(t, qa, "2:37 p.m."), "time", "clock", 14*3600 + 37*60},
		{findText(t, qa, "40-minute"), "count", "minute", 40},
		{findText(t, qa, "7,000 US brands"), "count", "brand", 7000},
		{findText(t, qa, "300 million-strong"), "count", "member", 3e8},
		{findText(t, qa, "50,000 jobs"), "count", "job", 50000},
		{findText(t, qa, "Last year"), "date", "day", day(2016, 1, 1)},
		{findText(t, qb, "2014"), "date", "day", day(2014, 1, 1)},
		{findText(t, qb, "last month"), "date", "day", day(2016, 12, 1)},
		{findText(t, qb, "Monday"), "date", "day", day(2017, 1, 9)},
		{findText(t, qb, "less than three weeks after"), "date", "offset", 21},
		{findText(t, qa, "a few weeks after"), "date", "offset", 21},
		{findText(t, qb, "mid-afternoon"), "time", "clock", 15 * 3600},
	}
	for _, c := range checks {
		if c.m.Kind != c.kind || c.m.Unit != c.unit || !near(c.m.Value, c.value) {
			t.Errorf("%q = %s %q %g; want %s %q %g", c.m.Text, c.m.Kind, c.m.Unit, c.m.Value, c.kind, c.unit, c.value)
		}
	}
	for _, m := range append(qa, qb...) {
		if m.Kind == "count" && strings.Contains(m.Text, "2014") {
			t.Errorf("the year 2014 read as a count: %q", m.Text)
		}
	}
}

func TestSeedNames(t *testing.T) {
	a, b := seeds(t)
	na, nb := Names(a), Names(b)
	pairs := []struct{ x, y Mention }{
		{findText(t, nb, "Jack Ma"), findText(t, na, "Ma")},
		{findText(t, nb, "Alibaba Group"), findText(t, na, "Alibaba")},
		{findText(t, nb, "Office of the U.S. Trade Representative"), findText(t, nb, "USTR")},
		{findText(t, na, "President-elect Donald Trump"), findText(t, nb, "Trump")},
		{findText(t, na, "SoftBank Group"), findText(t, na, "SoftBank")},
		{findText(t, na, "US"), findText(t, nb, "U.S.")},
	}
	for _, p := range pairs {
		if !SameName(p.x, p.y) {
			t.Errorf("SameName(%q, %q) = false", p.x.Text, p.y.Text)
		}
	}
	// The surname, the bare company and the acronym, written by hand.
	for _, p := range [][2]string{{"Jack Ma", "Ma"}, {"Alibaba Group", "Alibaba"}, {"Office of the U.S. Trade Representative", "USTR"}} {
		if !SameName(Mention{Text: p[0]}, Mention{Text: p[1]}) {
			t.Errorf("SameName(%q, %q) = false", p[0], p[1])
		}
	}
	kinds := map[string]string{}
	for _, m := range append(na, nb...) {
		kinds[m.Unit] = m.Kind
	}
	for unit, kind := range map[string]string{"Jack Ma": "person", "Donald Trump": "person", "Masayoshi Son": "person",
		"Michael Evans": "person", "Drew Angerer": "person", "Alibaba Group": "org", "SoftBank Group": "org",
		"Office of the U.S. Trade Representative": "org", "IBM": "org", "New York": "place", "Trump Tower": "place",
		"Pacific Northwest": "place", "Washington State": "place", "Southern California": "place", "China": "place"} {
		if kinds[unit] != kind {
			t.Errorf("%q is %q; want %q", unit, kinds[unit], kind)
		}
	}
	for _, junk := range []string{"The", "Still", "In", "Unfortunately", "Providing", "Jobs", "Higher", "Chinese",
		"American", "Americans", "Alaskan", "Follow", "Given", "Several", "Any", "One", "That", "Our", "A", "I", "IPO"} {
		if _, ok := kinds[junk]; ok {
			t.Errorf("%q reported as a name", junk)
		}
	}
}
