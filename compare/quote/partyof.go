package quote

import "strings"

// A party member's description ("the Republican", "the Idaho Democrat")
// stands for a person of that party: partyOf reads the party a person was
// given, so that the description does not fall to the nearest person of
// another ("Sen. Tom Hale, R-Idaho, ... Sen. Bill Ross, D-Utah, ... the
// Republican said" is Hale's).

// partyLetter is the party a member's noun names: 'R', 'D', 'I', 'L', or 0.
func partyLetter(w string) byte {
	switch w {
	case "republican", "republicans", "gop":
		return 'R'
	case "democrat", "democrats", "democratic":
		return 'D'
	case "independent":
		return 'I'
	case "libertarian":
		return 'L'
	}
	return 0
}

// partyOf is the party the article gave the person named name before pos:
// by a title word ("Republican Sen. Tom Hale"), a party tag after a
// mention ("Tom Hale, R-Idaho," "Tom Hale (R-Idaho)") or an appositive
// ("Tom Hale, a Democrat,"); 0 when none.
func (d *doc) partyOf(name string, pos int) byte {
	for m := d.mentionBefore(pos); m >= 0; m-- {
		o := d.ments[m]
		if o.kind != person || o.name != name {
			continue
		}
		for _, w := range strings.Fields(o.role) {
			if p := partyLetter(w); p != 0 && w != "independent" { // "independent counsel"
				return p
			}
		}
		k := d.tokAt(o.e)
		if p := d.punct(k); p == "," || p == "(" {
			k++
		}
		if d.partyTag(k) {
			return d.text[d.toks[k].s]
		}
		if w := d.word(k); (w == "a" || w == "an") && k+1 < len(d.toks) && d.toks[k+1].upper {
			if p := partyLetter(d.word(k + 1)); p != 0 {
				return p
			}
		}
	}
	return 0
}

// partyMember is the nearest person before pos the article gave party p.
func (d *doc) partyMember(pos int, p byte) (int, bool) {
	for m := d.mentionBefore(pos); m >= 0; m-- {
		if o := d.ments[m]; o.kind == person && d.partyOf(o.name, pos) == p {
			return m, true
		}
	}
	return -1, false
}

// partyNoun reports whether token j is a party member's noun standing
// alone, capitalised, not opening a name, a title run or a description:
// "Republican" in "a fellow Republican", not in "Republican Party" or "a
// Republican strategist".
func (d *doc) partyNoun(j int) bool {
	if j >= len(d.toks) || !d.toks[j].word || !d.toks[j].upper || d.toks[j].quoted {
		return false
	}
	switch d.word(j) {
	case "republican", "democrat", "independent", "libertarian":
	default:
		return false
	}
	if j+1 >= len(d.toks) || !d.toks[j+1].word {
		return true
	}
	// Not "a Republican strategist": what follows is no noun of its own.
	w := d.word(j + 1)
	return !d.toks[j+1].upper && (prepositions.has(w) || speechVerbs.has(w) || auxiliaries.has(w) || w == "who")
}

// partyNewcomer reads a party member introduced as someone new after a
// cue, from its article at token i before hi: "said a fellow Republican",
// "said one Democrat", and the name set off after it ("said a fellow
// Republican, Sen. Ann Lee", whose role the description is).
func (d *doc) partyNewcomer(i, hi int) (subject, bool) {
	if !newcomer(d.word(i)) {
		return subject{}, false
	}
	j := i + 1
	for j < hi && j < i+3 && d.toks[j].word && !d.toks[j].upper && d.describing(j) {
		j++ // "fellow", "senior"
	}
	if j >= hi || !d.partyNoun(j) {
		return subject{}, false
	}
	s := subject{from: i, to: j + 1, ss: -1, se: -1, name: d.spanText(i, j+1)}
	if j+2 < hi && d.punct(j+1) == "," {
		if end, ok := d.runAfter(j+2, hi); ok {
			if n := d.named(j+2, end); n.name != "" && n.ss >= 0 {
				n.from, n.role = i, s.name
				return n, true
			}
		}
	}
	return s, true
}
