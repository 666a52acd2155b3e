package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotation marks are paired paragraph by paragraph. A mark's direction is
// read from its neighbours first (after a space and before a word it opens;
// after a word or punctuation and before a space or punctuation it closes)
// and from its glyph only when the neighbours say nothing, so a misprinted ”
// that opens a paragraph still opens. Inside an open quotation a mark that
// can only open starts a nested quotation (`"... “As you know ...” ..."`),
// so its closing mark does not end the outer one. Single marks never
// delimit a quotation: they are apostrophes (don't, '90s, rock 'n' roll) or
// nested quotations, and either way they stay part of the words.
//
// A paragraph that ends inside a quotation continues it into the next
// paragraph when that one opens with a mark, the usual way of printing a
// quotation that runs over several paragraphs; or, where a text sets each
// sentence as a paragraph, into the paragraphs without any mark up to the
// one whose first mark closes.

// rawQuote is a paired quotation before it is judged.
type rawQuote struct {
	parts     []Span // the words inside the marks, one per paragraph, trimmed
	label     Span   // a transcript's speaker label opening the words ("WALLACE:"), or empty
	open      int    // offset of the first opening mark
	closeEnd  int    // end of the last closing mark (end of the last part when unclosed)
	paraFirst int
	paraLast  int
	headline  bool // in single marks in the headline, where a label or its first cue gives the speaker
}

// piece is one paragraph's share of a quotation.
type piece struct {
	open, is, ie, end int
	closed            bool
	para              int
	single            bool // in single marks, in a headline
	british           bool // in single marks, in the body (singles.go)
	// tail is a paragraph's words up to a closing mark that opens nothing
	// in it, its first mark: the end of a quotation opened paragraphs
	// before (see pairQuotes). Alone it is no quotation.
	tail bool
}

const (
	opens = iota + 1
	closes
)

// doubleMark reports the double quotation mark at text[i]: its glyph ('"'
// straight, 'o' opening, 'c' closing) and its size, or size 0.
func doubleMark(text string, i int) (glyph byte, size int) {
	switch c := text[i]; {
	case c == '"':
		return '"', 1
	case c == '`' && i+1 < len(text) && text[i+1] == '`':
		return 'o', 2 // TeX's opening mark, as some archives keep it
	case c != 0xE2 && c != 0xC2:
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '“', '„', '‟', '«':
		return 'o', n
	case '”', '»':
		return 'c', n
	}
	return 0, 0
}

// texClose reports whether text[i:] opens with TeX's closing mark (two
// straight single marks) and the quotation open at text[open] with TeX's
// opening one (two backticks). Two straight singles close nothing else: some archives type them for every
// double mark, and those pair by rules of their own.
func texClose(text string, i, open int) bool {
	return strings.HasPrefix(text[i:], "''") && strings.HasPrefix(text[open:], "``")
}

// direction decides whether the mark at text[i:i+n] opens or closes.
func direction(text string, p Span, i, n int, glyph byte, depth int) int {
	prevOpen := i == p.Start
	if !prevOpen {
		r, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		prevOpen = unicode.IsSpace(r) || strings.ContainsRune("([{—–-/‘'“\"", r)
	}
	nextSpace, nextWord := i+n >= p.End, false
	if !nextSpace {
		r, _ := utf8.DecodeRuneInString(text[i+n:])
		nextSpace, nextWord = unicode.IsSpace(r), isWordRune(r)
	}
	switch {
	case glyph == '"' && depth > 0 && (misprintedClose(text, p, i, n) || misprintedBeforeName(text, p, i, n)):
		return closes
	case prevOpen && !nextSpace:
		return opens
	case !prevOpen && !nextWord:
		return closes
	case glyph == 'o':
		return opens
	case glyph == 'c' || depth > 0:
		return closes
	}
	return opens
}

// pairParagraph appends the top-level quotations of paragraph p to out.
func pairParagraph(text string, p Span, para int, out []piece) []piece {
	var stack [4]struct{ pos, end int }
	depth := 0
	first := true // no mark seen yet
	for i := p.Start; i < p.End; {
		if c := text[i]; c < 0xC2 && c != '"' && c != '<' && c != '`' && c != '\'' {
			i++
			continue
		}
		if text[i] == '<' {
			if end := tagEnd(text, i, p.End); end > 0 {
				i = end
				continue
			}
		}
		glyph, n := doubleMark(text, i)
		if n == 0 && depth > 0 && texClose(text, i, stack[depth-1].pos) {
			glyph, n = 'c', 2
		}
		if n == 0 {
			i++
			continue
		}
		dir := direction(text, p, i, n, glyph, depth)
		if dir == opens && glyph == '"' && depth > 0 && text[stack[depth-1].pos] == '"' && gluedClose(text, p, i) {
			dir = closes
		}
		switch dir {
		case opens:
			first = false
			if depth == 1 {
				if c, ok := unclosedBeforeCue(text, stack[0].end, i); ok {
					// `"We have a broad membership, Mr. Rother said. "I'm
					// sure …"`: the first quotation ends at its cue.
					out = append(out, piece{open: stack[0].pos, is: stack[0].end, ie: c, end: c + 1, closed: true, para: para})
					depth = 0
				}
			}
			if depth < len(stack) {
				stack[depth].pos, stack[depth].end = i, i+n
				depth++
			}
		case closes:
			if depth == 0 {
				if first {
					out = append(out, piece{open: p.Start, is: p.Start, ie: i, end: i + n, closed: true, para: para, tail: true})
				}
				first = false
				break
			}
			depth--
			if depth == 0 {
				out = append(out, piece{open: stack[0].pos, is: stack[0].end, ie: i, end: i + n, closed: true, para: para})
			}
		}
		i += n
	}
	if depth > 0 {
		out = append(out, piece{open: stack[0].pos, is: stack[0].end, ie: p.End, end: p.End, para: para})
	}
	return out
}

// Headlines quote with single marks ("Flynn says Trump 'absolutely
// right'", "Pence: Trump Was ‘Mocking’ Clinton Camp"). In a headline
// without double marks, a single mark after a space (or the start) and
// before a letter opens, and one after a non-space and before a non-letter
// closes an open quotation; between two letters it is an apostrophe.

// isHeadline reports whether paragraph k is the headline: the text's first
// paragraph, when it is short and a single line. (Subheads in title case
// further down quote with single marks too, but as often name a section.)
func (d *doc) isHeadline(k int) bool {
	if k != 0 || len(d.paras) < 2 {
		return false
	}
	p := d.paras[k]
	if strings.IndexByte(d.text[p.Start:p.End], '\n') >= 0 {
		return false
	}
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	return words <= 25
}

// pairSingles appends the quotations in single marks of headline p.
func pairSingles(text string, p Span, para int, out []piece) []piece {
	open := -1
	for i := p.Start; i < p.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '\'' && r != '‘' && r != '’' {
			i += n
			continue
		}
		prevSpace := i == p.Start
		if !prevSpace {
			pr, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			prevSpace = unicode.IsSpace(pr) || strings.ContainsRune("(—–-:\"“", pr)
		}
		nextWord := false
		if i+n < p.End {
			nr, _ := utf8.DecodeRuneInString(text[i+n:])
			nextWord = isWordRune(nr)
		}
		switch {
		case open < 0 && prevSpace && nextWord && r != '’':
			open = i
		case open >= 0 && !prevSpace && !nextWord && r != '‘':
			_, sz := utf8.DecodeRuneInString(text[open:])
			out = append(out, piece{open: open, is: open + sz, ie: i, end: i + n, closed: true, para: para, single: true})
			open = -1
		}
		i += n
	}
	return out
}

// tagEnd returns the end of a markup tag starting at text[i] ("<tweet
// author=...>"), or 0. Attribute values in tags are not anyone's words.
func tagEnd(text string, i, limit int) int {
	if i+1 >= limit {
		return 0
	}
	if c := text[i+1]; !(c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0
	}
	for j := i + 1; j < limit; j++ {
		switch text[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return 0
		}
	}
	return 0
}

// pairQuotes pairs the marks of every paragraph and joins the pieces of
// quotations that run over several paragraphs.
func (d *doc) pairQuotes() []rawQuote {
	var pieces []piece
	lastDouble := -1 // the last double-quoted piece so far
	for k, p := range d.paras {
		n := len(pieces)
		pieces = pairParagraph(d.text, p, k, pieces)
		// Inside a double quotation opened paragraphs before, single
		// marks are nested in it.
		inDouble := lastDouble >= 0 && !pieces[lastDouble].closed && k-pieces[lastDouble].para <= maxUnmarkedParas
		switch {
		case d.isHeadline(k):
			if len(pieces) == n {
				pieces = pairSingles(d.text, p, k, pieces)
			}
		case !inDouble:
			pieces = append(pieces[:n], pairSingleMarks(d.text, p, k, pieces[n:])...) // a new slice when it adds any
		}
		for i := len(pieces) - 1; i >= n; i-- {
			if !pieces[i].british && !pieces[i].single {
				lastDouble = i
				break
			}
		}
	}
	var out []rawQuote
	for k := 0; k < len(pieces); k++ {
		pc := pieces[k]
		if pc.tail {
			continue // a closing mark whose quotation opened nowhere
		}
		rq := rawQuote{open: pc.open, paraFirst: pc.para}
		rq.label, pc.is = d.speakerLabel(pc.is, pc.ie)
		rq.parts = d.addPart(rq.parts, pc)
		for !pc.closed && k+1 < len(pieces) {
			nx := pieces[k+1]
			if nx.tail && nx.para > pc.para && nx.para-pc.para <= maxUnmarkedParas {
				// A quotation whose paragraphs were split without a mark
				// opening each (a paragraph per sentence): the paragraphs
				// between, which hold no mark, are its words, and the
				// closing mark that opens nothing ends it.
				for q := pc.para + 1; q < nx.para; q++ {
					rq.parts = d.addPart(rq.parts, piece{is: d.paras[q].Start, ie: d.paras[q].End, para: q})
				}
				k++
				pc = nx
				rq.parts = d.addPart(rq.parts, pc)
				break
			}
			if nx.tail || nx.para != pc.para+1 || nx.open != d.paras[nx.para].Start || nx.british != pc.british {
				break
			}
			if l, _ := d.speakerLabel(nx.is, nx.ie); l.End > 0 {
				break // a transcript: each labelled paragraph is its own quotation
			}
			if s, e := trimSpan(d.text, nx.is, nx.ie); stageDirection(d.text[s:e]) {
				break
			}
			k++
			pc = nx
			rq.parts = d.addPart(rq.parts, pc)
		}
		rq.closeEnd, rq.paraLast = pc.end, pc.para
		rq.headline = pc.single
		if len(rq.parts) == 0 || pc.british && !pc.closed {
			continue
		}
		if pc.closed {
			// "Q," X said: the comma is the writer's, not the speaker's.
			last := &rq.parts[len(rq.parts)-1]
			if last.End > last.Start && d.text[last.End-1] == ',' {
				last.Start, last.End = trimSpan(d.text, last.Start, last.End-1)
			}
		}
		out = append(out, rq)
	}
	return out
}

// maxUnmarkedParas is how many paragraphs on a quotation may run without
// a mark opening each before its closing mark: a dozen sentences set as
// paragraphs. A stray closing mark further on ends nothing.
const maxUnmarkedParas = 12

// speakerLabel finds a transcript label at the start of [s, e): one to three
// words in capitals and a colon ("WALLACE:", "MR. TRUMP:"). It returns the
// label's span (empty when none) and where the words after it begin.
func (d *doc) speakerLabel(s, e int) (Span, int) {
	s, e = trimSpan(d.text, s, e)
	i, words := s, 0
	for i < e && words < 3 {
		j := i
		for j < e && (d.text[j] >= 'A' && d.text[j] <= 'Z' || d.text[j] == '.' || d.text[j] == '\'' || d.text[j] == '-') {
			j++
		}
		if j-i < 2 {
			return Span{}, s
		}
		words++
		if j < e && d.text[j] == ':' {
			return Span{s, j}, j + 1
		}
		if j >= e || d.text[j] != ' ' {
			return Span{}, s
		}
		i = j + 1
	}
	return Span{}, s
}

// dropNicknames removes the quotations that are a nickname inside a name:
// Robert C. "Bobby" Scott, Marcia "Cia" Price.
func (d *doc) dropNicknames(raws []rawQuote) []rawQuote {
	out := raws[:0]
	for _, r := range raws {
		before := d.tokAt(r.open) - 1
		after := d.tokAt(r.closeEnd)
		if len(r.parts) == 1 && !r.headline && before >= 0 && after < len(d.toks) && d.titleLike(r) &&
			d.toks[before].upper && d.toks[after].upper && d.toks[before].word && d.toks[after].word {
			continue
		}
		out = append(out, r)
	}
	return out
}

// addPart appends the trimmed words of pc when they hold a letter or digit.
func (d *doc) addPart(parts []Span, pc piece) []Span {
	s, e := trimSpan(d.text, pc.is, pc.ie)
	for _, r := range d.text[s:e] {
		if isWordRune(r) {
			return append(parts, Span{s, e})
		}
	}
	return parts
}

// markQuoted flags the tokens inside quotations.
func (d *doc) markQuoted(raws []rawQuote) {
	for _, r := range raws {
		for _, p := range r.parts {
			for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
				d.toks[i].quoted = true
			}
		}
	}
}
