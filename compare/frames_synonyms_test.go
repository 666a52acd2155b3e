package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
)

// TestSynonymsFrameAlike: loaded words of one tone that WordNet puts in
// one synset are one frame ("foiled" and "thwarted", "endangered" and
// "jeopardized"); a word and a stronger kind of it ("berated",
// "criticized"), words of another tone, and unrelated words are not.
func TestSynonymsFrameAlike(t *testing.T) {
	loaded := func(lemma, tone string) Marker {
		return Marker{Kind: string(framing.Loaded), Lemma: lemma, Tone: tone}
	}
	for _, c := range []struct {
		a, b Marker
		want bool
	}{
		{loaded("foiled", framing.ToneNegative), loaded("thwart", framing.ToneNegative), true},
		{loaded("endanger", framing.ToneNegative), loaded("jeopardize", framing.ToneNegative), true},
		{loaded("berate", framing.ToneNegative), loaded("criticize", framing.ToneNegative), false},
		{loaded("foiled", framing.ToneNegative), loaded("thwart", framing.TonePositive), false},
		{loaded("praise", framing.TonePositive), loaded("brilliant", framing.TonePositive), false},
	} {
		if got := sameFrame(c.a, c.b, stemCache{}); got != c.want {
			t.Errorf("sameFrame(%s, %s) = %v, want %v", c.a.Lemma, c.b.Lemma, got, c.want)
		}
	}
}
