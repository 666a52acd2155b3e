package quote

// objectIs reports whether the object of verb v is the person name: "the
// congressman" the article gave that person's role, or their name.
func (d *doc) objectIs(v int, name string) bool {
	k := v + 1
	if k+1 < len(d.toks) && d.word(k) == "the" && !d.toks[k+1].upper && titles.has(d.word(k+1)) {
		m, ok := d.titledBefore(d.toks[k].s, d.word(k+1))
		return ok && d.ments[m].name == name
	}
	if to, ok := d.runAfter(k, len(d.toks)); ok {
		return d.named(k, to).name == name
	}
	return false
}

// describedOpener reads a subject known by description opening the clause
// at token j, before k: "after the man approached the congressman and
// asked" is the man's question, not the sentence subject's.
func (d *doc) describedOpener(j, k int) (subject, bool) {
	if w := d.word(j); w != "the" && w != "a" && w != "an" {
		return subject{}, false
	}
	for h := j + 1; h < k && h < j+5 && d.toks[h].word && !d.toks[h].quoted && !d.toks[h].upper; h++ {
		if w := d.word(h); personNouns.has(w) || orgNouns.has(w) || descNouns.has(w) {
			return d.nounBefore(j, d.headNoun(h, k))
		}
		if d.isVerb(h) || clauseWords.has(d.word(h)) || functionWords.has(d.word(h)) || determiners.has(d.word(h)) {
			break // "a student approached the congressman": not the congressman
		}
	}
	return subject{}, false
}
