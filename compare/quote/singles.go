package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// British and Irish copy quotes with single marks ('We acted at once,' the
// mayor said) and nests double marks inside them; American copy does the
// reverse. Outside every double-quoted stretch of a paragraph, single
// marks pair as quotations too, read by their neighbours as pairSingles
// reads a headline's, with the apostrophes that look like marks set
// aside:
//
//   - between two letters or digits a mark is an apostrophe (it's, O'Neill);
//   - an elision opens no quotation ('tis, 'em, 'n' in rock 'n' roll, '90s);
//   - a mark after a word, inside an open quotation, followed by a space
//     and a word in lower case closes it only when no later mark closes it
//     before the next one opens: any mark after a plural's s ('the
//     Joneses' house was burgled,' she said closes after "burgled"), else
//     one after punctuation or before a capital ('a betrayal' and the
//     owners' union closes after "betrayal");
//   - a quotation left open at the paragraph's end counts only when it
//     opened the paragraph: the way a quotation over several paragraphs
//     is printed, each paragraph opening with a mark.
//
// A double-quoted stretch inside a single-quoted quotation is nested in it
// and part of its words.

// singleCand is a single mark that may open or close a quotation.
type singleCand struct {
	at, n     int
	open      bool
	lowerNext bool // a space and a lower-case word follow
	afterS    bool // it follows an s: a plural's possessive, or a closing mark
	afterStop bool // it follows punctuation: a closing mark, surely
}

// isElision reports whether w is a word whose leading apostrophe looks
// like an opening single mark. (A switch, not a generated word set, so
// the list stays beside the rule it serves.)
func isElision(w string) bool {
	switch w {
	case "tis", "twas", "twere", "em", "n", "til", "cause", "cos", "coz", "bout", "round", "cept", "neath", "nother", "ere", "un":
		return true
	}
	return false
}

// singleCands lists the single marks of [s, e) that may open or close.
func singleCands(text string, p Span, s, e int, out []singleCand) []singleCand {
	for i := s; i < e; {
		c := text[i]
		if c != '\'' && c != 0xE2 && c != '`' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '\'' && r != '‘' && r != '’' && r != '`' {
			i += n
			continue
		}
		prevOpen := i == p.Start
		if !prevOpen {
			pr, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			prevOpen = unicode.IsSpace(pr) || strings.ContainsRune("([{—–-/:\"“", pr)
		}
		var nr rune
		if i+n < p.End {
			nr, _ = utf8.DecodeRuneInString(text[i+n:])
		}
		switch {
		case prevOpen && isWordRune(nr) && r != '’':
			if !elided(text[i+n : p.End]) {
				out = append(out, singleCand{at: i, n: n, open: true})
			} else if strings.HasPrefix(text[i+n:p.End], "n") {
				i += n + 1 // 'n' in rock 'n' roll: its second mark closes nothing
				if i < p.End && (text[i] == '\'' || strings.HasPrefix(text[i:], "’")) {
					_, m := utf8.DecodeRuneInString(text[i:])
					i += m
				}
				continue
			}
		case !prevOpen && !isWordRune(nr) && r != '‘' && r != '`',
			r == '\'' && i > p.Start && text[i-1] == ' ' && !isWordRune(nr):
			// A straight mark with spaces either side closes too, as
			// some archives print one: 'You'll be sorry. ' (or it is an
			// apostrophe: four hours ' work, when nothing is open).
			sp := i + n
			for sp < p.End && text[sp] == ' ' {
				sp++
			}
			lower := false
			if sp > i+n && sp < p.End {
				lr, _ := utf8.DecodeRuneInString(text[sp:])
				lower = unicode.IsLower(lr)
			}
			pr, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			out = append(out, singleCand{at: i, n: n, lowerNext: lower, afterS: pr == 's' || pr == 'S',
				afterStop: strings.ContainsRune(",.;:!?…", pr)})
		}
		i += n
	}
	return out
}

// elided reports whether the words after an apostrophe are an elision:
// 'tis, 'em, 'n', a decade ('90s, '60s) or a year ('08).
func elided(after string) bool {
	e := 0
	for e < len(after) && isWordRune(rune(after[e])) {
		e++
	}
	w := strings.ToLower(after[:e])
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		digits := strings.TrimRight(w, "s")
		return len(digits) == 2 && strings.Trim(digits, "0123456789") == ""
	}
	return isElision(w)
}

// pairSingleMarks adds the quotations in single marks of paragraph p to
// its double-quoted pieces dbl (in order), dropping the double-quoted
// pieces a single-quoted one encloses.
func pairSingleMarks(text string, p Span, para int, dbl []piece) []piece {
	var cands []singleCand
	s := p.Start
	for _, d := range dbl {
		if !strayDouble(text, s, d.open) {
			cands = singleCands(text, p, s, d.open, cands)
		}
		s = max(s, d.end)
	}
	if !strayDouble(text, s, p.End) {
		cands = singleCands(text, p, s, p.End, cands)
	}
	var singles []piece
	open, depth := -1, 0
	for k, c := range cands {
		switch {
		case c.open && open < 0:
			open = k
		case c.open:
			depth++ // a quotation nested in single marks too
		case open < 0:
			// an apostrophe: the Joneses' house
		case depth > 0:
			depth--
		case c.lowerNext && closesLater(c, cands[k+1:]):
			// the players' union, inside the quotation
		default:
			o := cands[open]
			singles = append(singles, piece{open: o.at, is: o.at + o.n, ie: c.at, end: c.at + c.n, closed: true, para: para, british: true})
			open = -1
		}
	}
	if open >= 0 && cands[open].at == p.Start {
		o := cands[open]
		singles = append(singles, piece{open: o.at, is: o.at + o.n, ie: p.End, end: p.End, para: para, british: true})
	}
	if len(singles) == 0 {
		return dbl
	}
	out := make([]piece, 0, len(dbl)+len(singles))
	for _, d := range dbl {
		if !slices.ContainsFunc(singles, func(s piece) bool { return s.open < d.open && d.open < s.end }) {
			out = append(out, d)
		}
	}
	out = append(out, singles...)
	slices.SortStableFunc(out, func(a, b piece) int { return a.open - b.open })
	return out
}

// closesLater reports whether a mark among cands, before the next one
// opens, closes the quotation that c, a mark between a word and a word in
// lower case, seemed to close: any mark when c follows an s (the Joneses'
// house), else one after punctuation (goin' home,').
func closesLater(c singleCand, cands []singleCand) bool {
	for _, x := range cands {
		if x.open {
			return false
		}
		if c.afterS || x.afterStop || !x.lowerNext {
			return true
		}
	}
	return false
}

// strayDouble reports whether [s, e), outside every paired double
// quotation, holds a double mark all the same, or two straight single
// marks typed for one, as some archives print them: marks misprinted or unpaired,
// around words that may be a quotation whose single marks are nested.
func strayDouble(text string, s, e int) bool {
	for i := s; i < e; i++ {
		if _, n := doubleMark(text, i); n > 0 || text[i] == '\'' && i+1 < e && text[i+1] == '\'' {
			return true
		}
	}
	return false
}
