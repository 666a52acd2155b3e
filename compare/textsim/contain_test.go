package textsim

import (
	"math"
	"testing"
)

// TestContainmentIsTheFeatures checks Containment against Features on
// every ordered pair of invented sentences chosen for what the count
// reads: figures agreeing in other words ("0.9 per cent", "about 1%"),
// repeated and hyphenated words, a sentence without content words, an
// empty one. It fails if either computation changes without the other.
func TestContainmentIsTheFeatures(t *testing.T) {
	sents := []string{
		"Kestrel Marine shares rose 0.9 per cent to $94.74 at 2:37 p.m. in New York.",
		"Kestrel Marine shares were up about 1% by mid-afternoon.",
		"The harbor board voted 7-2 to approve the 30-year lease.",
		"Two of the nine commissioners voted against the thirty-year lease.",
		"The board's vote was 7-2.",
		"Governor Maren Holt met Ilse Brandvik, who runs Kestrel Marine, on Tuesday.",
		"Holt, Holt and Holt: the governor's name three times, and Port Ashby twice, Port Ashby.",
		"It was what it was.",
		"",
		"Dredging for ever-larger ships would destroy eelgrass beds in the sound, the group said.",
		"Save Our Sound said dredging would destroy the sound's eelgrass.",
	}
	c := NewCorpus()
	for _, s := range sents {
		c.Add(s)
	}
	c.Freeze()
	checked := 0
	for a := range sents {
		for b := range sents {
			f := c.Features(a, b)
			short, cont := c.Containment(a, b)
			if math.Float64bits(short) != math.Float64bits(f[FShortLen]) || math.Float64bits(cont) != math.Float64bits(f[FContainment]) {
				t.Errorf("%q ~ %q: Containment %v, %v; Features %v, %v", sents[a], sents[b], short, cont, f[FShortLen], f[FContainment])
			}
			if cont > 0 && cont < 1 {
				checked++
			}
		}
	}
	if checked == 0 {
		t.Error("no pair is partly contained: the case tests nothing")
	}
	if s, k := c.Containment(-1, 0); s != 0 || k != 0 {
		t.Errorf("an id out of range gives %v, %v", s, k)
	}
}

// TestContainmentOnTheSeeds checks Containment against Features on every
// ordered pair of sentences of each seed article, the pairs aloneFacts
// asks about, when ../shared is present.
func TestContainmentOnTheSeeds(t *testing.T) {
	for _, art := range seedArticles(t) {
		c := NewCorpus()
		for _, s := range art {
			c.Add(s)
		}
		c.Freeze()
		for a := range art {
			for b := range art {
				f := c.Features(a, b)
				short, cont := c.Containment(a, b)
				if math.Float64bits(short) != math.Float64bits(f[FShortLen]) || math.Float64bits(cont) != math.Float64bits(f[FContainment]) {
					t.Errorf("%q ~ %q: Containment %v, %v; Features %v, %v", art[a], art[b], short, cont, f[FShortLen], f[FContainment])
				}
			}
		}
	}
}
