package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gap is the white space between two words where Punkt might end a
// sentence, with what the post-pass rules need to judge it.
type gap struct {
	prev, next string // the words either side
	first      bool   // prev is the first word of its block
	head       string // the block from its first word to prev's end
	rest       string // the rest of the block, from next to its last word
	quoted     bool   // inside a quotation followed by its attribution
}

type verdict int8

const (
	abstain verdict = iota
	join
	split
)

// gapRules correct Punkt where it errs on news text. They run in order and
// the first that does not abstain decides; if all abstain, Punkt does. They
// see only gaps after a word ending in sentence-final punctuation (see
// candidate): breaking anywhere else is never right.
var gapRules = []func(gap) verdict{
	// A quote and its attribution are one statement: `"It's over. We lost,"
	// she said.` Punkt cuts after "over.".
	func(g gap) verdict { return joinIf(g.quoted) },
	// Nothing in news copy starts a sentence in lower case, so a break
	// before one is an error: `"Why now?" he asked.`, "2:37 p.m. in New
	// York", "wait... and see".
	func(g gap) verdict { return joinIf(unicode.IsLower(firstRune(g.next))) },
	// A photo credit belongs to the caption it ends: "... at Trump Tower.
	// (Drew Angerer/Getty Images)".
	func(g gap) verdict {
		return joinIf(len(g.rest) < 200 && strings.HasPrefix(g.rest, "(") && isCredit(g.rest))
	},
	// A dateline opens its paragraph with where the story was filed, and a
	// dash: "KANSAS CITY, Mo. — Leaders of…". The state's abbreviation
	// ends no sentence there; Punkt, not knowing "Mo.", cut the dateline
	// off as a sentence of its own, which another outlet's "a convention
	// in Kansas City, Mo." then matched.
	func(g gap) verdict { return joinIf(beforeDash(g.next, g.rest) && isDatelineHead(g.head)) },
	// Titles always precede what they qualify ("Gov. Brown", "Roe v.
	// Wade"). Punkt's training mostly agrees, but it judges by how often
	// the next word began sentences in its data; a name never should.
	func(g gap) verdict { return joinIf(titles[abbrev(g.prev)]) },
	// These can also end a sentence, so one ends only before a word that
	// plainly starts the next: "made in the U.S. The company said" splits,
	// "the Office of the U.S. Trade Representative" does not. Punkt, judging
	// by its data, splits "the U.S. IT industry" and keeps "Apple Inc.
	// Shares rose".
	func(g gap) verdict {
		a := abbrev(g.prev)
		if !endables[a] && !isInitialism(a) {
			return abstain
		}
		if starters[starter(g.next)] {
			return split
		}
		return join
	},
	// A name written with a bang ("E! News", "Yahoo! Finance") goes on
	// unless a word that plainly starts a sentence follows.
	func(g gap) verdict {
		if !bangNames[strings.ToLower(strings.TrimLeft(g.prev, openers))] {
			return abstain
		}
		if starters[starter(g.next)] {
			return split
		}
		return join
	},
	// Punkt reads "$94.74. Then" as an ordinal ("the 2. Bundesliga"), which
	// English does not write; a number ends the sentence unless it numbers
	// a list item.
	func(g gap) verdict {
		if g.first || !isFigureStop(g.prev) || !unicode.IsUpper(firstRune(g.next)) {
			return abstain
		}
		return split
	},
}

func joinIf(b bool) verdict {
	if b {
		return join
	}
	return abstain
}

// beforeDash reports whether next, the word after a gap, is a dash, or a
// wire's name in brackets before one ("(AP) —"); rest is the block from
// next on.
func beforeDash(next, rest string) bool {
	if strings.HasPrefix(next, "(") && strings.HasSuffix(next, ")") {
		rest = strings.TrimLeft(rest[len(next):], " ")
		next, _, _ = strings.Cut(rest, " ")
	}
	switch next {
	case "—", "–", "--", "-":
		return true
	}
	return false
}

// isDatelineHead reports whether s, the start of a block, may be the place
// of a dateline: a few words, each capitalised or a figure, the first in
// capitals ("KANSAS CITY, Mo.", "ST. PAUL, Minn."). A sentence has a word
// in lower case.
func isDatelineHead(s string) bool {
	if len(s) > MaxDateline {
		return false
	}
	words := headWords(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	first := strings.Trim(words[0], ".'’-")
	return utf8.RuneCountInString(first) >= 2 && strings.ToUpper(first) == first
}

// isFigureStop reports whether w is a figure with a full stop after it:
// "1990.", "$94.74.", "3.5%.", "1,200.". It is the pattern
// ^[$€£¥]?\d[\d,]*(?:\.\d+)?%?\.$, matched by hand because a word is
// tried at every gap and compiling the pattern cost every start; no part
// of the pattern can begin with what the part before it repeats, so taking
// each part greedily is the pattern's match (TestFigureStopIsThePattern).
func isFigureStop(w string) bool {
	for _, c := range [...]string{"$", "€", "£", "¥"} {
		if rest, ok := strings.CutPrefix(w, c); ok {
			w = rest
			break
		}
	}
	if w == "" || !isDigit(w[0]) {
		return false
	}
	i := 1
	for i < len(w) && (isDigit(w[i]) || w[i] == ',') {
		i++
	}
	if i+1 < len(w) && w[i] == '.' && isDigit(w[i+1]) {
		for i += 2; i < len(w) && isDigit(w[i]); i++ {
		}
	}
	if i < len(w) && w[i] == '%' {
		i++
	}
	return w[i:] == "."
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isInitialism reports whether w is "U.S", "D.C", "p.m" and the like, final
// dot removed: single letters joined by dots, two or more. It is the
// pattern ^(?:\pL\.)+\pL$, matched by hand for the reason isFigureStop is.
func isInitialism(w string) bool {
	n := 0
	for _, r := range w { // an invalid byte is utf8.RuneError, no letter
		if n%2 == 0 && !unicode.IsLetter(r) || n%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return n >= 3 && n%2 == 1
}

// titles never end a sentence (lower case, final dot removed).
// Plurals ("Sens. Scott Brown and Dean Heller") qualify the names after
// them as the singulars do.
var titles = setOf("mr", "mrs", "ms", "mx", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col",
	"maj", "sgt", "capt", "cmdr", "adm", "rev", "hon", "fr", "messrs", "vs", "v",
	"drs", "profs", "govs", "sens", "reps", "gens", "lts", "cols", "majs", "sgts", "capts", "cmdrs",
	"adms", "cpl", "cpls", "pvt", "pfc", "spc", "atty", "attys", "supt", "amb", "const")

// endables are abbreviations that may also end a sentence (lower case,
// final dot removed); initialisms such as "u.s" are matched by isInitialism.
var endables = setOf("inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "st", "ave",
	"blvd", "rd", "no", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec")

// bangNames are the names of outlets and shows written with an
// exclamation mark (lower case).
var bangNames = setOf("e!", "yahoo!", "jeopardy!")

// starters are words that, capitalised after an abbreviation, begin a new
// sentence rather than continue a name: "in the U.S. The company said".
var starters = setOf("the", "a", "an", "but", "and", "or", "so", "yet", "it", "its", "he", "she",
	"they", "we", "i", "you", "his", "her", "their", "our", "this", "that", "these", "those",
	"there", "in", "on", "at", "as", "after", "before", "for", "when", "while", "if", "since",
	"meanwhile", "however", "still", "some", "many", "most", "what", "why", "how", "then", "now",
	"also", "last", "earlier", "later", "shares", "analysts", "officials")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// abbrev returns w lower-cased without opening brackets and its one final
// dot, or "" when w does not end in a dot (as "U.S.\"" does not).
func abbrev(w string) string {
	w = strings.TrimLeft(w, openers)
	if !strings.HasSuffix(w, ".") || strings.HasSuffix(w, "..") {
		return ""
	}
	return strings.ToLower(w[:len(w)-1])
}

// starter returns w lower-cased without trailing punctuation if it is
// written as a capitalised word ("However,"), else "" ("IT", "iPhone").
func starter(w string) string {
	w = strings.TrimRight(w, ",;:")
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return ""
	}
	for _, c := range w[n:] {
		if !unicode.IsLower(c) {
			return ""
		}
	}
	return strings.ToLower(w)
}

// splitBlock appends the sentences of p[b.start:b.end] to sc.out.
func (sc *scratch) splitBlock(p string, b extent, block int) {
	ws := scanWords(p, b.start, b.end, sc.words[:0])
	sc.words = ws
	if len(ws) == 0 {
		return
	}
	start, end := ws[0].start, ws[len(ws)-1].end
	for i := 0; i < len(ws)-1; i++ {
		if !candidate(p, ws[i]) {
			continue
		}
		g := gap{
			prev: p[ws[i].start:ws[i].end], next: p[ws[i+1].start:ws[i+1].end], first: i == 0, head: p[ws[0].start:ws[i].end],
			rest: p[ws[i+1].start:end], quoted: inQuote(sc.quotes, ws[i].end),
		}
		if v := decide(g); v == split || v == abstain && punktBreak(p, ws, i) {
			sc.out = append(sc.out, span{start: start, end: ws[i].end, block: block})
			start = ws[i+1].start
		}
	}
	sc.out = append(sc.out, span{start: start, end: end, block: block})
}

// decide returns the verdict of the first rule that has one.
func decide(g gap) verdict {
	for _, rule := range gapRules {
		if v := rule(g); v != abstain {
			return v
		}
	}
	return abstain
}

// mergeBare folds a sentence with no letter or digit (a lone closing quote,
// `."`, a dash) into the sentence before it, or after it if it is first.
func mergeBare(p string, ss []span) []span {
	out := ss[:0]
	for _, s := range ss {
		switch {
		case hasWord(p[s.start:s.end]):
			if len(out) > 0 && !hasWord(p[out[len(out)-1].start:out[len(out)-1].end]) {
				s.start = out[len(out)-1].start // a bare first sentence joins this one
				out = out[:len(out)-1]
			}
			out = append(out, s)
		case len(out) > 0:
			out[len(out)-1].end = s.end
		default:
			out = append(out, s)
		}
	}
	return out
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
