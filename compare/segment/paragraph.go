package segment

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scratch holds buffers reused across the paragraphs of one Split.
type scratch struct {
	words  []extent
	blocks []extent
	quotes []extent
	stacks [2][]int
	out    []span
}

// paragraph returns the sentences of p, offsets into p. A paragraph cut
// oneLine (a headline) gets one sentence per line. The result is valid
// until the next call.
func (sc *scratch) paragraph(p string, oneLine bool, heads *headlines) []span {
	sc.out = sc.out[:0]
	sc.quotes = sc.tailedQuotes(p)
	sc.blocks = sc.cutBlocks(p, oneLine, heads)
	for i, b := range sc.blocks {
		if oneLine || heads.repeats(p[b.start:b.end]) {
			// A headline is one unit even when it has a "?" inside.
			if s, e := trim(p, b.start, b.end); s < e {
				sc.out = append(sc.out, span{start: s, end: e, block: i})
			}
			continue
		}
		sc.splitBlock(p, b, i)
	}
	sc.out = mergeBare(p, sc.out)
	if !oneLine {
		sc.out = splitLabels(p, sc.out)
	}
	return sc.out
}

// cutBlocks cuts p at the line breaks that separate units, such as a
// repeated headline above a photo caption; the breaks that merely wrap
// prose stay inside a block, where they are white space like any other.
func (sc *scratch) cutBlocks(p string, oneLine bool, heads *headlines) []extent {
	bs := sc.blocks[:0]
	if !strings.Contains(p, "\n") {
		return append(bs, extent{0, len(p)})
	}
	widest := 0
	for line := range strings.Lines(p) {
		widest = max(widest, utf8.RuneCountInString(strings.TrimSpace(line)))
	}
	start, lineStart := 0, 0
	for {
		k := strings.IndexByte(p[lineStart:], '\n')
		if k < 0 {
			break
		}
		k += lineStart
		next := p[k+1:]
		if nl := strings.IndexByte(next, '\n'); nl >= 0 {
			next = next[:nl]
		}
		if oneLine || (separateLines(p[lineStart:k], next, widest, heads) && !inQuote(sc.quotes, k)) {
			bs = append(bs, extent{start, k})
			start = k + 1
		}
		lineStart = k + 1
	}
	return append(bs, extent{start, len(p)})
}

// separateLines reports whether the break between lines a and b separates
// two units rather than wrapping a sentence.
func separateLines(a, b string, widest int, heads *headlines) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case a == "" || b == "" || heads.repeats(a):
		return true // a headline is a unit however short
	case startsListItem(a, b):
		return true // each item of a list is its own
	case unicode.IsLower(firstRune(b)):
		return false // wrapped mid-sentence
	case matchesAny(captionRules, b) || matchesAny(boilerplateRules, b):
		return true // so is a credit or a sign-off line
	case strings.ContainsAny(lastRune(a), ",;-–—("):
		return false
	}
	// A wrapping editor moves a word to the next line only when it does not
	// fit; if b's first word would have fitted on a, the break was chosen.
	return utf8.RuneCountInString(a)+1+utf8.RuneCountInString(b[:wordEnd(b, 0)]) <= widest
}

// startsListItem reports whether line b opens an item of a list: it begins
// with a bullet ("• Shares rose 0.9%"), or with a dash, a star or a number
// that line a, the item before, begins with too ("- one" / "- two", "1."
// / "2."): a dash alone may open a wrapped line of prose.
func startsListItem(a, b string) bool {
	mb := listMarker(b)
	switch {
	case mb == "":
		return false
	case strings.ContainsAny(mb, "•◦▪▫‣⁃●○■□►▶✓✔"):
		return true
	}
	ma := listMarker(a)
	return ma != "" && (ma == mb || isOrdinalMarker(ma) && isOrdinalMarker(mb))
}

// listMarker returns the marker line s begins with and the space after
// it: a bullet, a dash or star, or a number with "." or ")"; or "".
func listMarker(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune("•◦▪▫‣⁃●○■□►▶✓✔-*–", r):
	case '0' <= r && r <= '9':
		n = 0
		for n < len(s) && n < 3 && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		if n == len(s) || s[n] != '.' && s[n] != ')' {
			return ""
		}
		n++
	default:
		return ""
	}
	if n < len(s) && s[n] == ' ' {
		return s[:n]
	}
	return ""
}

// isOrdinalMarker reports whether a list marker is a number: "1.", "2)".
func isOrdinalMarker(m string) bool { return m[0] >= '0' && m[0] <= '9' }

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// tailedQuotes returns the spans of p, from opening to just past closing
// mark, of quotations followed by their attribution: `"...," she said`,
// `"Why now?" he asked`. Apostrophes are not quotation marks: a closing
// single quote must follow punctuation.
func (sc *scratch) tailedQuotes(p string) []extent {
	qs := sc.quotes[:0]
	open := &sc.stacks
	open[0], open[1] = open[0][:0], open[1][:0]
	prev := ' ' // the start of p counts as white space
	// ink is the last character before r that is neither white space nor
	// a quotation mark, and gapped whether white space came after it: text
	// tokenized word by word spaces its marks (`“ See that? ” said Lind`,
	// `'Why not? '" Marlow said`), and there the punctuation the quotation
	// ends on, not the space, tells whether it closes and goes on.
	ink, gapped := ' ', false
	for i, n := 0, 0; i < len(p); i += n {
		var r rune
		r, n = utf8.DecodeRuneInString(p[i:])
		if !isQuoteMark(r) { // most characters: only prev, ink and gapped move
			prev = r
			if unicode.IsSpace(r) {
				gapped = true
			} else {
				ink, gapped = r, false
			}
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[i+n:])
		spaced := unicode.IsSpace(prev) && (next == utf8.RuneError || unicode.IsSpace(next) || isQuoteMark(next))
		last := prev
		if gapped {
			last = ink
		}
		family, opens, closes := 0, false, false
		switch r {
		case '“':
			opens = true
		case '”':
			closes = true
		case '"':
			opens = unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
			if spaced && len(open[0]) > 0 {
				opens = false // a mark standing apart closes the quotation open
			}
			closes = !opens
		case '‘', '\'', '’':
			family = 1
			opens = r != '’' && unicode.IsSpace(prev) && unicode.IsLetter(next)
			closes = !opens && r != '‘' && strings.ContainsRune(",.?!", last) && !unicode.IsLetter(next)
		}
		switch {
		case opens:
			open[family] = append(open[family], i)
		case closes && len(open[family]) > 0:
			o := open[family][len(open[family])-1]
			open[family] = open[family][:len(open[family])-1]
			if hasTail(last, p[i+n:]) {
				qs = append(qs, extent{o, i + n})
			}
		}
		prev = r // a mark is neither white space nor ink
	}
	return mergeQuotes(qs)
}

// quoteMarks are the marks that open or close a quotation.
const quoteMarks = "\"'“”‘’"

// isQuoteMark reports whether r is one of quoteMarks, by a switch: the
// quotation scan asks it of every character.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’':
		return true
	}
	return false
}

// hasTail reports whether a quotation whose last character is last and
// which is followed by after goes on into the same sentence.
func hasTail(last rune, after string) bool {
	if last == ',' || strings.HasPrefix(after, ",") {
		return true // `"We lost," she said`, `"We lost", she said`
	}
	after = strings.TrimLeftFunc(after, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(after)
	if !strings.ContainsRune(".?!", last) {
		return false
	}
	return unicode.IsLower(r) || namedAttribution(after) // `"Why now?" he asked`, `"Why now?" Judge Hale asked.`
}

// namedAttribution reports whether s opens with a speaker named in
// capitalised words and a verb of speech that ends its clause: "Judge
// Hale asked.", "Mr. Ruiz said, frowning". After a quotation
// ending in a question mark or a full stop, such a tail says who spoke
// the words (`“Why now?” Judge Hale asked.`) and is no sentence of its
// own; "Hale asked the court to wait." goes on past the verb, and is one,
// and "Hale added, “…”" opens the next quotation.
func namedAttribution(s string) bool {
	ws := strings.Fields(s[:min(len(s), 120)])
	for i, w := range ws[:min(len(ws), 5)] {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if strings.HasSuffix(w, ".") && !titles[abbrev(w)] {
				return false // "Hale." ends a sentence of its own
			}
			continue
		}
		verb := strings.TrimRight(w, ".,")
		if i == 0 || len(verb) == len(w) || !reportVerbs[verb] && !tailVerbs[verb] {
			return false
		}
		if strings.HasSuffix(w, ",") && (i+1 == len(ws) || strings.HasPrefix(ws[i+1], "\"") || strings.HasPrefix(ws[i+1], "“")) {
			return false // "He added, “…”" introduces the next quotation
		}
		return true
	}
	return false
}

// tailVerbs are verbs of speech that close a quotation's attribution
// beside reportVerbs, which also open a reporting clause.
var tailVerbs = setOf("continued", "wondered", "shouted", "responded", "answered", "quipped", "joked")

// mergeQuotes sorts qs and merges overlapping quotations, so inQuote can
// search them: a paragraph may hold thousands.
func mergeQuotes(qs []extent) []extent {
	slices.SortFunc(qs, func(a, b extent) int { return a.start - b.start })
	out := qs[:0]
	for _, q := range qs {
		if n := len(out); n > 0 && q.start < out[n-1].end {
			out[n-1].end = max(out[n-1].end, q.end)
			continue
		}
		out = append(out, q)
	}
	return out
}

// inQuote reports whether position pos lies inside one of qs, sorted and
// disjoint (just after a closing mark counts).
func inQuote(qs []extent, pos int) bool {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].start >= pos }) // first starting at or after pos
	return i > 0 && pos <= qs[i-1].end
}
