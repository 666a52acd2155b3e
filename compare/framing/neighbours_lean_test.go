package framing

import (
	"slices"
	"testing"
)

// TestNeighboursWeighTheirCompanysRatings: a seed's antonym keeps the
// company of both poles, and a head count among the strongly rated let it
// in with the seed's tone; weighed by nearness and rating (ratingsLean),
// its company speaks for its own pole. An outlook "upbeat" or "rosy" (by
// "gloomy"), "proof" (by "false"), a "pivotal" figure (by "decisive") are no judgement of the seed's tone;
// "gloomy" itself stays. An adverb takes the sign VADER gives its
// adjective ("amazingly" by "oddly" is as "amazing" is). A reply
// "countered" reports what was said (plainActs).
func TestNeighboursWeighTheirCompanysRatings(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Harbour traders were upbeat about the season, and the council's forecast was rosy.", nil},
		{"The clerk found no proof that the levy was paid in Quillby.", nil},
		{"The ferry captain was a pivotal figure in Tarrow.", nil},
		{"Mayor Ada Kessler countered that the levy was fair.", nil},
		{"The gloomy forecast worried harbour traders.", []string{"gloomy"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
	s := "The Quillby choir sang amazingly well."
	for _, m := range Markers(s) {
		if m.Text == "amazingly" && m.Tone != TonePositive {
			t.Errorf("%q: %q is %s, want positive", s, m.Text, m.Tone)
		}
	}
}

// TestRatingsLeanWeighsNearnessAndRating: two rated neighbours of each
// sign tie a head count, but the nearer and more strongly rated ones
// decide the lean.
func TestRatingsLeanWeighsNearnessAndRating(t *testing.T) {
	unit := func(x, y float32) []float32 {
		n := float32(1) / sqrt32(x*x+y*y)
		return []float32{x * n, y * n}
	}
	rated := []ratedVector{
		{"bright", unit(1, 0.1), true, 25},
		{"cheery", unit(1, 0.2), true, 20},
		{"grim", unit(0.3, 1), false, -15},
		{"dire", unit(0.2, 1), false, -12},
	}
	word := unit(1, 0.3)
	if ratingsLean(rated, word, "sunnyish", ToneNegative) {
		t.Error("a word nearest positive words leans negative")
	}
	if !ratingsLean(rated, word, "sunnyish", TonePositive) {
		t.Error("a word nearest positive words does not lean positive")
	}
	if !toneOfCompany(rated, word, "sunnyish", ToneNegative) {
		t.Error("the head count should tie here (two of each sign): the test no longer shows what ratingsLean adds")
	}
}

func sqrt32(x float32) float32 {
	r := x
	for range 30 {
		r = (r + x/r) / 2
	}
	return r
}
