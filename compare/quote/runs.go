package quote

import (
	"sort"
	"strings"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// A name is a run of capitalised words, possibly joined by connectors,
// with its titles and role words before it (see names.go for how runs
// become mentions). These functions find the runs and split them.

// isName reports whether token i may be part of a name.
func (d *doc) isName(i int) bool {
	t := d.toks[i]
	return t.word && t.upper && !t.quoted && !capStops.has(d.word(i)) && !d.isPossessive(i) && !d.inCapsHeading(i) &&
		!d.gerundOpening(i)
}

// stopInName reports whether token k, after a name's first word, is a
// word capitalised elsewhere only for opening a sentence ("now", "first",
// "today") that is capitalised here all the same: part of the name
// ("Secure America Now", "America First Action", "USA Today"). Days,
// months, honorifics, "I" and "No." (Juror No. 8) end a name;
// so does a stop word before a word that is no name's.
func (d *doc) stopInName(k int) bool {
	t := d.toks[k]
	if !t.word || !t.upper || t.quoted || !capStops.has(d.word(k)) || d.opensSentence(k) || d.isPossessive(k) {
		return false
	}
	switch d.word(k) {
	case "i", "no", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return false
	}
	if before := strings.TrimRight(d.text[:t.s], " "); strings.HasSuffix(before, ".") {
		return false // "in Newtown, Conn. At the time": an abbreviation ended the sentence
	}
	if k+1 < len(d.toks) && d.toks[k+1].word && !d.isName(k+1) {
		return false // "Attack In 2008 Targeted": a line in title case
	}
	w := d.text[t.s:t.e]
	return w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w // "SPEND A QUARTER" is a heading
}

// gerundOpening reports whether token i is a verb in -ing opening its
// sentence, capitalised for that alone: "Having Jackman host certainly
// fits" names no "Having Jackman". A first name or a surname in -ing
// ("Irving Berlin", "Sterling Brown") is a name still.
func (d *doc) gerundOpening(i int) bool {
	w := d.word(i)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || ingNames.has(w) || maleNames.has(w) || femaleNames.has(w) {
		return false
	}
	return d.opensSentence(i)
}

// ingNames are names in -ing, which open a sentence as names do.
var ingNames = listSet("ingNames", `irving sterling manning fleming browning redding harding channing golding
	cushing pershing ewing deming lansing reading darling keating hastings billings
	jennings collings cummings gillings hemmings stebbing whiting spalding`)

// inCapsHeading reports whether token i is a word in capitals next to
// another: a heading ("HE'S BEEN CALLED OUT"), not an acronym.
func (d *doc) inCapsHeading(i int) bool {
	t := d.toks[i]
	if !spelling.Acronym(d.text[t.s:t.e]) {
		return false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(d.toks) && d.toks[k].word && spelling.Acronym(d.text[d.toks[k].s:d.toks[k].e]) {
			return true
		}
	}
	return false
}

// inHeadline reports whether pos lies in a paragraph in title case.
func (d *doc) inHeadline(pos int) bool {
	i := sort.Search(len(d.heads), func(i int) bool { return d.heads[i].End > pos })
	return i < len(d.heads) && d.heads[i].Start <= pos
}

// inRun reports whether token i may be part of a [role] name run.
func (d *doc) inRun(i int) bool {
	t := d.toks[i]
	if !t.word || t.quoted {
		return false
	}
	if t.upper && speechVerbs.has(d.word(i)) && d.inHeadline(t.s) {
		return false // "Obama Says African-American Museum Will Tell"
	}
	return d.isName(i) || d.isTitle(i) || honorifics.has(d.word(i)) ||
		t.upper && d.isPossessive(i) && !capStops.has(d.word(i))
}

// paraBreak reports whether a paragraph break (a blank line) lies between
// token k and the next: a name never runs over one, even when the
// paragraph before ends without a stop.
func (d *doc) paraBreak(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	return strings.Count(d.text[d.toks[k].e:d.toks[k+1].s], "\n") >= 2
}

// runBefore collects the run of role and name tokens ending at token i.
func (d *doc) runBefore(lo, i int) (from int, ok bool) {
	if i >= lo {
		i = d.numberedFrom(lo, i) // "Juror No. 12 said"
	}
	if i < lo || !d.inRun(i) {
		return 0, false
	}
	from = i
	for k := i - 1; k >= lo && i-k < 12; k-- {
		if d.paraBreak(k) {
			break // "… and Jim Talent\n\nRomney released": two names
		}
		if d.inRun(k) || d.ordinalName(k) {
			from = k
			continue
		}
		if connectors.has(d.word(k)) && k > lo && (d.inRun(k-1) || connectors.has(d.word(k-1))) {
			continue
		}
		if k > lo && (d.andInName(lo, k, i) || d.andInRoleBody(lo, k, i)) {
			continue // "the Health and Human Services Department"
		}
		if d.titleLink(k) && k > lo || d.forceLink(k, i+1) {
			continue
		}
		if d.nicknameMark(k) && k > lo && d.inRun(k-1) {
			continue
		}
		break
	}
	for from < i && !d.inRun(from) && !d.ordinalName(from) {
		from++
	}
	return from, true
}

// ordinalName reports whether token k is a capitalised ordinal opening a
// name: "Third Way", "First Amendment".
func (d *doc) ordinalName(k int) bool {
	if k+1 >= len(d.toks) || !d.toks[k].upper || d.toks[k].quoted || !d.isName(k+1) {
		return false
	}
	switch d.word(k) {
	case "first", "second", "third":
		return true
	}
	return false
}

// titleLink reports whether token k is a short word capitalised inside a
// name in title case, between two of its words, within a sentence:
// "Hotline On Call", "Students For Trump". A headline is all title case.
func (d *doc) titleLink(k int) bool {
	if k < 1 || k+1 >= len(d.toks) || !d.toks[k].upper || d.toks[k].quoted || !d.isName(k-1) || !d.isName(k+1) ||
		d.opensSentence(k) || d.inHeadline(d.toks[k].s) {
		return false
	}
	switch d.word(k) {
	case "on", "in", "at", "for", "and", "or", "to", "by", "with", "from":
		return true
	}
	return false
}

// forceLink reports whether token k is the lower-case noun of a local
// force between its place and an officer's title: "Troy police Lt. Gerry
// Scherlinck", "Dunmore fire chief Ann Lee". The place, the force and the
// title are the officer's role, not a speaker named "Troy". hi bounds the
// title's token.
func (d *doc) forceLink(k, hi int) bool {
	if k < 1 || k+1 >= hi || d.toks[k].upper || d.toks[k].quoted || !d.isName(k-1) || !d.isTitle(k+1) {
		return false
	}
	switch d.word(k) {
	case "police", "fire":
		return true
	}
	return false
}

// runAfter collects the run of role and name tokens starting at token i.
func (d *doc) runAfter(i, hi int) (to int, ok bool) {
	if i >= hi || !d.inRun(i) && !d.ordinalName(i) {
		return 0, false
	}
	to = i + 1
	for k := i + 1; k < hi && k-i < 12; k++ {
		if d.paraBreak(k - 1) {
			break
		}
		if d.isPossessive(k) {
			break // "said Trump's spokesman": the run is the spokesman's
		}
		if d.inRun(k) {
			to = k + 1
			continue
		}
		if d.connects(k, hi) || d.nicknameMark(k) && k+1 < hi && d.isName(k+1) || d.titleLink(k) && k+1 < hi ||
			d.forceLink(k, hi) {
			continue
		}
		if m := k + 1; i > 0 {
			for m < hi && m-k < 5 && d.inRun(m) {
				m++
			}
			if m > k+1 && d.andInName(i-1, k, m-1) {
				continue // "said the Health and Human Services Department"
			}
		}
		break
	}
	if n := d.numberAfter(to, hi); n > to {
		to = n // "Juror No. 8": a numbered title is kept whole
	}
	return to, true
}

// numberAfter returns the token after a number that follows a name run
// ending before token k ("Juror No. 8", "Juror No 12", "Juror #3",
// "Juror Number 5"), or k when none does.
func (d *doc) numberAfter(k, hi int) int {
	if k >= hi || k == 0 || d.paraBreak(k-1) {
		return k
	}
	j := k
	switch w := d.word(k); {
	case (w == "no" || w == "number") && d.toks[k].upper:
		j++
		if d.punct(j) == "." {
			j++
		}
	case d.punct(k) == "#":
		j++
	default:
		return k
	}
	if j < hi && d.toks[j].word && isDigits(d.text[d.toks[j].s:d.toks[j].e]) && !d.toks[j].quoted {
		return j + 1
	}
	return k
}

// numberedFrom returns, when token i is the number ending a numbered
// title ("Juror No. 12"), the last token of the name run before it;
// otherwise i.
func (d *doc) numberedFrom(lo, i int) int {
	if i < lo || !d.toks[i].word || !isDigits(d.text[d.toks[i].s:d.toks[i].e]) {
		return i
	}
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if d.inRun(k) && d.numberAfter(k+1, i+1) == i+1 {
			return k
		}
	}
	return i
}

// isDigits reports whether w is one or more ASCII digits.
func isDigits(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// nicknameMark reports whether token k is a quotation mark around a
// nickname inside a name (Marcia "Cia" Price): the words between are not a
// quotation (see dropNicknames), so the marks are not quoted either.
func (d *doc) nicknameMark(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].quoted {
		return false
	}
	switch d.punct(k) {
	case "\"", "“", "”":
		return k > 0 && k+1 < len(d.toks) && d.toks[k-1].word && d.toks[k+1].word &&
			d.toks[k-1].upper && d.toks[k+1].upper
	}
	return false
}

// split divides the run [from, to) into its role and its name, returning
// the first token of the name (to when the run is all role).
func (d *doc) split(from, to int) (nameFrom, roleTo int) {
	for k := to - 2; k >= from; k-- {
		if strings.HasSuffix(d.word(k), "-based") {
			// "New York-based Human Rights Watch": where it is based is
			// its description, not its name.
			return d.split(k+1, to)
		}
	}
	last := -1
	for k := from; k < to; k++ {
		if d.surnameTitle(k, from) {
			continue
		}
		if d.isTitle(k) || d.isPossessive(k) {
			last = k
		}
	}
	nameFrom = last + 1
	if last < 0 {
		nameFrom = from
	}
	// "Secretary of State | John Kerry", but "spokesman for | Tom Hale":
	// whom a spokesman speaks for is named whole.
	if last >= 0 && nameFrom+1 < to && (d.word(nameFrom) == "of" || d.word(nameFrom) == "for" && !spokes.has(d.word(last))) {
		nameFrom++
		for nameFrom < to && connectors.has(d.word(nameFrom)) {
			nameFrom++
		}
		nameFrom++
		for d.roleGoesOn(nameFrom, to) {
			nameFrom++
		}
	}
	roleTo = nameFrom
	for nameFrom < to && (honorifics.has(d.word(nameFrom)) || connectors.has(d.word(nameFrom))) {
		nameFrom++
	}
	for roleTo > from && honorifics.has(d.word(roleTo-1)) {
		roleTo--
	}
	if nameFrom > to {
		nameFrom = to
	}
	// An organisation's name keeps its capitalised words and connectors:
	// "Democratic National Committee", "Office of the U.S. Trade
	// Representative".
	if d.hasOrgWord(nameFrom, to) || nameFrom >= to && d.hasOrgWord(from, to) {
		for nameFrom > from && !d.isPossessive(nameFrom-1) &&
			(d.toks[nameFrom-1].upper || connectors.has(d.word(nameFrom-1)) && nameFrom-1 > from && !d.afterSpokes(nameFrom-1, from)) {
			nameFrom--
		}
		roleTo = min(roleTo, nameFrom)
		// "a spokeswoman for the Larkspur Dredging Co.": the role is
		// "spokeswoman", the organisation the name.
		for roleTo > from && connectors.has(d.word(roleTo-1)) {
			roleTo--
		}
	}
	return nameFrom, roleTo
}

// afterSpokes reports whether the connectors ending at token k follow a
// title ("spokeswoman for the"), so that they join a role to a name rather
// than the words of one name.
func (d *doc) afterSpokes(k, from int) bool {
	for k >= from && connectors.has(d.word(k)) {
		k--
	}
	return k >= from && d.isTitle(k) && !d.toks[k].upper
}

// surnameTitle reports whether token k, a title word, is a surname spelled
// like one: "Howard Dean" (after a first name), or "Dean" once he was
// named in full.
func (d *doc) surnameTitle(k, from int) bool {
	t := d.toks[k]
	if !t.upper || !d.isTitle(k) || d.isPossessive(k) || strings.HasSuffix(d.word(k), ".") {
		return false
	}
	if k > from {
		p := d.word(k - 1)
		return d.toks[k-1].upper && (maleNames.has(p) || femaleNames.has(p) || eitherNames.has(p))
	}
	return len(d.fullName[d.text[t.s:t.e]]) > 0
}

// connects reports whether token k is a connector (or two) followed by a
// name before hi: "of (the) U.S.".
func (d *doc) connects(k, hi int) bool {
	for j := k; j < hi && j < k+2; j++ {
		if !connectors.has(d.word(j)) || d.toks[j].quoted {
			return false
		}
		if j+1 < hi && d.isName(j+1) {
			// "Rick Perry for the Republican presidential nomination": a
			// title word before a lower-case word is an adjective, not
			// the next word of a name ("for the Republican Party", "of
			// the Historian of the House" are).
			n := j + 2
			return !d.isTitle(j+1) || n >= len(d.toks) || !d.toks[n].word || d.toks[n].upper || connectors.has(d.word(n))
		}
	}
	return false
}

// andInName reports whether "and" (or "&") at token k joins the words of
// one body's name that ends at token i in a word of an organisation:
// "the Health and Human Services Department", "the Parks and Recreation
// Department". One or two capitalised words stand between "the" and "and";
// "Sens. Lee and Hale" and "Ann Lee and the Harbour Board" are two.
func (d *doc) andInName(lo, k, i int) bool {
	if w := d.word(k); w != "and" && w != "&" || !orgWords.has(d.word(i)) || !d.toks[i].upper {
		return false
	}
	j := k - 1
	for j >= lo && j > k-3 && d.inRun(j) && d.toks[j].upper {
		j--
	}
	return j < k-1 && j >= lo && d.word(j) == "the" && !d.toks[j].quoted
}

// andInRoleBody reports whether "and" at token k joins the words of a
// body's name that opens a role before a person's name ending at token i:
// `"…," Harbor and Waterways Committee spokeswoman Dana Pirelli said`. No
// "the" opens such a name: one or two capitalised words, which are no
// one's surname, open the clause before the "and", and the capitalised
// words after it end in an organisation's word.
func (d *doc) andInRoleBody(lo, k, i int) bool {
	if !d.isWord(k, "and") {
		return false
	}
	m := k + 1
	for m < i && m < k+5 && d.toks[m].upper && d.inRun(m) && !orgWords.has(d.word(m)) {
		m++
	}
	if m >= i || !d.toks[m].upper || !orgWords.has(d.word(m)) || d.toks[m].quoted {
		return false
	}
	j := k - 1
	for j >= lo && j > k-3 && d.toks[j].upper && d.inRun(j) && !honorifics.has(d.word(j)) && len(d.fullName[d.text[d.toks[j].s:d.toks[j].e]]) == 0 {
		j--
	}
	if j == k-1 || j >= lo && (d.toks[j].upper || d.toks[j].word && !d.opensSentenceOrClause(j+1)) {
		return false
	}
	return true
}
