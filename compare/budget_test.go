package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare/ingest"
)

// parse reads text as an article, failing the test if it cannot.
func parse(t *testing.T, name, text string) *ingest.Document {
	t.Helper()
	d, err := ingest.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// A sentence with tens of thousands of figures and names (a 5 MB article
// on one line) once cost quadratic time linking facts: 50,000 mentions of
// "Monday" and "Blue Line" in one group took minutes. The bounds are
// generous ceilings on the process's CPU time (each case takes one to
// three seconds of it), which a busy machine does not inflate as it does
// the wall clock (21 s against 2.6 s once, at a load of 29).
func TestFactLinkingStaysLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const clause = "The port signed a deal with Blue Line on Monday and "
	cases := []struct {
		name string
		a, b string
	}{
		{"50,000 figures against one", "Harbour deal\n\nThe port signed a deal with Blue Line on Monday.", strings.Repeat(clause, 50000)},
		{"20,000 figures against 20,000", strings.Repeat(clause, 20000), strings.Repeat(clause, 20000)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs := []*ingest.Document{parse(t, "a.txt", c.a), parse(t, "b.txt", c.b)}
			start := cpuTime()
			r := Compare(docs, Options{})
			took := cpuTime() - start
			t.Logf("%v of CPU", took)
			if took > 20*time.Second*slowdown {
				t.Errorf("took %v of CPU", took)
			}
			shared := false
			for _, f := range r.Facts {
				shared = shared || f.Status == FactShared && len(f.Mentions) >= 2
			}
			if !shared {
				t.Error("no fact is shared between the two articles")
			}
		})
	}
}

// TestWordDiffPastThePrivateUseArea diffs sentences with more distinct
// words than there are private-use runes to encode them (140,000 numbers):
// the diff once came back garbled; now it must still rebuild both sides.
func TestWordDiffPastThePrivateUseArea(t *testing.T) {
	var a, b strings.Builder
	for i := range 140000 {
		a.WriteString(itoa(i) + " ")
		if i%1000 != 0 {
			b.WriteString(itoa(i) + " ")
		}
	}
	start := cpuTime()
	from, to := apply(WordDiff(a.String(), b.String()))
	if from != a.String() || to != b.String() {
		t.Error("the diff does not rebuild its inputs")
	}
	took := cpuTime() - start
	t.Logf("%v of CPU", took)
	if took > 10*time.Second*slowdown {
		t.Errorf("took %v of CPU", took)
	}
}
