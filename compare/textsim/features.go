package textsim

import (
	"math"
	"math/bits"
)

// Features is the lexical evidence about a sentence pair, indexed by the
// F* constants. Every feature is symmetric: Features(a, b) equals
// Features(b, a).
type Features [NumFeatures]float64

// The features. "Content words" are stemmed words outside the stopword
// list; "matched" means the same stem occurs on both sides, or, for
// figures, an agreeing figure (see number.agree). Word order is compared
// over the first 64 words of each side.
const (
	FCosine        = iota // cosine of the tf-idf vectors over content words
	FContentMin           // matched content words / content words of the longer side
	FContainment          // matched content words / content words of the shorter side
	FWeightedMin          // the smaller share of a side's IDF mass matched, names and figures counting double
	FPrefixContain        // content words matched on their first five letters / those of the shorter side
	FWordDice             // Dice coefficient of the sets of all words, stopwords included
	FBigramDice           // word bigrams of either side found on the other / all bigrams
	FTrigramDice          // the same for word trigrams
	FCharDice             // Dice coefficient of the character 3-5-gram sets
	FCharContain          // character n-grams shared / n-grams of the smaller set
	FLCS                  // longest common subsequence of content words / shorter length
	FWordLCSMin           // longest common subsequence of all words / longer length
	FWordLCSMax           // ... / shorter length
	FUnmatchedMax         // log(1+unmatched content words) of the side with more
	FUnmatchedMin         // log(1+unmatched content words) of the side with fewer
	FNumUnmatched         // log(1+figures on either side with no agreeing figure on the other)
	FNumConflict          // 1 when both sides state a figure the other lacks
	FNameUnmatched        // log(1+names on either side absent from the other)
	FNameConflict         // 1 when both sides name something the other does not
	FCapUnmatched         // as FNameUnmatched, counting capitalised first words too
	FCapConflict          // as FNameConflict, counting capitalised first words too
	FNegation             // 1 when exactly one side is negated
	FLengthRatio          // words of the shorter side / words of the longer
	FShortLen             // log(1+content words of the shorter side)
	FRareMin              // the smaller share of a side's content words matched, or unmatched but with a synonym on the other side, each weighed by its background rarity (see rarity.go)
	FVecCosine            // cosine of the SIF-weighted mean word vectors (Arora et al. 2017; see meanVector); 0 when a side has none
	FRunMax               // log(1+longest run of unmatched content words), of the side where it is longer: an added clause
	FRunMin               // the same, of the other side
	FRunShare             // the longer run over the content words of its side
	FRunEnd               // log(1+unmatched content words ending a side), of the side with more: a clause added at the end
	FSpeechOneSide        // 1 when exactly one side has a verb of saying (speechWords)
	FQuoteOneSide         // 1 when exactly one side has a quotation mark
	FWordEdit             // word edit distance (Levenshtein over words, stop words included) / words of the longer side
	NumFeatures
)

// FeatureNames names the features in order, for reports and weights.go.
var FeatureNames = [NumFeatures]string{
	"Cosine", "ContentMin", "Containment", "WeightedMin", "PrefixContain",
	"WordDice", "BigramDice", "TrigramDice", "CharDice", "CharContain",
	"LCS", "WordLCSMin", "WordLCSMax", "UnmatchedMax", "UnmatchedMin",
	"NumUnmatched", "NumConflict", "NameUnmatched", "NameConflict",
	"CapUnmatched", "CapConflict", "Negation", "LengthRatio", "ShortLen", "RareMin",
	"VecCosine", "RunMax", "RunMin", "RunShare", "RunEnd", "SpeechOneSide", "QuoteOneSide", "WordEdit",
}

// Features compares sentences a and b of a frozen corpus. It allocates
// nothing. Ids out of range give zero features.
func (c *Corpus) Features(a, b int) Features {
	var f Features
	if a < 0 || b < 0 || a >= len(c.sents) || b >= len(c.sents) {
		return f
	}
	return features(&c.sents[a], &c.sents[b])
}

func features(sa, sb *sentence) Features {
	var f Features
	var posInA [maxSeq + 1]uint64 // by index into sb.keys
	m := matchWords(sa, sb, &posInA)
	ua, ub, rewritten := numbersAgreement(sa.nums, sb.nums)
	content := min(lane(m.countsA, laneContent), lane(m.countsB, laneContent))
	content = min(content+rewritten, len(sa.terms), len(sb.terms))
	words := lane(m.countsA, laneWord)

	o := matchOrder(sb.wseq, &posInA, sa.content)

	na, nb := len(sa.terms), len(sb.terms)
	f[FCosine] = m.dot
	if na > 0 && nb > 0 {
		f[FContentMin] = float64(content) / float64(max(na, nb))
		f[FContainment] = float64(content) / float64(min(na, nb))
		f[FWeightedMin] = min(1, m.massA/float64(sa.idfMass), m.massB/float64(sb.idfMass))
		f[FPrefixContain] = min(1, float64(m.prefixes)/float64(min(sa.nPre, sb.nPre)))
		var synA, synB float64
		if f[FContainment] >= synonymGate {
			synA, synB = synonymMass(sa, sb)
		}
		// Figures agreeing in other words ("0.9 per cent", "about 1%")
		// count as matched, as in content.
		rare := m.rare
		if rewritten > 0 {
			rare += float64(rewritten) * float64(rarity(-1))
		}
		if sa.rareMass > 0 && sb.rareMass > 0 {
			f[FRareMin] = min(1, (rare+synA)/float64(sa.rareMass), (rare+synB)/float64(sb.rareMass))
		}
	}
	f[FWordDice] = dice(words, words, len(sa.keys), len(sb.keys))
	la, lb := len(sa.wseq), len(sb.wseq)
	f[FBigramDice] = dice(bits.OnesCount64(o.bigramsA), o.bigramsB, la-1, lb-1)
	f[FTrigramDice] = dice(bits.OnesCount64(o.trigramsA), o.trigramsB, la-2, lb-2)
	if la > 0 && lb > 0 {
		l := float64(subsequence(o.lcsAll, la))
		f[FWordLCSMin] = l / float64(max(la, lb))
		f[FWordLCSMax] = l / float64(min(la, lb))
	}
	if ca, cb := bits.OnesCount64(sa.content), bits.OnesCount64(sb.content); ca > 0 && cb > 0 {
		f[FLCS] = float64(subsequence(o.lcsContent, la)) / float64(min(ca, cb))
	}

	inter := sa.grams.overlap(&sb.grams)
	if ga, gb := float64(sa.grams.n), float64(sb.grams.n); ga > 0 && gb > 0 {
		f[FCharDice] = min(1, 2*inter/(ga+gb))
		f[FCharContain] = min(1, inter/min(ga, gb))
	}

	f[FUnmatchedMax] = log1p(max(na, nb) - content)
	f[FUnmatchedMin] = log1p(min(na, nb) - content)
	f[FShortLen] = log1p(min(na, nb))
	f[FNumUnmatched] = log1p(ua + ub)
	f[FNumConflict] = b2f(ua > 0 && ub > 0)
	ua, ub = int(sa.nNames)-lane(m.countsA, laneName), int(sb.nNames)-lane(m.countsB, laneName)
	f[FNameUnmatched] = log1p(ua + ub)
	f[FNameConflict] = b2f(ua > 0 && ub > 0)
	ua, ub = int(sa.nCaps)-lane(m.countsA, laneCap), int(sb.nCaps)-lane(m.countsB, laneCap)
	f[FCapUnmatched] = log1p(ua + ub)
	f[FCapConflict] = b2f(ua > 0 && ub > 0)
	f[FNegation] = b2f(sa.negated != sb.negated)
	if ta, tb := sa.nTokens, sb.nTokens; ta > 0 && tb > 0 {
		f[FLengthRatio] = float64(min(ta, tb)) / float64(max(ta, tb))
	}

	f[FVecCosine] = vecCosine(sa, sb)
	ra, ea := unmatchedRuns(sa.content, m.posA)
	rb, eb := unmatchedRuns(sb.content, m.posB)
	f[FRunMax], f[FRunMin] = log1p(max(ra, rb)), log1p(min(ra, rb))
	f[FRunEnd] = log1p(max(ea, eb))
	if ca, cb := bits.OnesCount64(sa.content), bits.OnesCount64(sb.content); ca > 0 && cb > 0 {
		f[FRunShare] = max(float64(ra)/float64(ca), float64(rb)/float64(cb))
	}
	f[FSpeechOneSide] = b2f(sa.speech != sb.speech)
	f[FQuoteOneSide] = b2f(sa.quoted != sb.quoted)
	if la, lb := len(sa.wseq), len(sb.wseq); la > 0 || lb > 0 {
		f[FWordEdit] = float64(wordEdit(sb.wseq, &posInA, la)) / float64(max(la, lb))
	}
	return f
}

// vecCosine returns the cosine of two sentences' mean vectors, 0 when
// either has none or they point apart.
func vecCosine(a, b *sentence) float64 {
	if a.vec == nil || b.vec == nil {
		return 0
	}
	// Four sums, so that the additions do not wait on each other; arrays,
	// so that no index is checked.
	x, y := a.vec, b.vec
	var d0, d1, d2, d3 int32
	for k := 0; k+3 < len(x); k += 4 {
		d0 += int32(x[k]) * int32(y[k])
		d1 += int32(x[k+1]) * int32(y[k+1])
		d2 += int32(x[k+2]) * int32(y[k+2])
		d3 += int32(x[k+3]) * int32(y[k+3])
	}
	return max(0, float64((d0+d1)+(d2+d3))*float64(a.vecInv*b.vecInv))
}

// unmatchedRuns walks the content words of a side's first maxSeq words
// (content, by position) and returns its longest run of content words
// that match no word of the other side (matched, by position), stop words
// between them not breaking a run, and the run that ends it.
func unmatchedRuns(content, matched uint64) (longest, end int) {
	for rest := content; rest != 0; rest &= rest - 1 {
		if matched&(rest&-rest) != 0 {
			end = 0
			continue
		}
		end++
		longest = max(longest, end)
	}
	return longest, end
}

// wordEdit returns the Levenshtein distance between a's first la words and
// seqB, b's, counting words: insertions, deletions and substitutions. It is
// the bit-parallel algorithm of Myers (1999) in Hyyrö's (2001) form for
// the distance between whole strings, with a's positions of b's words from
// matchWords as the pattern's match masks: O(len(seqB)) word operations.
func wordEdit(seqB []uint8, posInA *[maxSeq + 1]uint64, la int) int {
	if la == 0 {
		return len(seqB)
	}
	pv, mv := ^uint64(0), uint64(0)
	top := uint64(1) << (la - 1)
	d := la
	for _, k := range seqB {
		eq := posInA[min(k, maxSeq)]
		xv := eq | mv
		xh := ((eq & pv) + pv) ^ pv | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&top != 0 {
			d++
		} else if mh&top != 0 {
			d--
		}
		ph = ph<<1 | 1 // the first row of the table counts b's words
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
	}
	return d
}

// matches is what one merge of two sentences' word lists finds.
type matches struct {
	countsA, countsB uint64 // lane sums over matched words
	dot              float64
	massA, massB     float64
	rare             float64 // background rarity of the matched words, the same on both sides
	prefixes         int     // distinct prefixes of content words on both sides
	posA, posB       uint64  // positions of matched words in a's and b's first maxSeq words
}

// matchWords merges the word lists of a and b. For each index j into
// b.keys below maxSeq it sets posInA[j] to the positions in a of the same
// word, or 0, and posInA[maxSeq] to 0.
func matchWords(a, b *sentence, posInA *[maxSeq + 1]uint64) matches {
	// Locals, not fields of a matches, so that they stay in registers.
	var countsA, countsB, posA, posB uint64
	var dot, massA, massB, rare float64
	prefixes := 0
	// Locals, so that the stores to posInA do not make the compiler
	// reload them.
	ka, kb := a.keys, b.keys
	wa, wb := a.words[:len(ka)], b.words[:len(kb)]
	clear(posInA[:min(len(kb), maxSeq)])
	posInA[maxSeq] = 0
	i, j := 0, 0
	for i < len(ka) && j < len(kb) {
		x, y := ka[i], kb[j]
		// Content words sharing a prefix are adjacent on both sides. Two
		// words of one sentence rarely share one, so this counts each
		// shared prefix once, without a branch.
		prefixes += b2i(x>>32 == y>>32) & int(x&y>>31&1)
		if x == y {
			wa, wb := &wa[i], &wb[j]
			if j < maxSeq {
				posInA[j] = wa.mask
			}
			countsA += wa.counts
			countsB += wb.counts
			posA |= wa.mask
			posB |= wb.mask
			dot += float64(wa.weight * wb.weight) // 0 for stop words
			massA += float64(wa.mass)
			massB += float64(wb.mass)
			rare += float64(wa.rare)
		}
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	return matches{countsA, countsB, dot, massA, massB, rare, prefixes, posA, posB}
}

// order is what one pass over b's word order finds.
type order struct {
	// The longest common subsequences of all words and of content words,
	// as bit vectors of the bit-parallel algorithm of Crochemore et al.
	// (2001): their zero bits count.
	lcsAll, lcsContent uint64
	// The positions in a that end a bigram (trigram) also in b, and the
	// number of positions in b that do.
	bigramsA, trigramsA uint64
	bigramsB, trigramsB int
}

// matchOrder walks b's first words; posInA gives, per word of b, its
// positions in a, and contentA the positions in a of content words.
func matchOrder(seqB []uint8, posInA *[maxSeq + 1]uint64, contentA uint64) order {
	// Locals, not fields of an order, so that they stay in registers.
	lcsAll, lcsContent := ^uint64(0), ^uint64(0)
	var bigramsA, trigramsA, prev1, prev2 uint64
	bigramsB, trigramsB := 0, 0
	for _, k := range seqB {
		m := posInA[min(k, maxSeq)] // posInA[maxSeq] is 0 after matchWords
		u := lcsAll & m
		lcsAll = (lcsAll + u) | (lcsAll - u)
		u = lcsContent & m & contentA
		lcsContent = (lcsContent + u) | (lcsContent - u)
		bi := prev1 << 1 & m
		tri := prev2 << 2 & bi
		bigramsA |= bi
		trigramsA |= tri
		bigramsB += b2i(bi != 0)
		trigramsB += b2i(tri != 0)
		prev2, prev1 = prev1, m
	}
	return order{lcsAll, lcsContent, bigramsA, trigramsA, bigramsB, trigramsB}
}

// subsequence returns the length of the common subsequence recorded in the
// lowest n bits of v: the number of zero bits.
func subsequence(v uint64, n int) int {
	if n < 64 {
		v |= ^uint64(0) << n
	}
	return 64 - bits.OnesCount64(v)
}

// dice returns (hitsA+hitsB)/(nA+nB), 0 when both are empty.
func dice(hitsA, hitsB, nA, nB int) float64 {
	if nA+nB <= 0 {
		return 0
	}
	return min(1, float64(hitsA+hitsB)/float64(nA+nB))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// log1p returns log(1+n) from a table for the small counts features use.
func log1p(n int) float64 {
	if n < len(log1pTable) {
		return log1pTable[max(n, 0)]
	}
	return math.Log1p(float64(n))
}

var log1pTable = func() (t [64]float64) {
	for i := range t {
		t[i] = math.Log1p(float64(i))
	}
	return t
}()
