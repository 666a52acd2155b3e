package fact

import "strings"

// A bill, a ballot measure or an amendment is named by its number:
// "Senate Bill 1062", "SB 1070", "H.R. 3590", "Proposition 8", "Prop. 8",
// "Amendment 64". nameNumber's rule for a numbered series did not reach
// them: it reads a four-digit number as a year before it asks ("SB 1070"
// was a date in the year 1070, and "SB 1062" met another outlet's
// "Senate Bill 1062" as a shared date), and it takes a capitalised word
// after a verb for the verb's object ("voters approved Amendment 64", as
// in "gives Congress 60 days") or at a sentence's start for any word,
// which left "64" a bare number to meet any other 64.

// lawNumber reports whether the whole number f is the number of a bill, a
// ballot measure or an amendment: after a capitalised word that numbers
// laws (Proposition, Amendment, Measure…), after "Bill" when a chamber
// names it ("Senate Bill", "House Bill"), or after a legislature's
// abbreviation for a bill ("SB", "HB", "H.R.").
func (p *qparser) lawNumber(f figure) bool {
	if !p.bareWholeNumber(f) {
		return false
	}
	j := f.first - 1
	if p.char(j) == '.' && j > 0 && p.toks[j].gap == gapNone {
		j-- // "Prop. 8"
	}
	t := &p.toks[j]
	if t.kind != tokWord || !t.cap {
		return false
	}
	w := p.text[t.start:t.end]
	if t.acro {
		return anyFold(lawAbbrevs, w, true)
	}
	if strings.EqualFold(w, "bill") {
		return j > 0 && p.toks[j-1].kind == tokWord && p.toks[j-1].cap && anyFold(chambers, p.word(j-1), false)
	}
	return anyFold(lawWords, w, false)
}

// anyFold reports whether w is one of list, in any case and, when dots is
// set, with its dots left out ("H.R." is "hr"); it allocates nothing, for
// it runs on every capitalised word before a number.
func anyFold(list []string, w string, dots bool) bool {
	for _, x := range list {
		i := 0
		for k := 0; k < len(w); k++ {
			c := w[k]
			if dots && c == '.' {
				continue
			}
			if i >= len(x) || c|0x20 != x[i] {
				i = -1
				break
			}
			i++
		}
		if i == len(x) {
			return true
		}
	}
	return false
}

// lawWords number laws and ballot questions when capitalised before a
// number; "Bill" does so only after a chamber (chambers), for it is also
// a given name ("told Bill 20 times").
var lawWords = strings.Fields(`proposition prop amendment measure initiative referendum ordinance resolution act`)

// chambers name the house a bill is numbered in.
var chambers = strings.Fields(`senate house assembly`)

// lawAbbrevs are legislatures' abbreviations for bills and resolutions,
// without their dots: "SB 1070", "H.R. 3590", "HJR 2".
var lawAbbrevs = strings.Fields(`sb hb ab hr sr lb ld hf sf hjr sjr hcr scr sjres hjres hres sres`)
