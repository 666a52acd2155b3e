package quote

import "strings"

// What an article tells of a person's sex: an honorific, a common first
// name, a kin or role noun ("his daughter Malia").

// sex is what a title ("Mrs.") or a common first name says of a person, so
// that "she" is not resolved to Donald nor "he" to Hillary.
type sex uint8

// sexOf reads a person's sex from the honorific before the name's first
// token or from its first name.
func (d *doc) sexOf(from int, name string) sex {
	if sx := d.honorificSex(from); sx != anySex {
		return sx
	}
	// "9/11 widow Terry Strada", "Congresswoman Jo Hale": a role that
	// tells the sex, set before the name or opening its run.
	if sx := roleSex(d.word(from - 1)); sx != anySex {
		return sx
	}
	if sx := roleSex(d.word(from)); sx != anySex {
		return sx
	}
	return sexOfFirstName(name)
}

// roleSex is the sex a kin or role noun tells ("widow", "actress"), or
// anySex.
func roleSex(w string) sex {
	if sx, ok := kinSex[w]; ok {
		return sx
	}
	switch w {
	case "actress", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "grandmother",
		"girlfriend", "mrs", "mrs.", "ms", "ms.":
		return female
	case "actor", "congressman", "spokesman", "chairman", "businessman", "grandfather", "boyfriend",
		"mr", "mr.":
		return male
	}
	return anySex
}

// sexOfFirstName reads a person's sex from a common first name.
func sexOfFirstName(name string) sex {
	first := strings.ToLower(name)
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	}
	switch {
	case maleNames.has(first):
		return male
	case femaleNames.has(first):
		return female
	}
	return anySex
}

// kinFirstNames reads the sex the article tells of first names by a kin
// noun just before them: "his daughter Malia", "Obama's Daughters, Sasha
// and Malia", "his wife, Michelle,". Each name of the list takes the noun's
// sex; a first name told both ways is told neither.
func (d *doc) kinFirstNames() map[string]sex {
	var told map[string]sex
	for i := range d.toks {
		w := d.word(i)
		if w == "" || d.toks[i].quoted {
			continue
		}
		sx, ok := kinSex[w]
		if !ok {
			sx, ok = kinSex[strings.TrimSuffix(w, "s")]
		}
		if !ok || sx == anySex || d.toks[i].upper && i > 0 && d.toks[i-1].upper && !d.isPossessive(i-1) {
			continue // "Lehman Brothers" is a firm; "Obama's Daughters" are kin
		}
		k := i + 1
		if d.punct(k) == "," {
			k++
		}
		// Names joined by commas and "and": the first word of each.
		for start := true; k < len(d.toks); k++ {
			t := d.toks[k]
			switch {
			case t.word && t.upper && !t.quoted && !d.paraBreak(k-1):
				if start {
					if told == nil {
						told = map[string]sex{}
					}
					if old, seen := told[d.word(k)]; seen && old != sx {
						sx = anySex
					}
					told[d.word(k)] = sx
				}
				start = false
				continue
			case d.word(k) == "and" || d.punct(k) == ",":
				if !start || d.punct(k-1) == "," {
					start = true
					continue
				}
			}
			break
		}
	}
	return told
}

// tellFirstSex records the sex a title tells of the first name at token i.
func (d *doc) tellFirstSex(i int, sx sex) {
	if sx == anySex {
		return
	}
	w := d.word(i)
	if d.firstSex == nil {
		d.firstSex = map[string]sex{}
	}
	if old, seen := d.firstSex[w]; seen && old != sx {
		sx = anySex
	}
	d.firstSex[w] = sx
}

// honorificSex reads "Mr." or "Mrs." before token i.
func (d *doc) honorificSex(i int) sex {
	switch d.word(i - 1) {
	case "mr.", "mr":
		return male
	case "mrs.", "mrs", "ms.", "ms", "miss":
		return female
	}
	return anySex
}
