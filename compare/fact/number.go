package fact

import "strings"

// figure is a number as written, before its unit is known.
type figure struct {
	first, next int     // token range
	v, u        float64 // value and rounding unit
	lo, hi      float64 // interval before hedging
	digits      bool    // written with digits
	year        bool    // a bare four-digit whole number between 1000 and 2100
	decade      bool    // "1990s"
	fraction    bool    // "half of", "two-thirds of": v is a percentage
	weak        bool    // a lone "one" or "a": a figure only before a time unit
	tail        string  // the unit of a hyphenated tail: "minute" in "40-minute"
}

// number reads a figure at token i: digits with an optional multiplier or
// range ("1.2bn", "15 billion", "10-12"), number words ("one million", "a
// dozen"), a vague amount ("a few", "hundreds of") or a fraction ("half of").
func (p *qparser) number(i int, afterCurrency bool) (figure, bool) {
	if i >= len(p.toks) {
		return figure{}, false
	}
	t := &p.toks[i]
	if t.kind == tokNum {
		return p.digitFigure(i, afterCurrency)
	}
	if t.kind != tokWord || afterCurrency && !t.is(lxNumber|lxArticle) {
		return figure{}, false
	}
	switch {
	case t.is(lxVague | lxPluralMult):
		return p.vague(i, i)
	case t.is(lxFraction) && strings.EqualFold(p.word(i), "half"):
		return p.fraction(i, i, 1)
	case t.is(lxFraction) && strings.Contains(p.word(i), "-"):
		return p.fraction(i, i, 1) // "two-thirds"
	case t.is(lxNumerator) && i+1 < len(p.toks) && p.toks[i+1].is(lxFraction):
		n := 1.0
		if t.is(lxNumber) {
			n = t.lex().num
		}
		return p.fraction(i, i+1, n) // "a third", "two thirds"
	case t.is(lxArticle):
		return p.article(i)
	case t.is(lxNumber|lxDozen) || t.head() != nil && t.head().cls&lxNumber != 0:
		return p.wordFigure(i, i, 0)
	}
	return figure{}, false
}

// glued reports whether the number at i belongs to something else: a code
// ("G20", "COVID-19"), a date or ratio ("1/5", "24/7"), a version ("1.2.3").
func (p *qparser) glued(i int) bool {
	prev := func(k int) *token {
		if k < 0 || p.toks[k+1].gap != gapNone {
			return nil
		}
		return &p.toks[k]
	}
	if b := prev(i - 1); b != nil {
		if b.kind == tokWord {
			return true
		}
		if c := p.char(i - 1); c == '/' || c == '.' || c == ':' || c == '-' {
			a := prev(i - 2)
			if c == '/' || a != nil && !(a.kind == tokWord && strings.EqualFold(p.word(i-2), "mid")) {
				return true
			}
		}
	}
	if i+2 < len(p.toks) && p.toks[i+1].gap == gapNone && p.toks[i+2].gap == gapNone &&
		p.char(i+1) == '.' && p.toks[i+2].kind == tokNum {
		return true // "1.2.3"
	}
	return i+1 < len(p.toks) && p.toks[i+1].gap == gapNone && p.char(i+1) == '/'
}

// dialled reports whether the number at i is written as a code, not a
// figure: with a leading nought and three digits or more ("0800", "0300
// GMT", "BEY 0843"), or after such a number and spaces only, as the
// groups of a telephone number are ("0845 125 2222", "0800 555111"). Read
// as figures, every outlet's Crimestoppers number was a shared fact.
func (p *qparser) dialled(i int) bool {
	for k := i; k >= 0 && p.toks[k].kind == tokNum; k-- {
		if lit := p.text[p.toks[k].start:p.toks[k].end]; len(lit) >= 3 && lit[0] == '0' && isDigits(lit) {
			return true
		}
		if p.toks[k].gap != gapSpace || k == 0 {
			return false
		}
	}
	return false
}

// isDigits reports whether s is only the digits 0 to 9.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func (p *qparser) digitFigure(i int, afterCurrency bool) (figure, bool) {
	if !afterCurrency && (p.glued(i) || p.dialled(i)) {
		return figure{}, false
	}
	lit := p.text[p.toks[i].start:p.toks[i].end]
	v, dec, tz, ok := parseDigits(lit)
	if !ok {
		return figure{}, false
	}
	if f, ok := p.toRange(i, v, roundingUnit(v, dec, tz), afterCurrency); ok {
		return f, true
	}
	f := figure{first: i, next: i + 1, v: v, digits: true}
	f.year = len(lit) == 4 && v >= 1000 && v <= 2100
	lo, hi := v, v
	u := roundingUnit(v, dec, tz)
	// a range: "10-12", "10–12", "$140-$150 million"
	if k := i + 1; k+1 < len(p.toks) && p.toks[k].gap == gapNone && (p.char(k) == '-' || p.char(k) == '–') {
		e := p.secondSum(k+1, afterCurrency)
		if e < len(p.toks) && p.toks[e].kind == tokNum && (e > k+1 || p.toks[e].gap == gapNone) {
			v2, dec2, tz2, ok := parseDigits(p.text[p.toks[e].start:p.toks[e].end])
			if ok && v2 > v {
				u2 := roundingUnit(v2, dec2, tz2)
				lo, hi, f.v, f.next, f.year = v-u/2, v2+u2/2, (v+v2)/2, e+1, false
				u = max(u, u2)
			}
		}
	}
	mult := 1.0
	k := f.next
	if k+1 < len(p.toks) && p.toks[k].gap == gapNone && p.char(k) == '-' && p.toks[k+1].gap == gapNone &&
		p.toks[k+1].kind == tokWord && (p.toks[k+1].is(lxMultiplier) || p.toks[k+1].head() != nil && p.toks[k+1].head().cls&lxMultiplier != 0) {
		k++ // "a $5-million pool", "a 5-million-dollar pool": the multiplier is hyphenated to the figure
	}
	if k < len(p.toks) && p.toks[k].kind == tokWord {
		n := &p.toks[k]
		switch {
		case n.gap == gapNone && n.is(lxOrdinal) && f.next == i+1:
			return figure{}, false // "5th": dates read ordinals themselves
		case n.gap == gapNone && p.word(k) == "s" && f.year && int(v)%10 == 0:
			f.decade, f.next = true, k+1
		case !afterCurrency && f.next == i+1 && p.gluedMetres(i, k):
			// "fell about 600m": metres, read by headNoun
		case n.is(lxMultiplier|lxHundred) || n.gap == gapNone && n.is(lxAttachedMult):
			mult, f.next = n.lex().num, k+1
		case p.tradeMillion(k, afterCurrency):
			mult, f.next = 1e6, k+1
		case n.head() != nil && n.head().cls&lxMultiplier != 0:
			mult, f.next, f.tail = n.head().num, k+1, p.tail(k) // "million-strong"
		}
	}
	if mult != 1 {
		f.year = false
		if dec == 0 && lo == hi {
			u = pow10(tz) // trailing zeros of a big round figure are not significant
		}
	}
	if lo == hi {
		lo, hi = v-u/2, v+u/2
		if mult != 1 || v >= 1000 {
			lo = roundLow(v, u)
		}
	}
	f.v, f.u, f.lo, f.hi = f.v*mult, u*mult, lo*mult, hi*mult
	if f.tail == "" {
		p.hyphenTail(&f)
	}
	return f, true
}

// roundingUnit is the unit of the last significant digit of a literal.
func roundingUnit(v float64, decimals, trailingZeros int) float64 {
	switch {
	case decimals > 0:
		return 1 / pow10(decimals)
	case v >= 1000:
		return pow10(trailingZeros)
	}
	return 1
}

// roundLow is the least value that rounds to a round figure v of
// rounding unit u: v-u/2, except for one unit ("1 million", "$100,000",
// "1,000"), whose neighbour below is written with a digit more ("900,000",
// "950,000"): what rounds up to "1 million" starts at 950,000, not at
// 500,000, which a reporter writes "$500,000" or "half a million". Read
// as v-u/2, "$1 million" agreed roughly with "$500,000", a factor of two
// (audit r25).
func roundLow(v, u float64) float64 {
	if v == u {
		return v - u/20
	}
	return v - u/2
}

// hyphenTail reads the adjectival unit of "40-minute" or "300-strong".
func (p *qparser) hyphenTail(f *figure) {
	k := f.next
	if f.tail != "" || k+1 >= len(p.toks) || p.toks[k].gap != gapNone || p.char(k) != '-' ||
		p.toks[k+1].gap != gapNone || p.toks[k+1].kind != tokWord {
		return
	}
	if tail := p.tail(k + 1); tail != "of" {
		f.tail, f.next = tail, k+2 // not "1-of-16": a part, no count of "of"
	}
}

// tail returns the unit named by a hyphenated word at k: its first part, or
// the part after a multiplier ("million-strong").
func (p *qparser) tail(k int) string {
	t := &p.toks[k]
	w := p.text[t.start:t.stem]
	if t.head() != nil && t.head().cls&(lxNumber|lxMultiplier) != 0 {
		w = w[t.headEnd-t.start+1:] // "three-day", "million-strong"
	}
	if m, rest := p.tailMult(k); m != 0 {
		w = rest // "two-million-euro": the multiplier is the figure's (see tailMult)
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		if power := strings.ToLower(w[:i]); power == "square" || power == "cubic" {
			// "15,800-square-metre", "170,000-square-foot": an area in one
			// unit, not a count of "square"s to meet an area in another
			rest, _, _ := strings.Cut(w[i+1:], "-")
			return power + " " + singular(strings.ToLower(rest))
		}
		w = w[:i]
	}
	if strings.EqualFold(w, "strong") {
		return "member"
	}
	if e := lookup(w); e != nil && e.cls&lxTimeUnit != 0 {
		return e.canon
	}
	return singular(strings.ToLower(w))
}

// wordFigure reads number words from token i ("two hundred thousand",
// "twenty-five", "a dozen"); start is where the phrase began, cur a value
// already read (1 after "a").
func (p *qparser) wordFigure(start, i int, cur float64) (figure, bool) {
	total, words, dozen, lastTens := 0.0, 0, false, false
	f := figure{first: start}
	k := i
loop:
	for ; k < len(p.toks) && p.toks[k].kind == tokWord; k++ {
		t := &p.toks[k]
		e, hyphenated := t.lex(), false
		if e == nil && t.head() != nil && t.head().cls&(lxNumber|lxMultiplier) != 0 {
			e, hyphenated = t.head(), true // "three-day", "million-strong"
		}
		switch {
		case e == nil:
			break loop
		case e.cls&lxNumber != 0:
			if cur != 0 && !(lastTens && e.num < 10) && int(cur)%100 != 0 {
				break loop // "one two"
			}
			cur += e.num
			lastTens = e.num >= 20 && int(e.num)%10 == 0
		case e.cls&lxHundred != 0:
			cur = max(cur, 1) * 100
		case e.cls&lxMultiplier != 0 && cur != 0:
			total, cur = total+cur*e.num, 0
		case e.cls&lxDozen != 0:
			cur, dozen = max(cur, 1)*12, true
		case strings.EqualFold(p.word(k), "and") && words > 0 && k+1 < len(p.toks) &&
			p.toks[k+1].is(lxNumber) && (cur >= 100 || total > 0):
			continue // "one hundred and five"
		default:
			break loop
		}
		words++
		if hyphenated && e.cls&lxNumber != 0 && strings.EqualFold(p.tail(k), "dozen") {
			cur, dozen = cur*12, true // "two-dozen executive actions": 24 actions, no count of dozens
			k++
			break
		}
		if hyphenated {
			if m, _ := p.tailMult(k); m != 0 {
				total, cur = total+cur*m, 0
			}
			f.tail = p.tail(k)
			k++
			break
		}
	}
	if words == 0 {
		return figure{}, false
	}
	v := total + cur
	f.next, f.v = k, v
	f.u = 1
	if v >= 1000 && v < 1e15 {
		f.u = float64(trailingZeroUnit(uint64(v)))
	}
	f.lo, f.hi = v-f.u/2, v+f.u/2
	if v >= 1000 {
		f.lo = roundLow(v, f.u)
	}
	if dozen {
		f.u, f.lo, f.hi = v/3, v-v/6, v+v/6
	}
	f.weak = v == 1 && start == i && words == 1 // a lone "one"
	if f.tail == "" {
		p.hyphenTail(&f)
	}
	return f, true
}

// trailingZeroUnit returns the largest power of ten dividing n (n > 0).
func trailingZeroUnit(n uint64) uint64 {
	u := uint64(1)
	for n > 0 && n%10 == 0 {
		n /= 10
		u *= 10
	}
	return u
}

// article reads a figure that starts with "a"/"an": "a million", "a dozen",
// "a few", "a couple of", or "a week" before "ago"/"after".
func (p *qparser) article(i int) (figure, bool) {
	if i+1 >= len(p.toks) {
		return figure{}, false
	}
	n := &p.toks[i+1]
	switch {
	case n.is(lxHundred | lxMultiplier | lxDozen):
		return p.wordFigure(i, i+1, 1)
	case n.is(lxVague) && !n.is(lxPluralMult):
		return p.vague(i, i+1)
	case n.is(lxTimeUnit) && i+2 < len(p.toks) && p.toks[i+2].is(lxDirection):
		return figure{first: i, next: i + 1, v: 1, u: 1, lo: 0.5, hi: 1.5, weak: true}, true
	}
	return figure{}, false
}

// vague reads "a few", "several", "a couple of", "dozens of", "tens of
// thousands of". Plural multipliers need "of"; "of" is consumed.
func (p *qparser) vague(start, i int) (figure, bool) {
	e := p.toks[i].lex()
	of := func(k int) bool { return k < len(p.toks) && strings.EqualFold(p.word(k), "of") }
	f := figure{first: start, next: i + 1}
	if e.cls&lxPluralMult != 0 {
		m := e.num
		if !of(i + 1) {
			return figure{}, false
		}
		f.next = i + 2
		if m == 10 || m == 100 {
			if i+2 < len(p.toks) && p.toks[i+2].is(lxPluralMult) && of(i+3) {
				m *= p.toks[i+2].lex().num // "tens of thousands of"
				f.next = i + 4
			}
		}
		f.v, f.lo, f.hi = 3*m, 2*m, 10*m
	} else {
		if e.canon == "a" && start == i { // "few" and "couple" need "a"
			return figure{}, false
		}
		f.v, f.lo, f.hi = e.num, e.lo, e.hi
		if of(f.next) {
			f.next++
		}
	}
	f.u = f.hi - f.lo
	return f, true
}

// fraction reads "half of", "two-thirds of", "a third of", "half a million".
// k is the fraction word; n its numerator.
func (p *qparser) fraction(start, k int, n float64) (figure, bool) {
	frac := n * p.toks[k].lex().num
	next := k + 1
	if next+1 < len(p.toks) && p.toks[next].is(lxArticle) && p.toks[next+1].is(lxMultiplier|lxDozen) {
		v := frac * p.toks[next+1].lex().num // "half a million"
		u := float64(trailingZeroUnit(uint64(v)))
		if v < 1000 {
			u = 1
		}
		return figure{first: start, next: next + 2, v: v, u: u, lo: v - u/2, hi: v + u/2}, true
	}
	if next >= len(p.toks) || frac <= 0 || frac > 1 || !isDeterminer(p.word(next)) {
		return figure{}, false
	}
	v := frac * 100
	return figure{first: start, next: next, v: v, u: 5, lo: v - 2.5, hi: v + 2.5, fraction: true}, true
}

func isDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "its", "their", "his", "her", "our", "your", "all", "this", "that":
		return true
	}
	return false
}
