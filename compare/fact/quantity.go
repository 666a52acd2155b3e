package fact

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Quantities returns the figures in text in order of position: money,
// percentages, percentage points, counts, clock times, dates and bare
// numbers. published anchors relative dates ("Monday", "last month"); when
// it is the zero time they get Unit "relative" and no value.
func Quantities(text string, published time.Time) []Mention {
	return quantities(text, tokenize(text), published)
}

// Scan returns what Quantities and Names return for text, tokenizing it
// once: both only read the tokens. Its lengths of time also carry the
// person they are told of (Mention.By; see lengthHolders), and a figure
// set off after a person's name is that person's age (appositiveAges).
func Scan(text string, published time.Time) ([]Mention, []Mention) {
	toks := tokenize(text)
	qs, ns := quantities(text, toks, published), names(text, toks)
	lengthHolders(text, qs, ns)
	appositiveAges(text, qs, ns)
	return qs, ns
}

func quantities(text string, toks []token, published time.Time) []Mention {
	p := qparser{text: text, toks: toks, pub: published}
	for i := 0; i < len(p.toks); {
		if next := p.at(i); next > i {
			i = next
		} else {
			i++
		}
	}
	partOfWhole(text, p.out)
	comparedTo(text, p.out)
	conversions(text, p.out)
	itemPrices(text, p.out)
	bearings(text, p.out)
	return temperatures(text, p.out)
}

// outOf reports whether "out of" starts at k ("three out of 12"): "out"
// is no noun the figure counts.
func (p *qparser) outOf(k int) bool {
	return k+1 < len(p.toks) && p.toks[k].kind == tokWord && strings.EqualFold(p.word(k), "out") &&
		strings.EqualFold(p.word(k+1), "of")
}

// partOfWhole gives a bare number the noun of the count after it in "X of
// Y Ns" ("landing 178 of 369 punches thrown", "three out of the 12
// jurors"): X counts the same things as Y, a part of them. Left bare, X
// was no figure of punches, and an outlet's "landed 178 punches" met only
// the 369, which counts the punches thrown: a false conflict.
func partOfWhole(text string, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, y := &ms[i], ms[i+1]
		if m.Kind != "number" || m.Unit != "" || y.Kind != "count" || y.Unit == "" || m.End > y.Start {
			continue
		}
		switch strings.ToLower(strings.Join(strings.Fields(text[m.End:y.Start]), " ")) {
		case "of", "of the", "out of", "out of the", "of their", "of his", "of her", "of its":
			m.Kind, m.Unit = "count", y.Unit
		}
	}
}

// qparser holds one run of Quantities: the tokens, the anchor date, and the
// mentions found so far. Parsing methods take a token index and return the
// index after what they read, or their start index when nothing matched.
type qparser struct {
	text string
	toks []token
	pub  time.Time
	out  []Mention
}

func (p *qparser) word(k int) string {
	t := &p.toks[k]
	return p.text[t.start:t.stem]
}

// char returns the rune of a punctuation token, or 0.
func (p *qparser) char(k int) rune {
	t := &p.toks[k]
	if t.kind != tokPunct {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p.text[t.start:t.end])
	return r
}

func (p *qparser) at(i int) int {
	if p.toks[i].kind == tokWord {
		if next := p.dateWord(i); next > i {
			return next
		}
		if next := p.unitLong(i); next > i {
			return next
		}
	}
	hx, j := p.hedge(i)
	if hx >= 0 && p.topicAbout(i, hx) {
		return i // the figure after it is read unhedged from the next token
	}
	return p.quantity(i, j, hx)
}

// hedge matches the longest hedge phrase at i. It returns the phrase's index
// in hedgePhrases (or -1) and the index after it.
func (p *qparser) hedge(i int) (int, int) {
	t := &p.toks[i]
	if !t.is(lxHedge) {
		return -1, i
	}
	best, next := -1, i
	for n, words := range t.lex().hedges {
		k := i
		for _, w := range words {
			if k >= len(p.toks) || p.toks[k].kind != tokWord || (k > i && p.toks[k].gap == gapNone) ||
				!strings.EqualFold(p.word(k), w) {
				k = -1
				break
			}
			k++
		}
		if k > next {
			best, next = t.lex().hedgeIx[n], k
		}
	}
	return best, next
}

// quantity reads a figure at j, hedged by phrase hx when hx >= 0 (the hedge
// starts at start), and classifies it by what surrounds it.
func (p *qparser) quantity(start, j, hx int) int {
	h, phrase := hedgeNone, ""
	if hx >= 0 {
		h, phrase = hedgePhrases[hx].h, hedgePhrases[hx].phrase
	}
	code, k := p.currencyPrefix(j)
	if code == "" && hx < 0 {
		if next := p.tally(start, j); next > 0 {
			return next
		}
	}
	f, ok := p.number(k, code != "")
	if !ok {
		return start
	}
	if g, ok := p.orRange(f, code != ""); ok {
		f = g
	}
	if f.v == 0 && h == hedgeLess {
		// "below zero", "less than zero": a value under zero, unbounded
		// below; the hedge's floor at zero made it a point at 0. It is
		// no figure alone; a temperature reads it after its figure ("15
		// below zero").
		return f.next
	}
	q := hedged{start: start, f: f, h: h, phrase: phrase}
	switch {
	case code != "":
		return p.emitFigure(q, "money", code, f.next, 1)
	case f.fraction:
		return p.emitFigure(q, "percent", "%", f.next, 1)
	}
	if p.dimension(f) {
		return f.next // "a 4×4 car", "2x4 boards": a size or a drive, no count
	}
	if hx < 0 && p.lawNumber(f) {
		return f.next // "Senate Bill 1062", "Proposition 8": a law's number, no year and no figure
	}
	if p.addressBlock(f, "block", f.next+1) {
		// "the 12000 block of East 223rd Street": a place, no count of
		// blocks; and before the years, "the 1900 block of Elm Street"
		// is no year 1900.
		return f.next + 1
	}
	if next := p.clock(q); next > 0 {
		return next
	}
	if next := p.yearNoun(q); next > 0 {
		return next
	}
	if next := p.wordDecade(f); next > 0 {
		return next // "the nineteen fifties": a decade, no count of fifties
	}
	if next := p.suffixUnit(q); next > 0 {
		return next
	}
	if f.weak {
		return start
	}
	if next := p.namedAge(q); next > 0 {
		return next
	}
	if hx < 0 && p.nameNumber(f) {
		return f.next // "Route 66", "the No. 2 Democrat": a name's number, no figure
	}
	if p.outOf(f.next) {
		return p.emitFigure(q, "number", "", f.next, 1) // a part: see partOfWhole
	}
	if unit, next, other := p.headNoun(f.next); next > 0 {
		if next == f.next+1 && p.toks[f.next].gap == gapNone && f.digits && measure(unit) == "" {
			return next // a name with a number in it ("the 76ers", "49ers"), no count of "ers"
		}
		unit, next = p.perHour(unit, next)
		n := p.emitFigure(q, "count", unit, next, 1)
		if len(p.out) > 0 {
			m := &p.out[len(p.out)-1]
			m.Other = other
			m.Of = p.populationOf(q.start)
			m.Fate = p.fateOf(q.start, next)
			m.Also = p.andNoun(next)
			m.Compared = p.comparedCount(q.start, next)
			m.Rate = p.rateOf(q.start, next)
			m.Missed = p.missedCount(q.start)
		}
		return n
	}
	return p.emitFigure(q, "number", "", f.next, 1)
}

// populationOf returns the place whose size a count starting at token k
// gives ("a town of about 15,000 people", "the city of 2 million"; "home"
// for "home to 120,000 people"), or "":
// its people are not those a story counts as killed, hurt or moved.
func (p *qparser) populationOf(k int) string {
	if k < 2 || p.toks[k-1].kind != tokWord || p.toks[k-2].kind != tokWord {
		return ""
	}
	if strings.EqualFold(p.word(k-1), "to") && strings.EqualFold(p.word(k-2), "home") {
		return "home" // "Qeshm island, home to 120,000 people"
	}
	if !strings.EqualFold(p.word(k-1), "of") {
		return ""
	}
	w := strings.ToLower(p.word(k - 2))
	switch w {
	case "town", "city", "village", "country", "nation", "county", "state", "island", "region", "province",
		"district", "community", "suburb", "municipality", "metropolis", "population":
		return w
	}
	return ""
}

// hedged is a figure with its hedge.
type hedged struct {
	start  int // first token, the hedge's when there is one
	f      figure
	h      hedge
	phrase string
}

// suffixUnit classifies a figure by the words after it: percent, points,
// currency, a date, a year, an adjectival unit or a time unit. It returns 0
// when none applies.
func (p *qparser) suffixUnit(q hedged) int {
	f, k := q.f, q.f.next
	n := len(p.toks)
	if k < n && !f.weak && f.tail == "" {
		t := &p.toks[k]
		switch {
		case p.char(k) == '%' || t.is(lxPercent):
			return p.emitFigure(q, "percent", "%", k+1, 1)
		case k+1 < n && strings.EqualFold(p.word(k), "per") && strings.EqualFold(p.word(k+1), "cent"):
			return p.emitFigure(q, "percent", "%", k+2, 1)
		case k+1 < n && strings.EqualFold(p.word(k), "percentage") && isPoints(p.word(k+1)):
			return p.emitFigure(q, "points", "pp", k+2, 1)
		case k+1 < n && strings.EqualFold(p.word(k), "basis") && isPoints(p.word(k+1)):
			return p.emitFigure(q, "points", "pp", k+2, 0.01)
		case strings.EqualFold(p.word(k), "bps") || strings.EqualFold(p.word(k), "bp"):
			return p.emitFigure(q, "points", "pp", k+1, 0.01)
		}
		if code, next := p.currencySuffix(k); code != "" {
			return p.emitFigure(q, "money", code, next, 1)
		}
		if p.poundsOfMoney(q.start, k) {
			return p.emitFigure(q, "money", "GBP", k+1, 1)
		}
		if next := p.dayMonth(f); next > 0 {
			return next
		}
	}
	if f.decade || f.year && !p.pluralNext(k) {
		return p.yearDate(f)
	}
	if e := lookup(f.tail); f.tail != "" && e != nil && e.cls&lxCurrency != 0 {
		return p.emitFigure(q, "money", e.canon, f.next, 1) // "a 5-million-dollar settlement"
	}
	if f.tail != "" {
		n := len(p.out)
		next := p.emitFigure(q, "count", f.tail, f.next, 1)
		if len(p.out) > n && p.isAgeWord(f.next-1) {
			p.out[n].Of = p.ageHolder(f.next)
		}
		if len(p.out) > n && !measuresTime(f.tail) {
			p.out[n].Attributive = true
		}
		return next
	}
	if k < n && p.toks[k].is(lxTimeUnit) {
		return p.duration(q, k)
	}
	return 0
}

func isPoints(w string) bool {
	return strings.EqualFold(w, "points") || strings.EqualFold(w, "point") || strings.EqualFold(w, "pts")
}

// duration reads a figure followed by a time unit at k: "three weeks ago" is
// a date, "less than three weeks after" an offset, "40 minutes" a count.
func (p *qparser) duration(q hedged, k int) int {
	u := p.toks[k].lex()
	d := k + 1
	if d >= len(p.toks) || !p.toks[d].is(lxDirection) || p.lasting(q.start) {
		return p.emitFigure(q, "count", u.canon, k+1, 1)
	}
	f := q.f
	lo, hi := widen(f.v, f.u, f.lo, f.hi, q.h, 0.1*f.v, 0.5*f.v)
	v, lo, hi := f.v*u.num, lo*u.num, hi*u.num
	m := p.mention(q.start, d+1, "date", q.phrase)
	switch dir := p.toks[d].lex().num; {
	case dir == 0 && p.pub.IsZero():
		m.Unit = "relative"
	case dir == 0: // ago
		day := unixDay(p.pub)
		m.Unit = "day"
		m.Value, m.Low, m.High = math.Floor(day-v), math.Floor(day-hi), math.Floor(day-lo)
	default:
		m.Unit = "offset"
		m.Value, m.Low, m.High = v, lo, hi
		if dir < 0 {
			m.Value, m.Low, m.High = -v, -hi, -lo
		}
	}
	return p.emit(m, d+1)
}

// emitFigure adds a mention for figure q with the given kind and unit,
// ending before token next; scale converts the figure (basis points).
func (p *qparser) emitFigure(q hedged, kind, unit string, next int, scale float64) int {
	f := q.f
	lo, hi := widen(f.v, f.u, f.lo, f.hi, q.h, 0.1*f.v, 0.5*f.v)
	m := p.mention(q.start, next, kind, q.phrase)
	m.Unit = unit
	m.Value, m.Low, m.High = f.v*scale, lo*scale, hi*scale
	return p.emit(m, next)
}

// mention starts a Mention covering tokens [first, next).
func (p *qparser) mention(first, next int, kind, hedge string) Mention {
	s, e := p.toks[first].start, p.toks[next-1].end
	return Mention{Start: s, End: e, Text: p.text[s:e], Kind: kind, Hedge: hedge}
}

// emit appends m unless a value is not finite, and returns next. It keeps
// Low <= Value <= High whatever rounding did.
func (p *qparser) emit(m Mention, next int) int {
	for _, x := range []float64{m.Value, m.Low, m.High} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return next
		}
	}
	m.Value, m.Low, m.High = tidy(m.Value), tidy(m.Low), tidy(m.High)
	if m.Low > m.High {
		m.Low, m.High = m.High, m.Low
	}
	m.Value = min(max(m.Value, m.Low), m.High)
	p.out = append(p.out, m)
	return next
}

// tidy rounds x to 12 significant digits, so that 94.74+0.005 reads 94.745
// and intervals computed two ways compare equal.
func tidy(x float64) float64 {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return x
	}
	var buf [32]byte
	y, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], x, 'g', 12, 64)), 64)
	if err != nil {
		return x
	}
	return y
}
