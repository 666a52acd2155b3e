package fact

import "strings"

// Two ways a sum's currency is lost: a wire feed prints its sign as a
// letter (lostSign), and "pounds" is read as a weight (poundsOfMoney).

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
