package quote

import "strings"

// A relative known by whose relative they are ("his brother said", "said
// his brother") is often the person the article named so before: "John
// Banky, Ben's older brother, spoke ..." makes "his brother" John Banky,
// not "Ben's brother" nor, when "his" was read as John, "John's brother".

// relativeNamed finds the one person named before pos as someone's noun
// ("P, Ben's brother," or "Ben's brother P"), whose owner is the owner
// read for a pronoun, or who is that owner himself. It returns the person
// and the relation as the article wrote it ("Ben's older brother").
func (d *doc) relativeNamed(pos int, owner, noun string) (name, role string, ok bool) {
	ownerWords := strings.Fields(strings.ToLower(owner))
	for k, w := range ownerWords {
		ownerWords[k] = trimPossessive(w) // "Ben's brother", a subject read so
	}
	for _, m := range d.ments {
		if m.s >= pos {
			break
		}
		if m.kind != person {
			continue
		}
		o, n, found := d.relationBeside(m)
		if !found || d.word(n) != noun {
			continue
		}
		if m.name != owner && !containsWord(ownerWords, strings.ToLower(trimPossessive(d.text[d.toks[o].s:d.toks[o].e]))) {
			continue
		}
		r := d.spanText(o, n+1)
		if ok && name != m.name {
			return "", "", false // two relatives fit: none is sure
		}
		name, role, ok = m.name, r, true
	}
	return name, role, ok
}

// relationBeside reads the relation set beside the person mention m: ",
// Ben's older brother" after it or "Ben's brother" before it. It returns
// the owner's token and the noun's.
func (d *doc) relationBeside(m mention) (o, n int, ok bool) {
	isOwner := func(k int) bool {
		return k >= 0 && k < len(d.toks) && d.isPossessive(k) && d.toks[k].upper && !d.toks[k].quoted
	}
	if k := d.tokAt(m.e); k+2 < len(d.toks) && d.punct(k) == "," && isOwner(k+1) {
		for n := k + 2; n < len(d.toks) && n <= k+4; n++ {
			if t := d.toks[n]; !t.word || t.upper || t.quoted {
				break
			}
			if kinNouns.has(d.word(n)) && (n+1 >= len(d.toks) || !d.toks[n+1].word) {
				return k + 1, n, true
			}
		}
	}
	n = d.tokAt(m.s) - 1
	if n >= 0 && d.punct(n) == "," {
		n--
	}
	if n < 1 || !d.toks[n].word || d.toks[n].upper || !kinNouns.has(d.word(n)) {
		return 0, 0, false
	}
	for o := n - 1; o >= 0 && o >= n-3; o-- {
		if isOwner(o) {
			return o, n, true
		}
		if t := d.toks[o]; !t.word || t.upper || t.quoted {
			break
		}
	}
	return 0, 0, false
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
