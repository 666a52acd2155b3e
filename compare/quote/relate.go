package quote

import (
	"regexp"
	"slices"
	"strings"
)

// Relation is how a quotation in one article renders a quotation in another.
type Relation string

const (
	Identical Relation = "identical" // the same words
	Truncated Relation = "truncated" // one is a contiguous part of the other
	Altered   Relation = "altered"   // the same quotation with some words changed
	Spliced   Relation = "spliced"   // separate parts of the longer one joined, or joined by an ellipsis
	// Overlapping: each prints a whole sentence the other prints, and goes
	// on with words the other lacks: two cuts from one statement.
	Overlapping Relation = "overlapping"
	NoMatch     Relation = ""
)

// minShared is the fewest words two quotations must share in a row to be
// related other than identical: fewer is a common phrase, not a quotation.
const minShared = 3

// Relate tells how quotation b renders quotation a (or a renders b); score
// is their word similarity, 2·LCS/(len(a)+len(b)) over normalised words,
// 1 for identical.
func Relate(a, b Quote) (Relation, float64) {
	return newForm(a.Text).relate(newForm(b.Text))
}

// form is a quotation as it is compared: its words between ellipses, and
// its longer sentences, each its words joined by spaces.
type form struct {
	segs  [][]string
	sents []string
}

func newForm(text string) form {
	f := form{segs: segments(text)}
	for _, s := range sentenceEnd.Split(text, -1) {
		if w := quoteWords(s); len(w) >= minSentence {
			f.sents = append(f.sents, strings.Join(w, " "))
		}
	}
	return f
}

// sentenceEnd is a full stop, question or exclamation mark, perhaps closing
// a quotation, before a space: a sentence ends there.
var sentenceEnd = regexp.MustCompile(`[.!?]["”’']*\s+`)

// minSentence is the fewest words a sentence two quotations print whole
// must have to make them one statement: shorter ones ("Thank you.", "We
// will win.") are said again and again.
const minSentence = 6

// relate is Relate for two quotations' forms. Two that print one long
// sentence whole overlap, each going on where the other stops, when the
// word alignment finds them unrelated, or altered but with little else in
// common than that sentence.
func (a form) relate(b form) (Relation, float64) {
	rel, score := relate(a.segs, b.segs)
	if rel != NoMatch && rel != Altered {
		return rel, score
	}
	shared := sharedSentence(a.sents, b.sents)
	if shared == 0 && rel == NoMatch && nearSentence(a.sents, b.sents) {
		// One long sentence with a word more or less: the same
		// statement, cut differently. Altered ones stay altered: there
		// the word is what changed.
		return Overlapping, score
	}
	if shared == 0 && rel == NoMatch && (swappedSentence(a.sents, b.sents) || swappedSentence(b.sents, a.sents)) {
		// Two cuts of one statement, a sentence of one printed in the
		// other with a word in another's place ("what have you guys been
		// debating, John?" in "In the House, what have you guys been
		// doing, John?"): altered, as the word is what changed.
		return Altered, score
	}
	if shared == 0 {
		return rel, score
	}
	la, lb := len(flatten(a.segs)), len(flatten(b.segs))
	lcs := int(score*float64(la+lb)/2 + 0.5)
	if rel == NoMatch || lcs-shared < minShared {
		return Overlapping, score
	}
	return rel, score
}

// sharedSentence returns the words of the longest sentence of a that is a
// sentence of b, or 0.
func sharedSentence(a, b []string) int {
	n := 0
	for _, s := range a {
		if slices.Contains(b, s) {
			n = max(n, strings.Count(s, " ")+1)
		}
	}
	return n
}

// nearSentence reports whether a sentence of a, minNearSentence words or
// more, is a sentence of b with one word more or less: an outlet that
// drops a "just" from a statement, or adds one, prints it still ("I can
// see more clearly just how hurtful my words were").
func nearSentence(a, b []string) bool {
	for _, s := range a {
		ls := strings.Count(s, " ") + 1
		if ls < minNearSentence-1 {
			continue
		}
		for _, t := range b {
			lt := strings.Count(t, " ") + 1
			if (lt == ls+1 || lt == ls-1) && min(ls, lt) >= minNearSentence && oneWordMore(strings.Fields(s), strings.Fields(t)) {
				return true
			}
		}
	}
	return false
}

// minNearSentence is the fewest words a sentence must have to be the same
// sentence as one with a word more: shorter ones with all but one word in
// common ("we will win this one", "we will not win this one") are as
// often two remarks as one.
const minNearSentence = 10

// oneWordMore reports whether one of a and b is the other with one word
// added.
func oneWordMore(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return slices.Equal(a[i:], b[i+1:])
}

func relate(sa, sb [][]string) (Relation, float64) {
	sa, sb = joinOpen(sa, sb)
	wa, wb := flatten(sa), flatten(sb)
	if len(wa) == 0 || len(wb) == 0 {
		return NoMatch, 0
	}
	if equal(wa, wb) {
		return Identical, 1
	}
	if len(wa) > len(wb) {
		sa, sb, wa, wb = sb, sa, wb, wa
	}
	lcs, first, last := lcsAlign(wa, wb)
	score := 2 * float64(lcs) / float64(len(wa)+len(wb))
	if len(sa) > 1 && (inOrder(sa, wb) || inOrderEdges(sa, wb)) || len(sb) > 1 && (inOrder(sb, wa) || inOrderEdges(sb, wa)) {
		return Spliced, score
	}
	if len(wa) >= minShared && index(wb, wa, 0) >= 0 {
		return Truncated, score
	}
	if pieces(wa, wb) >= 2 {
		return Spliced, score
	}
	// Altered: most of the shorter one is found, in order, in a stretch of
	// the longer one not much longer than itself.
	if lcs >= minShared {
		stretch := max(len(wa), last-first+1)
		if float64(lcs) >= 0.6*float64(stretch) && !commonPhraseOnly(wa, wb[first:last+1]) {
			return Altered, score
		}
	}
	return NoMatch, score
}

func flatten(segs [][]string) []string {
	if len(segs) == 1 {
		return segs[0]
	}
	var out []string
	for _, s := range segs {
		out = append(out, s...)
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// index returns the first position at or after from where needle occurs
// in hay, or -1.
func index(hay, needle []string, from int) int {
	for i := from; i+len(needle) <= len(hay); i++ {
		if equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// inOrder reports whether every segment occurs in hay, in order, without
// overlapping.
func inOrder(segs [][]string, hay []string) bool {
	pos := 0
	for _, s := range segs {
		i := index(hay, s, pos)
		if i < 0 {
			return false
		}
		pos = i + len(s)
	}
	return true
}

// inOrderEdges reports whether segs, the pieces of a quotation cut by an
// ellipsis, occur in hay in order when hay, itself cut from the same words,
// begins or ends inside the first or last piece: `"However, we would be
// remiss … if we did not challenge"` against `"We would be remiss in our
// duty … if we did not challenge"`. The first piece may then lose words at
// its start, provided the rest (minShared words or more) opens hay; the last
// may lose words at its end, provided the rest closes hay. Every other piece
// is found whole.
func inOrderEdges(segs [][]string, hay []string) bool {
	if len(segs) < 2 {
		return false
	}
	first, last := segs[0], segs[len(segs)-1]
	pos := 0
	if i := index(hay, first, 0); i >= 0 {
		pos = i + len(first)
	} else {
		h := -1
		for k := 1; len(first)-k >= minShared; k++ {
			if len(first)-k <= len(hay) && equal(hay[:len(first)-k], first[k:]) {
				h = k
				break
			}
		}
		if h < 0 {
			return false
		}
		pos = len(first) - h
	}
	for _, s := range segs[1 : len(segs)-1] {
		i := index(hay, s, pos)
		if i < 0 {
			return false
		}
		pos = i + len(s)
	}
	if index(hay, last, pos) >= 0 {
		return true
	}
	for t := len(last) - 1; t >= minShared; t-- {
		if len(hay)-t >= pos && equal(hay[len(hay)-t:], last[:t]) {
			return true
		}
	}
	return false
}

// pieces splits short greedily into the longest runs found in long, in
// order, and returns how many it took, or 0 when some run is shorter than
// minShared words.
func pieces(short, long []string) int {
	n, pos := 0, 0
	for i := 0; i < len(short); {
		bestLen, bestAt := 0, -1
		for j := pos; j < len(long); j++ {
			k := 0
			for i+k < len(short) && j+k < len(long) && short[i+k] == long[j+k] {
				k++
			}
			if k > bestLen {
				bestLen, bestAt = k, j
			}
		}
		if bestLen < minShared {
			return 0
		}
		i += bestLen
		pos = bestAt + bestLen
		n++
	}
	return n
}

// lcsAlign returns the length of a longest common subsequence of short and
// long, and the first and last positions in long that it uses (preferring,
// among equally long ones, the one that starts latest, so the stretch is
// short). It keeps two rows, so long quotations cost no more memory than a
// row.
func lcsAlign(short, long []string) (n, first, last int) {
	type cell struct{ n, first, last int }
	prev := make([]cell, len(long)+1)
	cur := make([]cell, len(long)+1)
	for i := range prev {
		prev[i] = cell{0, -1, -1}
	}
	for _, w := range short {
		cur[0] = cell{0, -1, -1}
		for j := 1; j <= len(long); j++ {
			up, left := prev[j], cur[j-1]
			best := up
			if left.n > best.n || left.n == best.n && left.first > best.first {
				best = left
			}
			if long[j-1] == w {
				diag := prev[j-1]
				c := cell{diag.n + 1, diag.first, j - 1}
				if diag.n == 0 {
					c.first = j - 1
				}
				if c.n > best.n || c.n == best.n && c.first > best.first {
					best = c
				}
			}
			cur[j] = best
		}
		prev, cur = cur, prev
	}
	c := prev[len(long)]
	return c.n, c.first, c.last
}
