package fact

import (
	"maps"
	"slices"
	"strings"
)

// lexClass is a set of roles a word can play. A word's roles are looked up
// once, when it is tokenised, so the parsers test bits instead of strings.
type lexClass uint64

const (
	lxNumber       lexClass = 1 << iota // one .. ninety-nine; num is its value
	lxHundred                           // hundred
	lxMultiplier                        // thousand, million, bn; num
	lxAttachedMult                      // k, m, b: a multiplier only when glued to digits ("1m")
	lxFraction                          // half, thirds, two-thirds; num is the fraction
	lxNumerator                         // a, one, two, three: may precede a fraction word
	lxDozen                             // dozen
	lxVague                             // few, several, couple, dozens; num, lo, hi
	lxPluralMult                        // dozens, hundreds, thousands: vague only before "of"
	lxArticle                           // a, an
	lxHedge                             // first word of a hedge phrase
	lxMonth                             // num is 1..12
	lxWeekday                           // num is 0 (Sunday) .. 6
	lxTimeUnit                          // minute .. decade; canon singular, num its length in days
	lxRelMod                            // last, next, this, past
	lxRelDay                            // yesterday, today, tomorrow; num is the day offset
	lxClock                             // noon, mid-afternoon; num, lo, hi in seconds
	lxMeridiem                          // a.m., p.m.; num is 0 or 12
	lxDirection                         // after/later (1), before/earlier (-1), ago (0)
	lxPercent                           // percent, pct
	lxCurrency                          // dollars, euros, yuan; canon is the code
	lxCurrencyCode                      // USD, RMB; canon
	lxDollarQual                        // US, HK, Canadian: whose dollar; canon
	lxOrdinal                           // st, nd, rd, th glued to digits
	lxStop                              // function words and common sentence openers
	lxTitle                             // President, Mr., chairman
	lxOrgSuffix                         // Group, Inc., Agency, Office
	lxCorpSuffix                        // Group, Inc., Corp.: dropped for an alias
	lxOrgPrefix                         // Office, Department: an org when followed by "of"
	lxPlaceCue                          // State, City, Tower: a place when last
	lxPlacePrefix                       // New, San, Hong: a place when first
	lxCompass                           // North, Southern, Northwest
	lxPlace                             // a small gazetteer
	lxGivenName                         // common given names
	lxDemonym                           // Chinese, Americans
	lxConnector                         // of, the, for, de, van: may join a name
	lxNotName                           // I, IPO, GDP
	lxAbbrev                            // Mr, Jan, Inc: absorbs a following "."
)

// entry is what the lexicon knows about one word.
type entry struct {
	cls     lexClass
	num     float64
	lo, hi  float64
	canon   string
	hedges  [][]string // hedge phrases starting with this word, as words
	hedgeIx []int      // their indexes in hedgePhrases
}

// lexIndex maps a lower-case word, without dots, to its id in lexEntries;
// entry 0 is empty. Both are in lexicon_table.go, which TestLexiconTable
// writes from buildLexicon, so the linker lays them out and no run builds
// them (that cost 1.5-2 ms of CPU, most of this package's start-up); nothing
// writes to them.
//
//go:generate go test -run ^TestLexiconTable$ -regen-lexicon

// lexTable is an open-addressing hash table from word to lexicon id. It
// replaces a map because every word of every text is looked up, and hashing
// while lower-casing halves the cost.
type lexTable struct {
	keys []string
	ids  []uint16
	mask uint32
}

const fnvOffset, fnvPrime = 2166136261, 16777619

func (t *lexTable) slot(h uint32, key []byte) (uint32, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.ids[i] == 0 {
			return i, false
		}
		if t.keys[i] == string(key) {
			return i, true
		}
	}
}

// newLexTable lays out the table, the words in order so that the layout
// is the same on every build.
func newLexTable(words map[string]*entry) (*lexTable, []entry) {
	size := uint32(1)
	for size < uint32(4*len(words)) {
		size *= 2
	}
	t := &lexTable{keys: make([]string, size), ids: make([]uint16, size), mask: size - 1}
	entries := make([]entry, 1, len(words)+1)
	for _, w := range slices.Sorted(maps.Keys(words)) {
		e := words[w]
		h := uint32(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * fnvPrime
		}
		i, _ := t.slot(h, []byte(w))
		t.keys[i], t.ids[i] = w, uint16(len(entries))
		entries = append(entries, *e)
	}
	return t, entries
}

func buildLexicon() (*lexTable, []entry) {
	m := make(map[string]*entry, 1200)
	get := func(w string) *entry {
		e := m[w]
		if e == nil {
			e = &entry{}
			m[w] = e
		}
		return e
	}
	add := func(c lexClass, words string) {
		for _, w := range strings.Fields(words) {
			get(w).cls |= c
		}
	}
	set := func(c lexClass, w string, num float64, canon string) {
		e := get(w)
		e.cls |= c
		e.num, e.canon = num, canon
	}
	units := strings.Fields("zero one two three four five six seven eight nine ten eleven twelve " +
		"thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	tens := strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety")
	for i, w := range units {
		set(lxNumber, w, float64(i), "")
	}
	for i, w := range tens {
		set(lxNumber, w, float64(20+10*i), "")
		for j := 1; j < 10; j++ {
			set(lxNumber, w+"-"+units[j], float64(20+10*i+j), "")
		}
	}
	add(lxNumerator, "a one two three four")
	set(lxHundred, "hundred", 100, "")
	for _, mu := range []struct {
		w string
		v float64
	}{{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
		{"mn", 1e6}, {"mln", 1e6}, {"bn", 1e9}, {"bln", 1e9}, {"tn", 1e12}, {"trn", 1e12}} {
		set(lxMultiplier, mu.w, mu.v, "")
		set(lxPluralMult|lxVague, mu.w+"s", mu.v, "")
	}
	set(lxPluralMult|lxVague, "hundreds", 100, "")
	set(lxPluralMult|lxVague, "dozens", 12, "")
	set(lxPluralMult|lxVague, "tens", 10, "")
	set(lxPluralMult|lxVague, "scores", 20, "")
	for _, w := range []string{"k", "m", "b", "t"} {
		set(lxAttachedMult, w, map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}[w], "")
	}
	set(lxDozen, "dozen", 12, "")
	for _, v := range []struct {
		w          string
		n, lo, hi  float64
		needsArtic bool
	}{{"few", 3, 2, 5, true}, {"couple", 2, 2, 3, true}, {"handful", 4, 2, 6, true}, {"several", 4, 3, 7, false}} {
		e := get(v.w)
		e.cls |= lxVague
		e.num, e.lo, e.hi = v.n, v.lo, v.hi
		if v.needsArtic {
			e.canon = "a"
		}
	}
	for _, f := range []struct {
		w string
		v float64
	}{{"half", 0.5}, {"halves", 0.5}, {"third", 1.0 / 3}, {"thirds", 1.0 / 3}, {"quarter", 0.25},
		{"quarters", 0.25}, {"fifth", 0.2}, {"fifths", 0.2}, {"one-half", 0.5}, {"one-third", 1.0 / 3},
		{"two-thirds", 2.0 / 3}, {"one-quarter", 0.25}, {"three-quarters", 0.75}, {"one-fifth", 0.2}} {
		set(lxFraction, f.w, f.v, "")
	}
	add(lxArticle, "a an")
	for i, p := range hedgePhrases {
		ws := strings.Fields(p.phrase)
		e := get(ws[0])
		e.cls |= lxHedge
		e.hedges = append(e.hedges, ws)
		e.hedgeIx = append(e.hedgeIx, i)
	}
	months := strings.Fields("january february march april may june july august september october november december")
	for i, w := range months {
		set(lxMonth, w, float64(i+1), "")
		if len(w) > 3 {
			set(lxMonth|lxAbbrev, w[:3], float64(i+1), "")
		}
	}
	set(lxMonth|lxAbbrev, "sept", 9, "")
	for i, w := range strings.Fields("sunday monday tuesday wednesday thursday friday saturday") {
		set(lxWeekday, w, float64(i), "")
	}
	for _, u := range []struct {
		canon string
		days  float64
		forms string
	}{{"second", 1.0 / 86400, "second seconds sec secs"}, {"minute", 1.0 / 1440, "minute minutes min mins"},
		{"hour", 1.0 / 24, "hour hours hr hrs"}, {"day", 1, "day days"}, {"week", 7, "week weeks"},
		{"month", 30.436875, "month months"}, {"year", 365.2425, "year years"},
		{"decade", 3652.425, "decade decades"}} {
		for _, w := range strings.Fields(u.forms) {
			set(lxTimeUnit, w, u.days, u.canon)
		}
	}
	add(lxRelMod, "last next this past")
	set(lxRelDay, "yesterday", -1, "")
	set(lxRelDay, "today", 0, "")
	set(lxRelDay, "tomorrow", 1, "")
	for _, c := range []struct {
		w          string
		v, lo, hi  float64
		hourPrecis bool
	}{{"noon", 43200, 41400, 45000, true}, {"midday", 43200, 41400, 45000, true}, {"midnight", 0, 0, 1800, true},
		{"morning", 32400, 21600, 43200, false}, {"afternoon", 54000, 43200, 64800, false},
		{"evening", 72000, 64800, 79200, false}, {"mid-morning", 36000, 32400, 39600, false},
		{"mid-afternoon", 54000, 50400, 57600, false}} {
		e := get(c.w)
		e.cls |= lxClock
		e.num, e.lo, e.hi = c.v, c.lo, c.hi
	}
	set(lxMeridiem, "am", 0, "")
	set(lxMeridiem, "pm", 12, "")
	for _, d := range []struct {
		w string
		v float64
	}{{"after", 1}, {"later", 1}, {"before", -1}, {"earlier", -1}, {"ago", 0}} {
		set(lxDirection, d.w, d.v, "")
	}
	add(lxPercent, "percent pct")
	for code, forms := range map[string]string{"USD": "dollar dollars", "EUR": "euro euros",
		"CNY": "yuan renminbi", "JPY": "yen", "INR": "rupee rupees", "CHF": "franc francs",
		"GBP": "sterling"} {
		for _, w := range strings.Fields(forms) {
			set(lxCurrency, w, 0, code)
		}
	}
	for _, c := range strings.Fields("usd eur gbp cny rmb hkd jpy cad aud chf inr sgd nzd twd krw") {
		code := strings.ToUpper(c)
		if c == "rmb" {
			code = "CNY"
		}
		set(lxCurrencyCode, c, 0, code)
	}
	for code, forms := range map[string]string{"USD": "us american", "HKD": "hk kong",
		"CAD": "c canadian", "AUD": "a australian", "NZD": "nz zealand", "SGD": "s singapore",
		"TWD": "nt taiwan", "BRL": "r", "MXN": "mx"} {
		for _, w := range strings.Fields(forms) {
			set(lxDollarQual, w, 0, code)
		}
	}
	add(lxOrdinal, "st nd rd th")
	addNameWords(add)
	return newLexTable(m)
}

// lookup returns the lexicon entry for s, or nil when s is not listed.
func lookup(s string) *entry {
	if id := lookupID(s); id != 0 {
		return &lexEntries[id]
	}
	return nil
}

// lookupID returns the lexicon id of s, ignoring case and dots and reading a
// typographic apostrophe as a plain one; 0 when s is not listed.
func lookupID(s string) uint16 {
	var buf [24]byte
	n, h := 0, uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			if strings.HasPrefix(s[i:], "’") {
				c, i = '\'', i+len("’")-1
			} else {
				return 0
			}
		}
		if n == len(buf) {
			return 0
		}
		buf[n] = c
		n++
		h = (h ^ uint32(c)) * fnvPrime
	}
	if i, ok := lexIndex.slot(h, buf[:n]); ok {
		return lexIndex.ids[i]
	}
	return 0
}
