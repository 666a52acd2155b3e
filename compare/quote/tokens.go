package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or one punctuation rune of the text. Word tokens keep
// their inner apostrophes, hyphens and abbreviation dots ("Alibaba's",
// "e-commerce", "U.S.", "Sen."), so a period that stands alone ends a
// sentence.
type token struct {
	s, e   int
	lo, le int32 // a word's lower-case form in doc.low
	word   bool
	upper  bool // a word beginning with an upper-case letter
	quoted bool // inside a quotation's marks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	// A combining mark belongs to its letter: "José" written decomposed.
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether r may sit inside a word when a word rune follows.
// Latin-1 symbols and C1 controls join too: text decoded twice over
// ("FranÃ\u0083Â§ois" for "François") keeps its names whole.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '.', '&':
		return true
	}
	return r >= 0x80 && r <= 0xBF && r != 0xA0 && r != '«' && r != '»' // not a no-break space or a quotation mark
}

func tokenize(text string) ([]token, string) {
	toks := make([]token, 0, len(text)/5+8)
	low := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if r == ' ' || r == '\n' || r >= utf8.RuneSelf && unicode.IsSpace(r) || r == '\t' || r == '\r' {
			i += n
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{s: i, e: i + n, lo: int32(len(low)), le: int32(len(low))})
			i += n
			continue
		}
		j, prev := i+n, r
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j, prev = j+n2, r2
				continue
			}
			if j+n2 < len(text) && (isJoiner(r2) || r2 == ',' && unicode.IsDigit(prev)) {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if isWordRune(r3) && (r2 != ',' || unicode.IsDigit(r3)) {
					j, prev = j+n2, r2
					continue
				}
			}
			break
		}
		if j < len(text) && text[j] == '.' && keepsDot(text[i:j]) {
			j++
		} else if j < len(text) && text[j] == '!' && bangName(text[i:j]) && nameGoesOn(text[j+1:]) {
			j++ // "told E! News": the mark is the name's
		}
		lo := int32(len(low))
		low = appendLower(low, text[i:j])
		toks = append(toks, token{s: i, e: j, lo: lo, le: int32(len(low)), word: true, upper: unicode.IsUpper(r)})
		i = j
	}
	// One string holds every word in lower case, so looking words up in
	// the lexicon allocates nothing.
	return toks, string(low)
}

// appendLower appends w in lower case, with ’ made ', to b.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case r == '’':
			b = append(b, '\'')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// keepsDot reports whether a period after w belongs to it: an initial, a
// dotted abbreviation, or a short title or state abbreviation.
func keepsDot(w string) bool {
	if strings.IndexByte(w, '.') >= 0 {
		return true
	}
	if i := strings.LastIndexAny(w, "-‐"); i >= 0 {
		w = w[i+1:] // "R-Fla."
		if _, n := utf8.DecodeRuneInString(w); n < len(w) || w == "" {
			return w != "" && abbreviations.has(w)
		}
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return n == len(w) || abbreviations.has(w)
}

// bangName reports whether w is the name of an outlet or show written
// with an exclamation mark ("E! News", "Yahoo! Finance").
func bangName(w string) bool {
	switch w {
	case "E", "Yahoo", "Jeopardy":
		return true
	}
	return false
}

// nameGoesOn reports whether the text after a bang name continues its
// sentence: a word follows on the line that is not one that opens a
// sentence ("Yahoo! The site said" ends one).
func nameGoesOn(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) })
	if end < 0 {
		end = len(rest)
	}
	if end == 0 {
		return strings.HasPrefix(rest, "-") // "E! -series"
	}
	w := rest[:end]
	return !capStops.has(lower(w)) && !pronouns.has(lower(w))
}

var abbreviations = listSet("abbreviations", "Mr Mrs Ms Dr Sen Rep Gov Gen St Jr Sr Lt Col Sgt Capt Const Prof Rev Del Atty Adm Inc Co Corp Ltd "+
	"Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Mt Ft Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Ky La Md Mass "+
	"Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo")

func set(words string) map[string]bool {
	fields := strings.Fields(words)
	m := make(map[string]bool, len(fields)) // sized once: no rehashing at every start
	for _, w := range fields {
		m[w] = true
	}
	return m
}

// lower returns s in lower case with curly apostrophes made straight,
// without allocating when s is already plain lower-case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
	}
	return s
}

// word returns token i in lower case ("" for punctuation).
func (d *doc) word(i int) string {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word {
		return ""
	}
	return d.low[d.toks[i].lo:d.toks[i].le]
}

// punct returns token i's text when it is punctuation ("" for a word).
func (d *doc) punct(i int) string {
	if i < 0 || i >= len(d.toks) || d.toks[i].word {
		return ""
	}
	return d.text[d.toks[i].s:d.toks[i].e]
}

// tokAt returns the index of the first token that starts at or after pos.
func (d *doc) tokAt(pos int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].s >= pos })
}

// sentenceSpans splits text crudely where none were given: after . ! ? (and
// any closing marks) when a capital, a digit or an opening mark follows, and
// at every paragraph end.
func (d *doc) sentenceSpans() []Span {
	var out []Span
	for _, p := range d.paras {
		start := p.Start
		lo, hi := d.tokAt(p.Start), d.tokAt(p.End)
		for i := lo; i < hi; i++ {
			switch d.punct(i) {
			case ".", "!", "?", "…":
			default:
				continue
			}
			if d.numberDot(i) {
				continue // "Juror No. 8"
			}
			j := i + 1
			for j < hi && isCloser(d.punct(j)) {
				j++
			}
			if j >= hi {
				break
			}
			t := d.toks[j]
			r, _ := utf8.DecodeRuneInString(d.text[t.s:])
			if t.word && (t.upper || unicode.IsDigit(r)) || isOpener(d.punct(j)) {
				out = append(out, Span{start, d.toks[j-1].e})
				start = t.s
				i = j - 1
			}
		}
		out = append(out, Span{start, p.End})
	}
	return out
}

func isCloser(p string) bool {
	switch p {
	case "”", "\"", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(p string) bool {
	switch p {
	case "“", "\"", "‘", "(", "«", "„":
		return true
	}
	return false
}

// cleanSentences keeps the caller's sentence spans that are in range, in
// order and not overlapping.
func cleanSentences(text string, in []Span) []Span {
	out := make([]Span, 0, len(in))
	for _, s := range in {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	k := 0
	for _, s := range out {
		if k > 0 && s.Start < out[k-1].End {
			continue
		}
		out[k] = s
		k++
	}
	return out[:k]
}

// sentenceAt returns the sentence holding pos, or an empty span at pos.
func (d *doc) sentenceAt(pos int) Span {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > pos })
	if i < len(d.sents) && d.sents[i].Start <= pos {
		return d.sents[i]
	}
	return Span{pos, pos}
}

// paragraphs splits text at blank lines and trims each paragraph.
func paragraphs(text string) []Span {
	var out []Span
	add := func(s, e int) {
		s, e = trimSpan(text, s, e)
		if s < e {
			out = append(out, Span{s, e})
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			add(start, i)
			start, i = j, j
		}
	}
	add(start, len(text))
	return out
}

// trimSpan narrows [s, e) to exclude surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// headlines returns the paragraphs written in title case: at least three
// capitalised words and (almost) no lower-case word other than short
// function words ("Black Lawmakers Rip Donald Trump").
func (d *doc) headlines() []Span {
	var out []Span
	for _, p := range d.paras {
		caps, plain := 0, 0
		for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End && caps < 40; i++ {
			switch t := d.toks[i]; {
			case !t.word || titleGlue.has(d.word(i)):
			case t.upper:
				caps++
			default:
				plain++
			}
		}
		if caps >= 3 && caps < 40 && plain*10 <= caps {
			out = append(out, p)
		}
	}
	return out
}

// ContainsWord reports whether w occurs in text as a word of its own, not
// inside a longer word ("Obama" is not in "ObamaCare").
func ContainsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = e
	}
}
