package quote

import (
	"regexp"
	"slices"
	"strconv"
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
	// Overlapping: each prints a whole sentence the other prints, and goes
	// on with words the other lacks: two cuts from one statement.
	Overlapping Relation = "overlapping"
	NoMatch     Relation = ""
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
	space := false
	// Each rune is read with the one after it, decoded as they come, not
	// copied into a slice of runes first.
	r, n := utf8.DecodeRuneInString(s)
	for i := 0; i < len(s); {
		next, nextLen := rune(0), 0
		if i+n < len(s) {
			next, nextLen = utf8.DecodeRuneInString(s[i+n:])
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
		i, r, n = i+n, next, nextLen
	}
	return b.String()
}

// words returns the normalised words of s, each in American spelling and
// a compound closed up: a quote respelled by a British outlet
// ("prioritised") or set in another house style ("e-commerce",
// "ecommerce") is the same quote.
func words(s string) []string {
	return spell(strings.Fields(Normalize(s)))
}

// spell puts each of ws in American spelling with its compound closed up.
func spell(ws []string) []string {
	for i, w := range ws {
		us, _ := spelling.US(w)
		ws[i] = spelling.CloseUp(us)
	}
	return ws
}

// quoteWords returns the words of s as quotations are compared: words's,
// with numbers in figures. A paper that spells numbers out and one that
// sets them in figures print one quotation ("a one-in-three chance", "a 1
// in 3 chance", "1-in-3"): a style book's choice, not an edit. A
// hyphenated word with a number in it is split at its hyphens, since the
// figures are written open as often as hyphenated.
func quoteWords(s string) []string {
	ws := strings.Fields(Normalize(s))
	var out []string // a copy, once a word changes
	for i, w := range ws {
		parts := []string{w}
		if n, ok := numberValue(w); ok {
			parts = []string{n}
		} else if strings.ContainsAny(w, "-‐‑") {
			parts = numberParts(w)
		}
		if out == nil && (len(parts) > 1 || parts[0] != w) {
			out = append(make([]string, 0, len(ws)+4), ws[:i]...)
		}
		if out != nil {
			out = append(out, parts...)
		}
	}
	if out == nil {
		out = ws
	}
	return spell(out)
}

// numberParts returns the parts of the hyphenated word w, numbers in
// figures, when one of them is a number ("one-in-three", "1-in-3", "2-year"),
// or w alone; "twenty-five" is one number, "25".
func numberParts(w string) []string {
	fs := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' || r == '‑' })
	if n, ok := numberValue(w); ok || len(fs) < 2 {
		if ok {
			return []string{n}
		}
		return []string{w}
	}
	number := false
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f
		if n, ok := numberValue(f); ok {
			out[i], number = n, true
		}
	}
	if !number {
		return []string{w}
	}
	return out
}

// numberValue returns w in figures when it is a number spelled out, up to
// ninety-nine ("three", "twenty-five"), or written in figures ("3", "1,000").
func numberValue(w string) (string, bool) {
	if w != "" && strings.Trim(w, "0123456789,.") == "" && strings.ContainsAny(w[:1], "0123456789") {
		return w, true
	}
	if n, ok := smallNumbers[w]; ok {
		return strconv.Itoa(n), true
	}
	i := strings.IndexAny(w, "-‐‑")
	if i < 0 {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	tens, ok1 := smallNumbers[w[:i]]
	unit, ok2 := smallNumbers[w[i+size:]]
	if !ok1 || !ok2 || tens < 20 || tens%10 != 0 || unit < 1 || unit > 9 {
		return "", false
	}
	return strconv.Itoa(tens + unit), true
}

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
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
		if w := quoteWords(part); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// Words returns the words of text as quotations are compared: normalised,
// in American spelling, numbers in figures ("one-in-three" is "1 in 3").
func Words(text string) []string { return quoteWords(text) }

// Length returns how many words quotation text has as quotations are
// compared: "1-in-3 chance" has four, as "one in three chance" has.
func Length(text string) int {
	return len(flatten(segments(text)))
}

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

// SeparateRemark reports whether near, a quotation that alters quotation q,
// is a remark of its own rather than q changed, because closer, a
// quotation of near's article, renders the same words of q more closely:
// "We've got a real challenge", said later in an article that has already
// quoted "we've got a big challenge" word for word, is another remark, not
// "big" misquoted. closer renders them more closely when it is identical,
// truncated, or altered less: an overlapping or spliced one is aligned
// with words of q it does not print. Only a remark with a word of its own,
// one q does not say in any form ("real" for "big", "1 in 3" for "2 in
// 3"), is separate: one that adds an outlet's words in brackets
// ("[President Barack] Obama's war on religion"), leaves words out or
// changes a word's ending ("Show A Little Class") is q, edited; so is one
// whose own word takes the place of none of q's ("would end Medicare" for
// "ending Medicare").
func SeparateRemark(q, closer, near Quote) bool {
	fq, fc, fn := newForm(withoutInserts(q.Text)), newForm(withoutInserts(closer.Text)), newForm(withoutInserts(near.Text))
	relC, scoreC := fq.relate(fc)
	relN, scoreN := fq.relate(fn)
	if relN != Altered || relC != Identical && relC != Truncated && (relC != Altered || scoreC <= scoreN) {
		return false
	}
	wq, wn := flatten(fq.segs), flatten(fn.segs)
	nc, c1, c2 := lcsAlign(flatten(fc.segs), wq)
	nn, n1, n2 := lcsAlign(wn, wq) // where near's words lie in q
	_, m1, m2 := lcsAlign(wq, wn)  // and q's in near
	if nc == 0 || nn == 0 || n1 > c2 || c1 > n2 {
		return false
	}
	// The words of q that near's own words at its edges may stand for.
	region := wq[max(0, n1-m1):min(len(wq), n2+len(wn)-m2)]
	return ownWord(wn, region) && ownWord(region, wn)
}

// ownWord reports whether a word of a is no word of b in any form:
// "real" against "big", but not "show" against "showing".
func ownWord(a, b []string) bool {
	for _, w := range a {
		if !slices.ContainsFunc(b, func(x string) bool { return sameWord(w, x) }) {
			return true
		}
	}
	return false
}

// sameWord reports whether a and b are one word, perhaps with another
// ending of up to three letters: "show", "showing"; "end", "ending";
// "increases", "increase".
func sameWord(a, b string) bool {
	if a == b || stem(a) == stem(b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	a = stem(a)
	return len(a) >= 3 && strings.HasPrefix(b, a) && len(b)-len(a) <= 3
}

// withoutInserts returns text without the words an outlet put into it in
// square brackets ("[President Barack] Obama's war"): they are not the
// speaker's, and take no speaker's word's place.
func withoutInserts(text string) string {
	return bracketed.ReplaceAllString(text, " ")
}

var bracketed = regexp.MustCompile(`\[[^\]]*\]`)
