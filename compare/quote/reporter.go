package quote

// reporterSubject reads the one who says a "he" or "she" at token i does
// something: `the governor said she apologizes`, `Lee told reporters that
// he regrets`: the pronoun opening the reported clause is the reporter,
// when the reporter is one person (a name, a role or a spokesman, not
// "police") and not of the other sex.
func (d *doc) reporterSubject(i int, sx sex) (subject, bool) {
	v := i - 1
	if v > 0 && d.word(v) == "that" {
		v--
	}
	if v < 1 || !d.toks[v].word || d.toks[v].upper || d.toks[v].quoted || !speechVerbs.has(d.word(v)) {
		return subject{}, false
	}
	lo := d.tokAt(d.sentenceAt(d.toks[i].s).Start)
	s, ok := d.subjectBefore(lo, v)
	if !ok || s.name == "" || s.to <= s.from || s.to > v {
		return subject{}, false
	}
	if h := d.word(s.to - 1); pronouns.has(h) {
		return subject{}, false // "he said she …" is two people; a pronoun reads its own way
	}
	one := false
	for m := range d.ments {
		if d.ments[m].name != s.name {
			continue
		}
		if d.ments[m].kind != person {
			return subject{}, false
		}
		if x := d.toldSex(m, d.toks[i].s); x != anySex && x != sx {
			return subject{}, false
		}
		one = true
	}
	if !one {
		h := d.word(s.to - 1)
		one = personNouns.has(h) || titles.has(h) || spokes.has(h)
	}
	return s, one
}
