package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// Relation is how a quotation in one article renders a quotation in another.
type Relation string

const (
	Identical Relation = "identical" // the same words
	Truncated Relation = "truncated" // one is a contiguous part of the other
	Altered   Relation = "altered"   // the same quotation with some words changed
	Spliced   Relation = "spliced"   // separate parts of the longer one joined, or joined by an ellipsis
	NoMatch   Relation = ""
)

// minShared is the fewest words two quotations must share in a row to be
// related other than identical: fewer is a common phrase, not a quotation.
const minShared = 3

// Normalize returns s in lower case with quotation marks and punctuation
// removed and apostrophes made straight, its words separated by single
// spaces. Apostrophes and hyphens inside a word and commas and points inside
// a number stay: "Alibaba’s", "e-commerce", "1,000".
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	runes := []rune(s)
	space := false
	for i, r := range runes {
		next := rune(0)
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		switch {
		case isWordRune(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’' || r == '-' || r == '‐' || r == '‑') && isWordRune(prev) && isWordRune(next):
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			b.WriteRune(r)
		default:
			space = true
		}
		prev = r
	}
	return b.String()
}

// words returns the normalised words of s, each in American spelling and
// a compound closed up: a quote respelled by a British outlet
// ("prioritised") or set in another house style ("e-commerce",
// "ecommerce") is the same quote.
func words(s string) []string {
	ws := strings.Fields(Normalize(s))
	for i, w := range ws {
		us, _ := spelling.US(w)
		ws[i] = spelling.CloseUp(us)
	}
	return ws
}

// joinOpen returns sa and sb with each two words one writes apart and the
// other as one word joined ("per cent", "percent"; see spelling.Joined).
func joinOpen(sa, sb [][]string) ([][]string, [][]string) {
	return joinAgainst(sa, sb), joinAgainst(sb, sa)
}

// hasClosed reports whether a word of segs is x and y closed up.
func hasClosed(segs [][]string, x, y string) bool {
	for _, seg := range segs {
		for _, w := range seg {
			if len(w) == len(x)+len(y) && strings.HasPrefix(w, x) && strings.HasSuffix(w, y) {
				return true
			}
		}
	}
	return false
}

// joinAgainst joins the pairs of words of segs whose closed form is a word
// of other, in a copy; segs itself is returned when there is none.
func joinAgainst(segs, other [][]string) [][]string {
	var out [][]string
	for s, seg := range segs {
		var joined []string
		for i := 0; i < len(seg); i++ {
			if i+1 < len(seg) && spelling.Joinable(seg[i], seg[i+1]) && hasClosed(other, seg[i], seg[i+1]) {
				if joined == nil {
					joined = append(make([]string, 0, len(seg)), seg[:i]...)
				}
				joined = append(joined, seg[i]+seg[i+1])
				i++
				continue
			}
			if joined != nil {
				joined = append(joined, seg[i])
			}
		}
		if joined != nil && out == nil {
			out = append(make([][]string, 0, len(segs)), segs[:s]...)
		}
		if out != nil {
			if joined == nil {
				joined = seg
			}
			out = append(out, joined)
		}
	}
	if out == nil {
		return segs
	}
	return out
}

// segments returns the normalised words of each piece of s between
// ellipses ("..." or "…"); one segment when there is no ellipsis.
func segments(s string) [][]string {
	s = strings.ReplaceAll(s, "…", "...")
	s = strings.ReplaceAll(s, ". . .", "...")
	var out [][]string
	for _, part := range strings.Split(s, "...") {
		if w := words(part); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// Relate tells how quotation b renders quotation a (or a renders b); score
// is their word similarity, 2·LCS/(len(a)+len(b)) over normalised words,
// 1 for identical.
func Relate(a, b Quote) (Relation, float64) {
	return relate(segments(a.Text), segments(b.Text))
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
		if float64(lcs) >= 0.6*float64(stretch) {
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

// Paraphrased reports whether sentence, which has no quotation marks, gives
// q's words as a paraphrase: it holds at least 60% of q's content words
// (and at least three of them, or all when q has fewer).
func Paraphrased(q Quote, sentence string) bool {
	return NewParaphraser(q).Paraphrases(sentence)
}

// A Paraphraser is Paraphrased for one quote and many sentences: the
// quote's content words are found once.
type Paraphraser struct {
	qw    map[string]bool
	names map[string]bool // content words of the names in the quote and of its speaker
}

// NewParaphraser finds q's content words.
func NewParaphraser(q Quote) Paraphraser {
	return Paraphraser{contentWords(q.Text), nameWords(q.Text, q.Speaker)}
}

// Paraphrases is Paraphrased(q, sentence) for the Paraphraser's quote. One
// of the words shared must be the quote's own, not a name: a sentence about
// "the Republican Party" does not give Beck's "I have not heard people in
// the Republican Party admit yet that they have a problem".
func (p Paraphraser) Paraphrases(sentence string) bool {
	if strings.ContainsAny(sentence, "\"“”„«»") {
		return false
	}
	shared, of := p.Shared(sentence)
	return of > 0 && shared >= min(3, of) && float64(shared) >= 0.6*float64(of) && p.SharedOwn(sentence) > 0
}

// SharedOwn returns how many of the quote's content words sentence holds
// that are no name: the names a quote mentions ("Chairman Steele",
// "Afghanistan", "the Tea Party") and its speaker's are the story's, and
// any sentence about the speaker holds them.
func (p Paraphraser) SharedOwn(sentence string) int {
	n := 0
	for w := range contentWords(sentence) {
		if p.qw[w] && !p.names[w] {
			n++
		}
	}
	return n
}

// nameWords returns the content words of the names in text, capitalised
// words that do not open a sentence ("Republican Party", "NEW MOON"), and
// of the speaker.
func nameWords(text, speaker string) map[string]bool {
	out := contentWords(speaker)
	opens := true
	for _, f := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘([«—–-"))
		if unicode.IsUpper(r) && !opens {
			for w := range contentWords(f) {
				out[w] = true
			}
		}
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(f, "\"'”’)]»"))
		opens = last == '.' || last == '!' || last == '?' || last == ':'
	}
	return out
}

// Shared returns how many of the quote's content words sentence holds, and
// how many the quote has.
func (p Paraphraser) Shared(sentence string) (shared, of int) {
	if len(p.qw) == 0 {
		return 0, 0
	}
	sw := contentWords(sentence)
	for w := range p.qw {
		if sw[w] {
			shared++
		}
	}
	return shared, len(p.qw)
}

// contentWords returns the stems of the words of s that carry meaning.
func contentWords(s string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range words(s) {
		w = strings.TrimSuffix(w, "'s")
		if functionWords.has(w) || speechVerbs.has(w) || len(w) < 2 {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// stem strips the commonest English endings: a crude stemmer that makes
// "jobs" and "job", "helping" and "help" one word.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var functionWords = listSet("functionWords", `a an the and or but if then so of to in on at by for with from as into
	about over after before than that this these those it its is are was were be been being
	am do does did have has had will would can could should may might must shall not no
	i me my we us our you your he him his she her they them their there here what which who
	whom whose when where why how all any some more most very just also only even still
	going get got because while up out one`)
