package compare

import (
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestStemCacheIsSnowball: stemCache.of reads the common words' stems from
// textsim's table, and must give what the stemmer gives them with stop
// words kept: capitals, short words, stop words, a special word, words the
// table has and words it has not (invented names and coinages).
func TestStemCacheIsSnowball(t *testing.T) {
	c := stemCache{}
	for _, w := range []string{
		"The", "said", "Apologized", "apology", "criticised", "outraged", "slammed",
		"Harbourvale", "zorbulation", "glimmerstone", "skies", "news", "dying", "generously",
		"an", "I", "us", "US", "our", "Ours", "being", "", " spaced ", "ÉCLAIR", "re-sign",
	} {
		for range 2 { // the second from the cache
			if got, want := c.of(w), english.Stem(w, false); got != want {
				t.Errorf("of(%q) = %q, the stemmer gives %q", w, got, want)
			}
		}
	}
}
