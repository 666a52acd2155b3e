package quote

// personOf returns where a person's name ends before "of" in the name run
// [from, to), whose name split from its titles starts at nameFrom: "Sen. Ann Lee | of Vermont", "Tom
// Reed | of the Sierra Club", "Mr. Morgan | of the Sierra Club"; to when the
// run names no person of somewhere. The person is named in full (a first
// name or an initial opens it) or titled; an organisation ("Bank of
// America", "Office of the Historian") or one word untitled ("Joan of Arc")
// is a name whole.
func (d *doc) personOf(from, nameFrom, to int) int {
	for k := nameFrom + 1; k < to-1; k++ {
		if d.word(k) != "of" || d.toks[k].upper {
			continue
		}
		// The name before "of" split on its own: "Judge | James G.
		// Bodiford of Superior Court", which the court's name would keep
		// whole.
		nameFrom, _ = d.split(from, k)
		if nameFrom >= k || d.hasOrgWord(nameFrom, k) {
			return to
		}
		if d.hasOrgWord(k+1, to) && (k-nameFrom >= 2 || nameFrom > from && honorifics.has(d.word(nameFrom-1))) {
			return k
		}
		titled := false
		for j := from; j < nameFrom; j++ {
			titled = titled || personTitles.has(d.word(j))
		}
		first := d.word(nameFrom)
		full := k-nameFrom >= 2 && (maleNames.has(first) || femaleNames.has(first) || eitherNames.has(first) ||
			d.initialIn(nameFrom, k))
		if full || titled && k-nameFrom <= 3 {
			return k
		}
		return to
	}
	return to
}

// initialIn reports whether a word of [from, to) is an initial: "Louise M.
// Slaughter", "J. Doe".
func (d *doc) initialIn(from, to int) bool {
	for j := from; j < to; j++ {
		if w := d.word(j); len(w) == 2 && w[1] == '.' && d.toks[j].upper {
			return true
		}
	}
	return false
}
