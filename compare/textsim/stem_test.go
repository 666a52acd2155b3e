package textsim

import (
	"slices"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
)

// The stem table holds the stemmer's own stem for every lower-case word of
// Punkt's training text, and nothing else; it fails when either module
// changed and go generate was not run.
func TestStemTableIsSnowball(t *testing.T) {
	raw, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	st, err := sentences.LoadTraining(raw)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, w := range st.OrthoContext.Array() {
		if len(w) >= 2 && len(w) <= 40 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz'") == "" {
			want = append(want, w)
		}
	}
	slices.Sort(want)
	var got []string
	for s := range stemEnds {
		start := 0
		if s > 0 {
			start = int(stemEnds[s-1]) + 1
		}
		got = append(got, stemText[start:stemEnds[s]])
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("the table holds %d words, the training text %d lower-case ones: run go generate ./compare/textsim", len(got), len(want))
	}
	for _, w := range want {
		s, ok := tableStem(w)
		if snow := english.Stem(w, true); !ok || s != snow {
			t.Errorf("%q: table %q (%v), stemmer %q", w, s, ok, snow)
		}
	}
	// Words it does not hold go to the stemmer.
	for _, w := range []string{"", "a", "zzzyzzyvas", "Running", "ﬁnancial", "running\n", "run ning"} {
		if s, ok := tableStem(w); ok {
			t.Errorf("%q: found in the table as %q", w, s)
		}
		if got, want := Stem(w), english.Stem(w, true); got != want {
			t.Errorf("Stem(%q) = %q, the stemmer %q", w, got, want)
		}
	}
}

// BenchmarkStem stems the words of the samples, as the corpus does for each
// new word form.
func BenchmarkStem(b *testing.B) {
	var words []string
	for _, s := range []string{
		"The president's advisers were reportedly considering sanctions against companies violating agreements",
		"Officials announced investigations into allegations concerning campaign financing irregularities yesterday",
		"Protesters gathered outside parliament demanding accountability from ministers responsible",
	} {
		words = append(words, strings.Fields(strings.ToLower(s))...)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Stem(w)
		}
	}
}
