package framing

import (
	"math"
	"slices"
	"strings"
)

// The tone of a proposed word's company among VADER's rated words.

// ratedVector is a word VADER rates strongly, with its vector and sign.
type ratedVector struct {
	word     string
	vec      []float32
	positive bool
	vader    int8 // VADER's mean rating, in tenths
}

// companyRated is the least |mean rating| of VADER's, in tenths, for a
// word to vote in toneOfCompany.
const companyRated = 15

// companySize is how many of the nearest rated words vote.
const companySize = 10

// ratedOwn reports whether VADER rates w itself from 1: its sign then
// decides its tone, whatever its company's.
func ratedOwn(ix *lexIndex, w string) bool {
	_, wi, ok := ix.word(w)
	return ok && wi.hasVader && math.Abs(float64(wi.vader)) >= 10
}

// ratedVectors are the words of vecs that VADER rates from least (in
// tenths), sorted.
func ratedVectors(ix *lexIndex, vecs map[string][]float32, least float64) []ratedVector {
	var out []ratedVector
	for w, v := range vecs {
		if !plainWord(w) {
			continue
		}
		if wi, ok := ix.words[w]; ok && wi.hasVader && !wi.vaderStem && math.Abs(float64(wi.vader)) >= least {
			out = append(out, ratedVector{w, v, wi.vader > 0, wi.vader})
		}
	}
	slices.SortFunc(out, func(a, b ratedVector) int { return strings.Compare(a.word, b.word) })
	return out
}

// toneOfCompany reports whether the words VADER rates nearest to v (the
// companySize nearest, itself aside) are not mostly of the tone other
// than tone. A seed's judgement is often its connotation: the vectors put
// it beside the plain words of what it judges and beside their opposites,
// which share its contexts ("posh" by "upscale" and "upmarket", "vilify"
// by "feted", "pricey" by "expensive", "chilly" by "warm", "lousy" by
// "decent", "buckle" by "belts"). Such a word keeps the company of words
// rated the other way, or of none, and takes no tone from the seed.
// Regenerating the table after the lexicon grew (posh, glitzy, payback,
// orchestrate) brought such words into ECB+'s reports ("an upmarket
// jewellery store", "did not elaborate", "glittering musicals").
func toneOfCompany(rated []ratedVector, v []float32, word, tone string) bool {
	same, other := 0, 0
	for _, t := range nearestRated(rated, v, word) {
		if t.positive == (tone == TonePositive) {
			same++
		} else {
			other++
		}
	}
	return other <= same
}

// leaningRated is the least |mean rating| of VADER's, in tenths, for a
// word to weigh in ratingsLean: every word VADER rates from 1.
const leaningRated = 10

// ratingsLean reports whether the ratings of the words VADER rates nearest
// to v (the companySize nearest, itself aside), each weighed by its
// cosine, do not sum to the tone other than tone. toneOfCompany counts
// heads among the strongly rated; a seed's antonym keeps the company of
// both poles ("upbeat" by "gloomy": pessimistic, grim, somber beside
// optimistic, reassuring, cheerful), and a tie or a one-word lead lets it
// in with the seed's tone. Weighed, the nearest and the most rated
// decide: "upbeat" and "rosy" sit nearest "optimistic", "proof" (by
// "false") nearest "true", "momentous" (by "tumultuous") beside
// "glorious" and "gratifying". Such words are left out, as toneOfCompany
// leaves its own.
func ratingsLean(rated []ratedVector, v []float32, word, tone string) bool {
	sum := 0.0
	for _, t := range nearestRated(rated, v, word) {
		sum += float64(t.vader) * t.cos
	}
	if tone == TonePositive {
		return sum >= 0
	}
	return sum <= 0
}

// nearRated is a rated word and its cosine to a vector.
type nearRated struct {
	ratedVector
	cos float64
}

// nearestRated lists the companySize words of rated nearest to v, word
// itself aside, nearest first (ties in rated's order).
func nearestRated(rated []ratedVector, v []float32, word string) []nearRated {
	top := make([]nearRated, 0, companySize+1)
	for _, r := range rated {
		if r.word == word {
			continue
		}
		c := dot(v, r.vec)
		if len(top) == companySize && c <= top[companySize-1].cos {
			continue
		}
		i := len(top)
		for i > 0 && top[i-1].cos < c {
			i--
		}
		top = slices.Insert(top, i, nearRated{r, c})
		top = top[:min(len(top), companySize)]
	}
	return top
}

// adverbAdjectives are the adjectives the adverb stem (an adverb less its
// "-ly") may be made from.
func adverbAdjectives(stem string) []string {
	switch {
	case strings.HasSuffix(stem, "ical"): // "critically", "ideologically"
		return []string{stem, strings.TrimSuffix(stem, "al")}
	case strings.HasSuffix(stem, "i"): // "angrily"
		return []string{stem[:len(stem)-1] + "y"}
	case strings.HasSuffix(stem, "b") || strings.HasSuffix(stem, "p") || strings.HasSuffix(stem, "t"): // "horribly", "simply", "subtly"
		return []string{stem + "le", stem}
	default:
		return []string{stem, stem + "e"} // "brutally", "wholly"
	}
}

// adjectiveRating returns VADER's rating (in tenths) of the adjective the
// adverb w is made from, when VADER rates it from 1: "amazingly" by
// "amazing", "painfully" by "painful".
func adjectiveRating(ix *lexIndex, w string) (int8, bool) {
	stem, ok := strings.CutSuffix(w, "ly")
	if !ok {
		return 0, false
	}
	for _, a := range adverbAdjectives(stem) {
		if _, wi, ok := ix.word(a); ok && wi.hasVader && math.Abs(float64(wi.vader)) >= 10 {
			return wi.vader, true
		}
	}
	return 0, false
}

// judgingAdverb reports whether the adverb w is made from an adjective
// that judges: one of the lexicons' (VADER's from 1) or one the vectors
// propose too ("angrily" from "angry", "brutally" from "brutal"). The
// vectors put adverbs of frequency and of field beside those of manner
// ("repeatedly" by "angrily", "politically" by "divisive"), but they say
// how often or in what field, as their adjectives ("repeated",
// "political") do: nothing of how well.
func judgingAdverb(ix *lexIndex, proposed map[string]nearNeighbour, w string) bool {
	stem, ok := strings.CutSuffix(w, "ly")
	if !ok {
		return false
	}
	for _, a := range adverbAdjectives(stem) {
		if _, ok := proposed[a]; ok {
			return true
		}
		if _, wi, ok := ix.word(a); ok && (wi.news > 0 || wi.hasVader && math.Abs(float64(wi.vader)) >= 10) {
			return true
		}
	}
	return false
}
