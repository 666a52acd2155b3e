package textsim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

// sampleSentences returns news sentences to test with: the seed articles
// when they are beside the repository, else the pairs of seeds_test.go.
func sampleSentences(t testing.TB) []string {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err == nil {
		return seedSentences(t)
	}
	return []string{seedJackMaA, seedJackMaB, seedSharesA, seedSharesB, seedTrapA, seedTrapB,
		"Trump has called for high tariffs on trade with China.", "\"Jack and I are going to do some great things,\" Trump said."}
}

func sampleCorpus(t *testing.T) *Corpus {
	t.Helper()
	c := NewCorpus()
	for _, s := range sampleSentences(t) {
		c.Add(s)
	}
	c.Freeze()
	return c
}

func TestFeaturesSymmetricAndBounded(t *testing.T) {
	c := sampleCorpus(t)
	for a := range c.Len() {
		for b := range c.Len() {
			f := c.Features(a, b)
			if g := c.Features(b, a); f != g {
				t.Fatalf("Features(%d, %d) != Features(%d, %d):\n%v\n%v", a, b, b, a, f, g)
			}
			for i, v := range f {
				if math.IsNaN(v) || v < 0 || v > 1+1e-6 && !isCount(i) {
					t.Fatalf("Features(%d, %d)[%s] = %v", a, b, FeatureNames[i], v)
				}
			}
			if s := Default.Score(f); s.Similarity < 0 || s.Similarity > 1 || s.Shared < 0 || s.Shared > 1 {
				t.Fatalf("Score(%d, %d) = %+v", a, b, s)
			}
		}
	}
}

// isCount reports whether a feature is a log count rather than a share.
func isCount(i int) bool {
	switch i {
	case FUnmatchedMax, FUnmatchedMin, FNumUnmatched, FNameUnmatched, FCapUnmatched, FShortLen, FRunMax, FRunMin, FRunEnd:
		return true
	}
	return false
}

func TestFeaturesOfASentenceWithItself(t *testing.T) {
	c := sampleCorpus(t)
	for a := range c.Len() {
		f := c.Features(a, a)
		for _, i := range []int{FCosine, FContentMin, FContainment, FWeightedMin, FWordDice, FCharDice, FCharContain, FLCS, FWordLCSMin, FWordLCSMax, FLengthRatio, FRareMin} {
			if len(c.sents[a].terms) > 0 && math.Abs(f[i]-1) > 1e-5 {
				t.Errorf("sentence %d with itself: %s = %v, want 1", a, FeatureNames[i], f[i])
			}
		}
		if f[FUnmatchedMax] != 0 || f[FNumUnmatched] != 0 || f[FNameUnmatched] != 0 {
			t.Errorf("sentence %d with itself: unmatched words, figures or names: %v", a, f)
		}
		if s := Default.Score(f); len(c.sents[a].terms) > 3 && !Default.IsShared(s) {
			t.Errorf("sentence %d with itself: %+v, want shared", a, s)
		}
	}
}

// TestWordOrder checks the bit-parallel subsequence and n-gram matching
// against the textbook dynamic programme on random sentences.
func TestWordOrder(t *testing.T) {
	vocab := strings.Fields("red blue green black white brown pink grey gold teal")
	rng := rand.New(rand.NewPCG(1, 2))
	sentence := func() []string {
		w := make([]string, 1+rng.IntN(40))
		for i := range w {
			w[i] = vocab[rng.IntN(len(vocab))]
		}
		return w
	}
	for range 300 {
		a, b := sentence(), sentence()
		c := NewCorpus()
		c.Add(strings.Join(a, " "))
		c.Add(strings.Join(b, " "))
		c.Freeze()
		f := c.Features(0, 1)
		want := float64(lcsDP(a, b)) / float64(min(len(a), len(b)))
		if math.Abs(f[FWordLCSMax]-want) > 1e-9 || math.Abs(f[FLCS]-want) > 1e-9 {
			t.Fatalf("%q / %q: LCS share %v and %v, want %v", a, b, f[FWordLCSMax], f[FLCS], want)
		}
		if want := ngramShare(a, b, 2); math.Abs(f[FBigramDice]-want) > 1e-9 {
			t.Fatalf("%q / %q: bigram share %v, want %v", a, b, f[FBigramDice], want)
		}
	}
}

func lcsDP(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// ngramShare counts the n-gram positions of each side whose n-gram occurs
// on the other, over all n-gram positions.
func ngramShare(a, b []string, n int) float64 {
	grams := func(x []string) []string {
		var g []string
		for i := 0; i+n <= len(x); i++ {
			g = append(g, strings.Join(x[i:i+n], " "))
		}
		return g
	}
	ga, gb := grams(a), grams(b)
	hits := 0
	for _, g := range ga {
		if slices.Contains(gb, g) {
			hits++
		}
	}
	for _, g := range gb {
		if slices.Contains(ga, g) {
			hits++
		}
	}
	if len(ga)+len(gb) == 0 {
		return 0
	}
	return float64(hits) / float64(len(ga)+len(gb))
}

func TestTermsAreNormalised(t *testing.T) {
	c := sampleCorpus(t)
	for id := range c.Len() {
		terms, weights := c.Terms(id)
		if !slices.IsSorted(terms) || len(terms) != len(weights) {
			t.Fatalf("sentence %d: terms %v not ascending or weights %v", id, terms, weights)
		}
		var norm float64
		for _, w := range weights {
			norm += float64(w) * float64(w)
		}
		if len(terms) > 0 && math.Abs(norm-1) > 1e-5 {
			t.Errorf("sentence %d: |w|² = %v, want 1", id, norm)
		}
	}
}

func TestJoin(t *testing.T) {
	c := NewCorpus()
	first := c.Add("Alibaba will add 1 million US businesses to its platforms.")
	second := c.Add("Each of them is expected to hire one person.")
	whole := c.Add("Alibaba will add 1 million US businesses to its platforms, each expected to hire one person.")
	other := c.Add("Shares rose 0.9 per cent in New York.")
	c.Freeze()
	idf := slices.Clone(c.idf)
	before := c.Features(first, whole)
	m := c.Join(first, second, 99) // 99 is out of range and ignored
	if c.Len() != 4 || !slices.Equal(c.idf, idf) {
		t.Fatalf("Join changed the corpus: %d sentences, IDF %v, was %v", c.Len(), c.idf, idf)
	}
	after := FeaturesOf(m, c.Reading(whole))
	if after[FContentMin] <= before[FContentMin] || after[FCosine] <= before[FCosine] {
		t.Errorf("the two sentences together match the whole no better than the first: %v then %v", before, after)
	}
	if f := FeaturesOf(m, c.Reading(other)); f[FCosine] != 0 {
		t.Errorf("joined sentences share words with an unrelated one: %v", f)
	}
	if f, g := FeaturesOf(c.Reading(first), c.Reading(whole)), c.Features(first, whole); f != g {
		t.Errorf("FeaturesOf(Reading) = %v, Features = %v", f, g)
	}
}

func TestOutOfRange(t *testing.T) {
	c := NewCorpus()
	c.Add("One sentence.")
	c.Freeze()
	if f := c.Features(0, 7); f != (Features{}) {
		t.Errorf("Features(0, 7) = %v, want zeros", f)
	}
	if terms, _ := c.Terms(-1); terms != nil {
		t.Errorf("Terms(-1) = %v", terms)
	}
	// An empty sentence, or an empty join, matches nothing.
	for i, r := range []Reading{c.Join(-1, 5), c.Reading(c.Add("")), c.Reading(c.Add(" -- "))} {
		f := FeaturesOf(r, c.Reading(0))
		if s := Default.Score(f); f[FCosine] != 0 || f[FContainment] != 0 || Default.IsRelated(s) {
			t.Errorf("empty sentence %d: %v, %+v", i, f, s)
		}
	}
	if f := FeaturesOf(c.Reading(9), c.Reading(0)); f != (Features{}) {
		t.Errorf("Reading(9) = %v, want zeros", f)
	}
}

func TestFeaturesDoNotAllocate(t *testing.T) {
	c := sampleCorpus(t)
	if n := testing.AllocsPerRun(100, func() { c.Features(1, c.Len()-1) }); n != 0 {
		t.Errorf("Features allocates %v times", n)
	}
}

func TestConcurrentFeatures(t *testing.T) {
	c := sampleCorpus(t)
	n := c.Len()
	want := make([]Features, n*n)
	for i := range want {
		want[i] = c.Features(i/n, i%n)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < n*n; i += 4 {
				if c.Features(i/n, i%n) != want[i] {
					errs <- fmt.Sprintf("pair %d differs when scored concurrently", i)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestMemoryPerSentence checks the budget of about 2 KB per sentence.
func TestMemoryPerSentence(t *testing.T) {
	sents := sampleSentences(t)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c := NewCorpus()
	const copies = 40
	for i := range copies * len(sents) {
		c.Add(sents[i%len(sents)])
	}
	c.Freeze()
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-before.HeapAlloc) / float64(c.Len())
	words := 0
	for _, s := range sents {
		words += len(Tokens(s))
	}
	t.Logf("%.0f bytes per sentence (%.1f words on average)", per, float64(words)/float64(len(sents)))
	if per > 2048 {
		t.Errorf("%.0f bytes per sentence, want at most 2048", per)
	}
	runtime.KeepAlive(c)
}

// TestGrowSizesTables checks that Grow sizes the word and term tables
// for the forms a short article brings, within half of the count either
// way, so that they are not rehashed as they fill (sized by sentences, the
// tables of a short article were a fifth of what it needs).
func TestGrowSizesTables(t *testing.T) {
	story := []string{
		"Flood barriers along the Vantry estuary failed early on Thursday, sending water into 340 homes in the market town of Ellsworth Cross.",
		"The regional water authority said a pump station had lost power at 2 a.m., an hour before the tide peaked.",
		"Residents described waking to find their kitchens under a foot of brown water and their cars drifting in the lanes.",
		"\"We had no warning at all,\" said Marisol Quenby, a baker whose shop on Mill Street was among the first to flood.",
		"Emergency crews evacuated a care home and a primary school, and the council opened its sports hall as a shelter.",
		"The authority's chief engineer, Teodor Blask, told reporters that a backup generator should have started automatically.",
		"An inquiry will examine why it did not, he said, adding that maintenance records would be published within a week.",
		"Insurers estimated the damage at between £12 million and £15 million, though they cautioned the figure could rise.",
		"Ellsworth Cross last flooded in 2009, when a storm surge breached an older wall that the barriers replaced.",
		"Local campaigners have long argued the scheme was underfunded and its pumps too few for a town of its size.",
	}
	c := NewCorpus()
	size := 0
	for _, s := range story {
		size += len(s)
	}
	c.Grow(len(story), size)
	for _, s := range story {
		c.Add(s)
	}
	words, terms := tableHints(size)
	t.Logf("%d bytes: hints %d %d, counts %d %d", size, words, terms, len(c.words), len(c.terms))
	for _, n := range []struct {
		what        string
		hint, count int
	}{{"word forms", words, len(c.words)}, {"terms", terms, len(c.terms)}} {
		if n.hint < n.count*2/3 || n.hint > n.count*3/2 {
			t.Errorf("%d bytes: a table for %d %s, it holds %d", size, n.hint, n.what, n.count)
		}
	}
}
