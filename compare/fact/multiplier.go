package fact

import "strings"

// Multipliers written into a word rather than standing as one: the
// trade's "MM" glued to a figure, and a multiplier hyphenated between a
// number word and the unit ("two-million-euro").

// tradeMillion reports whether the word at k is the trade's "MM", a
// thousand thousands (Roman M twice): "$21MM", "$140-150MM", "21MM
// dollars". Read as no multiplier, "$21MM" was $21 against an outlet's
// "$21 million". In lower case it is a millimetre ("a 9mm pistol") but
// after a currency sign ("$3.5mm").
func (p *qparser) tradeMillion(k int, afterCurrency bool) bool {
	w := p.word(k)
	return w == "MM" && p.toks[k].gap == gapNone || afterCurrency && strings.EqualFold(w, "mm") && p.toks[k].gap != gapLine
}

// tailMult returns the multiplier that follows the number word heading
// the hyphenated word at k, and what follows it: "two-million-euro" is
// 1e6 and "euro", "two-million" 1e6 and "". It returns 0 when the word is
// not so made. Read as the unit, "million" made "a two-million-euro haul"
// a count of 2 millions.
func (p *qparser) tailMult(k int) (float64, string) {
	t := &p.toks[k]
	if t.head() == nil || t.head().cls&lxNumber == 0 {
		return 0, ""
	}
	w := p.text[t.headEnd+1 : t.stem]
	part, rest, _ := strings.Cut(w, "-")
	if e := lookup(part); e != nil && e.cls&lxMultiplier != 0 {
		return e.num, rest
	}
	return 0, ""
}
