package framing

import (
	"math"
	"slices"
	"strings"
)

// Proposing the neighbours from the vectors, kept to their seed's category and part of speech.

// proposeNeighbours finds, for each seed of the widened categories, the
// words of vecs within cosine nearFloor, and gives each word the seed it
// is nearest to. A seed's vector is the mean of its lemma's and its
// inflections' ("scramble", "scrambled", "scrambling"), so a verb is
// sought as news copy writes it.
//
// WordNet (wn) then keeps each proposal to its seed's part of speech, and
// silences a seed whose company is mostly of another: the vectors of
// "crude" speak of oil (barrel, gasoline, petroleum), those of "entitled"
// of books ("titled", "autobiography"), those of "angrily" of protests;
// what they propose there is another sense's, even where its part of
// speech fits ("refined", "titled", "repeatedly").
func proposeNeighbours(vecs map[string][]float32, rank map[string]int, wn *wordNet) []nearNeighbour {
	lex, phrases := readLexicon()
	ix := buildIndex(lex, phrases, listedLexicon())
	taken := map[string]bool{}
	for _, w := range functionWords {
		taken[w] = true
	}
	for w := range newsNeutral {
		taken[w] = true
	}
	for _, rows := range [][]string{hedges, intensifiers, negations, neutralPhrases} {
		for _, r := range rows {
			for _, w := range strings.FieldsFunc(r, func(r rune) bool { return strings.ContainsRune(" |=*#~^", r) }) {
				taken[w] = true
			}
		}
	}
	for _, r := range attributionVerbs {
		for _, w := range strings.FieldsFunc(r.forms, func(r rune) bool { return strings.ContainsRune(" |=*#~^", r) }) {
			taken[w] = true
		}
	}
	var cand []vectorWord
	for w, v := range vecs {
		if len(w) < 4 || taken[w] || !plainWord(w) || rank[w] < nearCommon {
			continue
		}
		if _, wi, ok := ix.word(w); ok && wi.news > 0 {
			continue // ours already, or a form of ours
		}
		cand = append(cand, vectorWord{w, v})
	}
	slices.SortFunc(cand, func(a, b vectorWord) int { return strings.Compare(a.word, b.word) })

	best := map[string]nearNeighbour{}
	otherSense := map[string]int{}   // a word's cosine to a seed silenced below
	senseTone := map[string]string{} // that seed's tone
	var forms []string
	var seeds []seedVector
	seedCat := map[string]string{}
	for _, e := range ix.news {
		if !nearCategories[e.cat] || e.set&setDerived != 0 || strings.Contains(e.lemma, " ") {
			continue
		}
		seed := make([]float32, 100)
		found := 0
		forms = inflect(e.lemma, append(forms[:0], e.lemma))
		for _, f := range forms {
			if v, ok := vecs[f]; ok {
				for i := range seed {
					seed[i] += v[i]
				}
				found++
			}
		}
		if found == 0 {
			continue
		}
		var norm float64
		for _, x := range seed {
			norm += float64(x) * float64(x)
		}
		for i := range seed {
			seed[i] /= float32(math.Sqrt(norm))
		}
		seeds = append(seeds, seedVector{e.cat, seed})
		seedCat[e.lemma] = e.cat
		var near []nearNeighbour
		for _, c := range cand {
			if cos := dot(seed, c.vec); cos >= nearFloor {
				near = append(near, nearNeighbour{c.word, e.lemma, e.tone, int(math.Floor(cos * 100))})
			}
		}
		slices.SortStableFunc(near, func(a, b nearNeighbour) int { return b.cos - a.cos })
		near = near[:min(len(near), nearPerSeed)]
		misfits := 0
		for _, n := range near {
			if !wn.fits(n.word, e.cat) {
				misfits++
			}
		}
		if e.cat == CatEvaluative && misfits*2 >= len(near) && (wn.is(e.lemma, 'n') || wn.is(e.lemma, 'v')) {
			// An adjective that is also a noun or a verb ("crude" oil,
			// "entitled" to, "the wild", "failed" to), among nouns and
			// verbs, is used mostly in that other sense. (An adjective
			// and nothing else keeps the company of what it describes,
			// "fierce" of "fighting", and a verb's company holds its
			// nouns, "offend" beside "remarks": no other sense.) What it
			// would propose is that sense's, not another seed's to take
			// ("unable" by "failed" is no positive word by "determined").
			for _, n := range near {
				if n.cos > otherSense[n.word] {
					otherSense[n.word], senseTone[n.word] = n.cos, n.tone
				}
			}
			continue
		}
		for _, n := range near {
			if rankAmong(vecs, vecs[n.word], seed, n.word) >= nearRank {
				continue
			}
			if old, ok := best[n.word]; !ok || n.cos > old.cos {
				best[n.word] = n
			}
		}
	}
	out := make([]nearNeighbour, 0, len(best))
	rated := ratedVectors(ix, vecs, companyRated)
	ratedAll := ratedVectors(ix, vecs, leaningRated)
	seedTone := map[string]string{} // before VADER's sign, below
	for _, n := range best {
		if otherSense[n.word] >= n.cos && (senseTone[n.word] != n.tone || !wn.is(n.word, 'a') || wn.is(n.word, 'n') || wn.is(n.word, 'v')) {
			// Nearer a seed's other sense than any seed's judging one.
			// A word that is only an adjective has no such sense to be
			// in: beside "authoritarian" (a noun too, silenced),
			// "repressive" judges as it does, and another seed of its
			// tone may take it; one of the other tone may not ("unable"
			// by "failed" is no positive word by "determined"), nor an
			// adverb, which judgingAdverb would let in by an adjective
			// that is itself that other sense's ("racially" by "racist").
			continue
		}
		if !sameCategory(vecs[n.word], seeds, seedCat[n.seed]) || !wn.fits(n.word, seedCat[n.seed]) {
			continue
		}
		switch seedCat[n.seed] {
		case CatEvaluative:
			if inflected(vecs, n.word) || nounShaped(n.word) {
				continue // "statements", "weakens", "failure": a noun or verb, never an adjective
			}
			if !wn.is(n.word, 'a') && !judgingAdverb(ix, best, n.word) {
				continue // "repeatedly", "openly", "politically": how often or in what field, not how well
			}
		case CatLoadedVerb:
			if !verbShaped(vecs, n.word) {
				continue // "bleachers" by "grandstand", "chiffon" by "skirt"
			}
		}
		seedTone[n.word] = n.tone
		tone := n.tone
		if unprefixed(n.word) == n.seed || unprefixed(n.seed) == n.word {
			tone = otherTone(tone) // as appendNeighbours turns it: "unreliable" by "reliable"
		}
		if !strings.HasSuffix(n.word, "ly") && !ratedOwn(ix, n.word) &&
			(!toneOfCompany(rated, vecs[n.word], n.word, tone) || !ratingsLean(ratedAll, vecs[n.word], n.word, tone)) {
			// "upscale" by "posh", "feted" by "vilify", "belts" by
			// "buckle": see toneOfCompany; "upbeat" and "rosy" by
			// "gloomy": see ratingsLean. An adverb keeps its seed's
			// tone, or its adjective's (below): the company of one of manner is of degree
			// ("strongly", "actively"), whatever it judges
			// ("vigorously defended", "forcefully", BASIL spans both).
			continue
		}
		// A word VADER rates the other way keeps VADER's sign: vectors put
		// "praised" beside "criticized".
		if _, wi, ok := ix.word(n.word); ok && wi.hasVader && math.Abs(float64(wi.vader)) >= 10 {
			seedTone[n.word] = "" // VADER's sign decides, whatever the seeds'
			if toneOf(float64(wi.vader)) != n.tone {
				n.tone = toneOf(float64(wi.vader))
			}
		}
		// An adverb whose adjective VADER rates takes the adjective's
		// sign: "amazingly" by "oddly" is as "amazing" is, not as "odd".
		if v, ok := adjectiveRating(ix, n.word); ok && !ratedOwn(ix, n.word) {
			seedTone[n.word] = ""
			n.tone = toneOf(float64(v))
		}
		out = append(out, n)
	}
	twoFaced := twoFacedLemmas(out, seedCat, seedTone)
	out = dropForms(out, seedCat)
	out = slices.DeleteFunc(out, func(n nearNeighbour) bool { return twoFaced[n.word] })
	slices.SortFunc(out, func(a, b nearNeighbour) int { return strings.Compare(a.word, b.word) })
	return out
}

// dropForms leaves out each proposed word that is a regular form of
// another proposed word of the same category ("apologized" beside
// "apologize"): the index gives a lemma's forms its entry, so every form
// of one verb has one lemma and one tone. Proposed apart, a form takes
// its own seed and its own VADER sign, and one verb framed two ways in
// one article ("Apologizes", negative; "apologized", positive).
// Evaluative words are left as proposed: the index gives their
// neighbours no forms.
func dropForms(out []nearNeighbour, seedCat map[string]string) []nearNeighbour {
	cat := make(map[string]string, len(out))
	for _, n := range out {
		cat[n.word] = seedCat[n.seed]
	}
	keep := out[:0]
	for _, n := range out {
		if lemmaOf(n.word, cat) == "" {
			keep = append(keep, n)
		}
	}
	return keep
}

// twoFacedLemmas returns the proposed verbs whose forms the vectors put
// beside seeds of both tones: "persist" and "persists" by "prevail",
// "persisted" by "rage". Such a word takes its tone from what persists (an
// ailment, a campaign), not from itself, so it is left out with its forms;
// dropForms alone would give every form the lemma's tone, here "positive".
// Only the vectors' tones count: where VADER rates the lemma or the form
// (its seedTone is ""), VADER's sign decided the proposal, so "wreck"
// (by "salvage") stays beside "wrecking" (by "sabotage"), both negative.
func twoFacedLemmas(out []nearNeighbour, seedCat, seedTone map[string]string) map[string]bool {
	cat := make(map[string]string, len(out))
	for _, n := range out {
		cat[n.word] = seedCat[n.seed]
	}
	two := map[string]bool{}
	for _, n := range out {
		if l := lemmaOf(n.word, cat); l != "" && seedTone[l] != "" && seedTone[n.word] != "" && seedTone[l] != seedTone[n.word] {
			two[l] = true
		}
	}
	return two
}

// lemmaOf is the word of cat, of the same category and not evaluative,
// of which w is a regular form, or "" when there is none.
func lemmaOf(w string, cat map[string]string) string {
	c := cat[w]
	if c == CatEvaluative {
		return ""
	}
	var buf [64]byte
	for k := range inflections {
		b := undoInflection(w, k, &buf)
		if b == nil {
			continue
		}
		l := string(b)
		if l != w && cat[l] == c && slices.Contains(inflect(l, nil), w) {
			return l
		}
	}
	return ""
}

// nearSeeds is how many of a proposed word's nearest seeds are asked
// its category; a majority must share its seed's.
const nearSeeds = 5

// sameCategory reports whether most of the nearest seeds to v are of
// category cat: a word near one adjective but among verbs ("refute" by
// "unsubstantiated") or nouns ("anniversary" by "celebrated") is not one.
func sameCategory(v []float32, seeds []seedVector, cat string) bool {
	type near struct {
		cos float64
		cat string
	}
	top := make([]near, 0, nearSeeds+1)
	for _, s := range seeds {
		c := dot(v, s.vec)
		if len(top) == nearSeeds && c <= top[nearSeeds-1].cos {
			continue
		}
		top = append(top, near{c, s.cat})
		slices.SortFunc(top, func(a, b near) int {
			if a.cos > b.cos {
				return -1
			}
			if a.cos < b.cos {
				return 1
			}
			return 0
		})
		top = top[:min(len(top), nearSeeds)]
	}
	n := 0
	for _, t := range top {
		if t.cat == cat {
			n++
		}
	}
	return n*2 > len(top)
}

// inflected reports whether w is another word of vecs with -s or -es: a
// plural noun or a verb's third person.
func inflected(vecs map[string][]float32, w string) bool {
	for _, cut := range []string{"s", "es"} {
		if stem, ok := strings.CutSuffix(w, cut); ok && !strings.HasSuffix(w, "ss") && len(stem) >= 3 {
			if _, ok := vecs[stem]; ok {
				return true
			}
		}
	}
	return false
}

// nounShaped reports whether w ends as English nouns of action and
// state do.
func nounShaped(w string) bool {
	for _, e := range []string{"tion", "sion", "ment", "ure", "ance", "ence", "ism", "ship", "hood"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// verbShaped reports whether w is a verb's form, or has forms of one
// among the words of vecs: "criticized", "angering", "booing", or "boo"
// beside "booed".
func verbShaped(vecs map[string][]float32, w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return true
	}
	stem := w
	for _, cut := range []string{"es", "s"} {
		if s, ok := strings.CutSuffix(w, cut); ok {
			if _, known := vecs[s]; known {
				stem = s
				break
			}
		}
	}
	for _, f := range inflect(stem, nil) {
		if strings.HasSuffix(f, "ed") {
			if _, ok := vecs[f]; ok {
				return true
			}
		}
	}
	return false
}

// plainWord is lower-case letters, perhaps with one inner hyphen.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '-' && i > 0 && i < len(w)-1 && w[i-1] != '-' {
			continue
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
