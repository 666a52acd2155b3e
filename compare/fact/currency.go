package fact

import "strings"

// A sum's currency, read from its sign or code before the figure
// (currencyPrefix) or its name after it (currencySuffix); and two ways it
// is lost: a wire feed prints its sign as a letter (lostSign), and
// "pounds" is read as a weight (poundsOfMoney).

// "Pounds" after a figure is a weight ("15 pounds of cherries", "weighed
// 300 pounds") or a sum in sterling ("gems worth 85 million euros (74
// million pounds)"). Read always as a weight, a sum was a count of 74
// million "pound"s, compared with no other sum. So a figure of pounds is
// money when its sentence speaks of money (poundsOfMoney) and of no
// weight.

// poundsOfMoney reports whether "pounds" at k, after the figure that
// starts at token start, is sterling: its sentence holds another sum or a
// word of money ("worth", "cost", "paid", "fine") and no word of weight
// ("weighed", "heavy", "tonnes"), and no "of" follows ("100,000 pounds of
// cheese" put up to back a loan is still cheese).
func (p *qparser) poundsOfMoney(start, k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tokWord {
		return false
	}
	if w := strings.ToLower(p.word(k)); w != "pounds" && w != "pound" {
		return false
	}
	if k+1 < len(p.toks) && strings.EqualFold(p.word(k+1), "of") {
		return false // "100,000 pounds of cheese": a weight of something
	}
	money, weight := p.sentenceSignals(start, k, p.sized(start, k))
	return money && !weight
}

// sentenceSignals reports whether the sentence around tokens from..to
// (left out) speaks of money (a word of money, a currency or its sign)
// and of a weight, within 40 tokens either side. sized says the figure
// there is in millions or more: then "lost", "gained" and "raised" speak
// of money ("the club lost 5 million pounds"); below, "lost" and
// "gained" speak of a weight ("lost 30 pounds") and "raised" of neither
// ("raised 200 pounds" is a lift or a fund).
func (p *qparser) sentenceSignals(from, to int, sized bool) (money, weight bool) {
	look := func(i int) bool { // false at the sentence's edge
		t := &p.toks[i]
		switch t.kind {
		case tokPunct:
			c := p.char(i)
			if c == '.' || c == '!' || c == '?' {
				return false
			}
			money = money || currencySign(c) != ""
		case tokWord:
			w := strings.ToLower(p.word(i))
			switch {
			case sizeWords[w] && sized:
				money = true
			case sizeWords[w]:
				weight = weight || !strings.HasPrefix(w, "rais")
			}
			weight = weight || weightWords[w]
			money = money || moneyWords[w] || t.is(lxCurrency) || t.is(lxCurrencyCode) && t.acro
		}
		return true
	}
	for i := from - 1; i >= 0 && i >= from-40 && p.toks[i+1].gap != gapLine && look(i); i-- {
	}
	for i := to + 1; i < len(p.toks) && i <= to+40 && p.toks[i].gap != gapLine && look(i); i++ {
	}
	return money, weight
}

// sized reports whether a multiplier ("million", "bn") sizes the figure
// from token start to k.
func (p *qparser) sized(start, k int) bool {
	for i := start; i < k && i < len(p.toks); i++ {
		if t := &p.toks[i]; t.kind == tokWord && (t.is(lxMultiplier) || t.is(lxAttachedMult)) {
			return true
		}
	}
	return false
}

// sizeWords speak of money or a weight by the figure's size (see
// sentenceSignals).
var sizeWords = wordSet(`lost lose loses losing gained gain gains gaining raised raise raises raising`)

// moneyWords speak of a sum; weightWords of a weight.
var moneyWords, weightWords = wordSet(`worth cost costs costing paid pay pays paying price priced prices fine fined
	fines sum sums value valued budget salary salaries damages compensation funding fund funds loan loans debt
	profit profits revenue revenues sales spent spend spending bill bills fee fees bonus prize
	sterling bank banks robbed robbery heist steal steals stealing stole stolen snatch snatched snatching
	loot booty jackpot charity donation donations donated`),
	wordSet(`weigh weighs weighed weighing weight weights weighted heavy heavier heaviest overweight lighter
	lb lbs tonne tonnes ton tons kilogram kilograms kilo kilos kg ounce ounces gram grams cargo load
	payload beef meat pork chicken fish cocaine marijuana heroin drugs lifter lifters
	weightlifter weightlifters weightlifting barbell dumbbell deadlift`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lostSign maps the letter some wire feeds print for a currency sign
// their character set lacks ("e80 million" for €80 million, "p74million"
// for £74 million), and the rand's own sign ("R26 million"), to the
// currency. A letter is read so only before a sum in millions or more
// (sumAfter): "e80", "p53" and "R2" alone are codes, pages and roads.
// 'p' is also a page's ("p2 million" after "page"), so it needs a second
// sign of money in its sentence (moneySentence), as "pounds" does.
var lostSign = map[byte]string{'e': "EUR", 'p': "GBP", 'R': "ZAR"}

// moneySentence reports whether the sentence around the figure from token
// start to k (left out) speaks of money and of no weight.
func (p *qparser) moneySentence(start, k int) bool {
	money, weight := p.sentenceSignals(start, k, true)
	return money && !weight
}

// sumAfter reports whether the number at k is sized by a multiplier
// after it: "80 million", "74million", "75m", "2bn".
func (p *qparser) sumAfter(k int) bool {
	if k+1 >= len(p.toks) || p.toks[k+1].kind != tokWord || p.toks[k+1].gap == gapLine {
		return false
	}
	n := &p.toks[k+1]
	return n.is(lxMultiplier) || n.gap == gapNone && n.is(lxAttachedMult)
}

func currencySign(r rune) string {
	switch r {
	case '$':
		return "USD"
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '¥':
		return "JPY"
	case '₹':
		return "INR"
	case '₩':
		return "KRW"
	}
	return ""
}

// currencyPrefix reads "$", "US$", "HK$", "€", "£", "¥" or a code such as
// "USD" before a number. It returns the currency and the index after it.
func (p *qparser) currencyPrefix(j int) (string, int) {
	if j >= len(p.toks) {
		return "", j
	}
	numberAt := func(k int) bool {
		return k < len(p.toks) && p.toks[k].gap != gapLine &&
			(p.toks[k].kind == tokNum || p.toks[k].is(lxNumber|lxArticle))
	}
	t := &p.toks[j]
	switch {
	case t.kind == tokPunct:
		code := currencySign(p.char(j))
		if code != "" && numberAt(j+1) {
			return code, j + 1
		}
		// "$US1 million", "$ US1 million", "$A50": the dollar's country
		// written after the sign, as Australian and New Zealand papers do.
		if code == "USD" && j+2 < len(p.toks) {
			if q := &p.toks[j+1]; q.is(lxDollarQual) && q.acro || q.is(lxDollarQual) && q.cap && q.end-q.start == 1 {
				if p.toks[j+1].gap != gapLine && numberAt(j+2) {
					return q.lex().canon, j + 2
				}
			}
		}
	case t.is(lxDollarQual) && t.cap && j+1 < len(p.toks) && p.toks[j+1].gap == gapNone &&
		p.char(j+1) == '$' && numberAt(j+2):
		return t.lex().canon, j + 2
	case t.is(lxCurrencyCode) && t.acro && numberAt(j+1):
		return t.lex().canon, j + 1
	case t.kind == tokWord && t.end-t.start == 1 && lostSign[p.text[t.start]] != "" &&
		(t.gap != gapNone || p.toks[j-1].kind == tokPunct) && j+1 < len(p.toks) &&
		p.toks[j+1].gap == gapNone && p.toks[j+1].kind == tokNum && p.sumAfter(j+1) &&
		(p.text[t.start] != 'p' || p.moneySentence(j, j+2)):
		return lostSign[p.text[t.start]], j + 1
	}
	return "", j
}

// currencySuffix reads "dollars", "Hong Kong dollars", "yuan", "pounds
// sterling" or a code after a number.
func (p *qparser) currencySuffix(k int) (string, int) {
	for q := k; q < k+3 && q < len(p.toks) && p.toks[q].kind == tokWord; q++ {
		t := &p.toks[q]
		switch {
		case t.is(lxCurrency):
			code := t.lex().canon
			if code == "USD" && q > k && p.toks[q-1].is(lxDollarQual) {
				code = p.toks[q-1].lex().canon
			}
			return code, q + 1
		case q == k && t.is(lxCurrencyCode) && t.acro:
			return t.lex().canon, q + 1
		case q == k && q+1 < len(p.toks) && strings.HasPrefix(strings.ToLower(p.word(q)), "pound") &&
			strings.EqualFold(p.word(q+1), "sterling"):
			return "GBP", q + 2
		case !t.cap:
			return "", 0
		}
	}
	return "", 0
}

// conversions marks a sum restated in another currency right after
// itself: "$US1 million ($1.52 million)", "£1.7m (about $2.6m)", "1
// million euros, or $1.1 million". The restatement is the same fact, not a
// second figure to hold the other outlets to: unmarked, a bare "$" read as
// US dollars set an Australian paper's $1.52 million against every other
// outlet's $1 million as a conflict. It may still be the figure another
// outlet gives ("85 million euros ($108 million)"; "$108 million"). Of the
// two, the one written with a bare "$" is the restatement when the other
// names its dollar; otherwise the second is. Two sums in one currency are
// two figures ("$5 million ($3 million last year)"). A measure restated
// in another unit in brackets is one too ("about 58km (36 miles)": the
// miles are the kilometres rounded again, and "35 miles" elsewhere is no
// other distance), and so is a sum in brackets after a figure whose
// currency the text lost ("a? 110-billion ($143-billion)").
func conversions(text string, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, y := &ms[i], &ms[i+1]
		if m.End > y.Start {
			continue
		}
		after := strings.TrimLeft(text[y.End:], " ")
		if restated(*m, *y) && strings.HasPrefix(after, ")") && strings.TrimSpace(text[gluedUnitEnd(text, *m):y.Start]) == "(" {
			y.Converted = true
			if h := hedgeByPhrase[m.Hedge]; h != hedgeNone && y.Hedge == "" {
				// "about 600 metres (2,000 feet)": the hedge covers both
				y.Hedge = m.Hedge
				y.Low, y.High = widen(y.Value, y.High-y.Low, y.Low, y.High, h, y.Value/10, y.Value/2)
			}
			i++
			continue
		}
		if m.Kind != "money" || y.Kind != "money" {
			continue
		}
		between := strings.Join(strings.Fields(text[m.End:y.Start]), " ")
		paren := (between == "(" || between == "(or") && strings.HasPrefix(after, ")")
		qm, qy := namedDollar(m.Text), namedDollar(y.Text)
		if (m.Unit != y.Unit || qm != qy) && paren || m.Unit != y.Unit && between == ", or" {
			if qy && !qm && m.Unit == "USD" {
				m.Converted = true // "$1.52 million (US$1 million)"
			} else {
				y.Converted = true
			}
			i++
		}
	}
}

// namedDollar reports whether text writes a dollar with its country
// beside the sign: "US$", "C$", "$US", "$ A".
func namedDollar(text string) bool {
	i := strings.IndexByte(text, '$')
	if i < 0 {
		return false
	}
	before := i > 0 && 'A' <= text[i-1] && text[i-1] <= 'Z'
	rest := strings.TrimLeft(text[i+1:], " ")
	after := rest != "" && 'A' <= rest[0] && rest[0] <= 'Z'
	return before || after
}

// restated reports whether y, in brackets right after m, is m in other
// units: a measure after a measure of another unit or after a bare
// figure whose unit is glued to it ("58km" reads as 58), or a sum of the
// same order after a bare figure ("110-billion ($143-billion)").
func restated(m, y Mention) bool {
	bare := m.Kind == "number" && m.Unit == ""
	switch {
	case y.Kind == "count" && measure(y.Unit) != "":
		return bare || m.Kind == "count" && measure(m.Unit) != "" && measure(m.Unit) != measure(y.Unit)
	case y.Kind == "money":
		return bare && m.Value >= 1e6 && y.Value >= m.Value/5 && y.Value <= m.Value*5
	}
	return false
}

// gluedUnitEnd returns where a bare figure's unit glued to it ends ("58km",
// "12ft"): past up to three ASCII letters right after it, else m.End.
func gluedUnitEnd(text string, m Mention) int {
	if m.Kind != "number" || m.Unit != "" {
		return m.End
	}
	e := m.End
	for e < len(text) && e-m.End < 4 && ('a' <= text[e] && text[e] <= 'z' || 'A' <= text[e] && text[e] <= 'Z') {
		e++
	}
	if e-m.End > 3 {
		return m.End // a word, not a unit
	}
	return e
}
