package fact

import "strings"

// A number can be part of a name rather than a figure: "Title 9", "Route
// 66", "the Apollo 11 mission", "Interstate 75", "Fortune 500 companies",
// "the No. 2 Democrat", "a post-Sept. 11 law". Read as counts, "Title 9
// cases" was nine cases and "post-Sept. 11 laws" eleven laws, which any
// outlet's count of cases or laws could contradict; read as bare numbers,
// a rank label ("No. 2") met other outlets' figures as one.

// nameNumber reports whether the figure f names something with the word
// before it: a capitalised common noun of a numbered series ("Route",
// "Title", "Week", "Flight") or a short acronym ("AK 47", "SB 1062")
// directly before a whole number; "No." before a number; or a month in a
// hyphenated word ("post-Sept. 11"). A name of people before the number
// ("gives Congress 60 days"), a sentence's first word ("Overall 12
// people") and a decimal ("Iguodala 14.9 points") leave it a figure.
func (p *qparser) nameNumber(f figure) bool {
	if !p.bareWholeNumber(f) {
		return false
	}
	k := f.first
	if p.numeroSign(k-1) || p.hyphenedMonth(k-1) {
		return true
	}
	if f.year && f.v >= yearNounLow || p.titleCase(k-1, f.next) {
		return false
	}
	return p.seriesWord(k-1, true) || p.seriesWord(k-1, false) && p.singularAfter(f.next)
}

// bareWholeNumber reports whether f is a whole number in digits, one
// token without a dot or comma, after another token and a space: the
// number a name can end in (nameNumber, lawNumber).
func (p *qparser) bareWholeNumber(f figure) bool {
	k := f.first
	return f.digits && k > 0 && f.next == k+1 && p.toks[k].gap == gapSpace &&
		!strings.ContainsAny(p.text[p.toks[k].start:p.toks[k].end], ".,")
}

// titleCase reports whether the words either side of a number, the one at
// k before it and the one at next after it, stand in a run of capitalised
// words, as in a headline in title case ("Teen Shot 11 Times By Police"),
// where a capital says nothing of a name.
func (p *qparser) titleCase(k, next int) bool {
	capWord := func(i int) bool {
		return i >= 0 && i < len(p.toks) && p.toks[i].kind == tokWord && p.toks[i].cap && p.toks[i].gap != gapLine
	}
	return capWord(k-1) && capWord(next) && p.toks[k].gap != gapLine
}

// singularAfter reports whether token k is a lower-case singular noun
// that ends its phrase: after a whole number other than one, no count of
// it ("the Apollo 11 mission").
func (p *qparser) singularAfter(k int) bool {
	return k < len(p.toks) && p.nounEndsAt(k) && !plural(p.word(k))
}

// numeroSign reports whether token k is "No." or "Nos." (the numero sign
// of "No. 2", "Nos. 3 and 4"), or the dot that ends it.
func (p *qparser) numeroSign(k int) bool {
	if p.char(k) == '.' && k > 0 && p.toks[k].gap == gapNone {
		k--
	}
	if p.toks[k].kind != tokWord || !p.toks[k].cap || !strings.HasSuffix(p.text[p.toks[k].start:p.toks[k+1].end], ".") {
		return false
	}
	w := strings.TrimSuffix(p.text[p.toks[k].start:p.toks[k].end], ".")
	return w == "No" || w == "Nos"
}

// hyphenedMonth reports whether token k (or the word before its dot) is a
// hyphenated word that ends in a month's name: "post-Sept.", "pre-July".
func (p *qparser) hyphenedMonth(k int) bool {
	if p.char(k) == '.' && k > 0 && p.toks[k].gap == gapNone {
		k--
	}
	if p.toks[k].kind != tokWord {
		return false
	}
	w := strings.TrimSuffix(p.word(k), ".")
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	e := lookup(w[i+1:])
	return e != nil && e.cls&lxMonth != 0 && w[i+1] >= 'A' && w[i+1] <= 'Z'
}

// seriesWord reports whether token k is a capitalised word that numbers a
// series: a common noun (or, unless known is set, any word) mid-sentence,
// or an acronym of two letters, after
// a function word, a name or punctuation. After a verb or another noun,
// the capitalised word is the verb's object and the number a figure of its
// own ("gives Congress 60 days"); a sentence's first word is capitalised
// whatever it is ("Overall 12 people").
func (p *qparser) seriesWord(k int, known bool) bool {
	t := &p.toks[k]
	if t.kind != tokWord || !t.cap || t.gap == gapLine || t.stem != t.end || p.sentenceStart(k) ||
		t.is(lxStop|lxMonth|lxWeekday|lxRelDay|lxHedge|lxNumber|lxTitle|lxArticle|lxCurrencyCode) {
		return false
	}
	if b := &p.toks[k-1]; b.kind == tokWord && !b.cap && !b.is(lxStop) {
		return false
	}
	w := p.text[t.start:t.end]
	if t.acro {
		return len(w) == 2
	}
	_, _, ok := lookupNounClass(strings.ToLower(w))
	return ok || !known
}

// dimension reports whether the figure f is one side of a size or a drive
// written with "×" or "x" between numbers: "a 4×4 car", "2x4 boards".
// Read alone, "4×4 car" was a count of four cars, against another
// outlet's "two cars".
func (p *qparser) dimension(f figure) bool {
	times := func(k int) bool {
		if k <= 0 || k+1 >= len(p.toks) || p.toks[k].gap != gapNone || p.toks[k+1].gap != gapNone ||
			p.toks[k-1].kind != tokNum || p.toks[k+1].kind != tokNum {
			return false
		}
		w := p.text[p.toks[k].start:p.toks[k].end]
		return w == "×" || w == "x" || w == "X"
	}
	return times(f.next) || times(f.first-1)
}

// addressBlock reports whether the figure f and its noun, ending before
// token next, number a stretch of a street: "the 12000 block of East
// 223rd Street", "the 3400 block of Thorpe Street". A whole number of
// hundreds in digits, after "the", before a singular "block of" and a
// capitalised name: an address, no count of blocks ("about 10 blocks
// away" still is one).
func (p *qparser) addressBlock(f figure, unit string, next int) bool {
	if unit != "block" || !f.digits || f.v < 100 || int(f.v)%100 != 0 || f.v != float64(int(f.v)) ||
		f.first == 0 || !strings.EqualFold(p.word(f.first-1), "the") || next != f.next+1 || f.next >= len(p.toks) ||
		!strings.EqualFold(p.word(f.next), "block") || next+1 >= len(p.toks) || !strings.EqualFold(p.word(next), "of") {
		return false
	}
	t := &p.toks[next+1]
	return t.gap != gapLine && (t.cap || t.kind == tokNum)
}

// decadeTens holds the plural tens that name a decade after a century
// written in words: "nineteen fifties".
var decadeTens = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// wordDecade reads a decade written in words, a century's number from
// ten to twenty and a plural of tens ("the nineteen fifties", "eighteen
// nineties"), as the decade's date, and returns the token after it, or 0.
// Read as a count, "nineteen fifties" was 19 "fifty".
func (p *qparser) wordDecade(f figure) int {
	k := f.next
	if f.digits || f.v < 10 || f.v > 20 || f.v != float64(int(f.v)) || k >= len(p.toks) ||
		p.toks[k].kind != tokWord || p.toks[k].gap != gapSpace {
		return 0
	}
	tens, ok := decadeTens[strings.ToLower(p.word(k))]
	if !ok {
		return 0
	}
	return p.yearDate(figure{first: f.first, next: k + 1, v: f.v*100 + float64(tens), decade: true})
}
