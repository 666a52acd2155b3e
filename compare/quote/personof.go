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
		if (d.hasOrgWord(k+1, to) || d.dottedInitials(to-1)) && (k-nameFrom >= 2 || nameFrom > from && honorifics.has(d.word(nameFrom-1))) {
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
		if k-nameFrom == 2 && to == k+2 && !commonWord(first) && !commonWord(d.word(nameFrom+1)) {
			// "Jay Inslee of Washington": a first name and a surname of
			// somewhere one word long, as "United States of America"
			// (common words) and "Bank of America" (a body) are not.
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

// dottedInitials reports whether token i is an initialism written with
// full stops, as a firm's legal form ends its name: "Marcum L.L.P.",
// "Hale & Lee P.C.". A name ending so after "of" is where a person works.
func (d *doc) dottedInitials(i int) bool {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word {
		return false
	}
	w := d.text[d.toks[i].s:d.toks[i].e]
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for j := 0; j < len(w); j += 2 {
		if w[j] < 'A' || w[j] > 'Z' || w[j+1] != '.' {
			return false
		}
	}
	return true
}
