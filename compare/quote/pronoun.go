package quote

import "sort"

// A "he" or "she" opening a quotation's attribution after a sentence that
// has no person of the pronoun's sex as its subject ("This argument also
// drew the ire of Justice Lee, who said …", "That did not satisfy Justice
// Lee.", "The roof was damaged, Kroon said.") is read as a reader reads
// it: from the sentence just read, not from a subject further back. The
// one that sentence has speak comes first, a named object whose sex is
// known only after it; then, when nothing in that sentence already refers
// to someone by a pronoun, the last person it names. findPerson
// (salience.go) calls these after the sentence's quoted speaker, and only
// when the pronoun's own sentence names no one before it ("…, Barry Rand,
// issued a statement refuting what he described as …" is Rand's). A sex
// is known from a title or a first name, or from a pronoun that stood for
// the person before (learnSex).

// cueSpeakerIn is the last person named in sentence k who speaks there:
// the subject of a cue verb ("Lee said", "Lee, who said", "Lee also
// told") or the name after one (", said Lee"), when sentence k's subject
// sub is no person who may be the pronoun's (a person of unknown sex is,
// and the subjects' rule after this one takes them). Mentions before end
// only; -1 when none.
func (d *doc) cueSpeakerIn(k, sub, pos int, fits func(int) bool, end int) int {
	if !d.noPersonSubject(sub, pos) {
		return -1
	}
	for m := end - 1; m >= 0 && d.ments[m].s >= d.sents[k].Start; m-- {
		if fits(m) && !d.reported(m) && d.speaks(m, d.tokAt(d.sents[k].End)) {
			return m
		}
	}
	return -1
}

// unnamedSubjectPerson is the last person of unknown sex named in
// sentence k, outside what someone is reported to have said ("That did not
// satisfy Justice Lee."), when k's subject sub is no person who may be
// the pronoun's and k refers to no one by a pronoun of sex sx ("Born in
// Lisbon, he has …" continues the man before it, not Lisbon's); -1 when
// none. Mentions before end only.
func (d *doc) unnamedSubjectPerson(k, sub, pos int, sx sex, fits func(int) bool, end int) int {
	if !d.noPersonSubject(sub, pos) || d.sexPronounIn(k, sx) {
		return -1
	}
	for m := end - 1; m >= 0 && d.ments[m].s >= d.sents[k].Start; m-- {
		if fits(m) && !d.reported(m) {
			return m
		}
	}
	return -1
}

// noPersonSubject reports whether the subject mention sub (-1 for none)
// leaves the pronoun at pos to another: none, an organisation, or a person of the
// other sex. A person of unknown sex, or a mention of unknown kind (a
// sentence's opening word the reader may not take for a name: "Born in
// Lisbon, he …"), may be the one the pronoun stands for.
func (d *doc) noPersonSubject(sub, pos int) bool {
	if sub < 0 {
		return true
	}
	return d.ments[sub].kind == org || d.ments[sub].kind == person && d.toldSex(sub, pos) != anySex
}

// personIn reports whether sentence k names a person that fits before
// mention end, outside what someone is reported to have said.
func (d *doc) personIn(k int, fits func(int) bool, end int) bool {
	for m := end - 1; m >= 0 && d.ments[m].s >= d.sents[k].Start; m-- {
		if fits(m) && !d.reported(m) {
			return true
		}
	}
	return false
}

// speaks reports whether mention m is the subject of a cue verb, or the
// name right after one, before token hi: "Lee said", "Lee, who said",
// "Lee also told", "…, said Lee".
func (d *doc) speaks(m, hi int) bool {
	from, to := d.tokAt(d.ments[m].s), d.tokAt(d.ments[m].e)
	if from > 1 && speechVerbs.has(d.word(from-1)) && !d.toks[from-1].quoted && !d.toks[from-2].word {
		return true
	}
	i := to
	if i+1 < hi && !d.toks[i].word && d.punct(i) == "," && d.word(i+1) == "who" {
		i++
	}
	for n := 0; i < hi && n < 3; i, n = i+1, n+1 {
		t := d.toks[i]
		if !t.word || t.quoted || t.upper {
			return false
		}
		w := d.word(i)
		if goForms.has(w) {
			return d.word(i+1) == "on" // "Lee went on", not "Lee went after"
		}
		if speechVerbs.has(w) || objectVerbs.has(w) {
			return true // "Lee said", "Lee asked Ortiz", "Lee reminded Ortiz"
		}
		if w != "who" && !auxiliaries.has(w) && !d.adverb(i) && w != "also" && w != "later" && w != "then" && w != "first" {
			return false
		}
	}
	return false
}

// sexPronounIn reports whether sentence k refers to someone of sex sx by
// a pronoun outside quotations: "he", "him", "his" for a man.
func (d *doc) sexPronounIn(k int, sx sex) bool {
	words := []string{"he", "him", "his", "himself"}
	if sx == female {
		words = []string{"she", "her", "hers", "herself"}
	}
	lo, hi := d.tokAt(d.sents[k].Start), d.tokAt(d.sents[k].End)
	for i := lo; i < hi; i++ {
		if !d.toks[i].word || d.toks[i].quoted {
			continue
		}
		for _, w := range words {
			if d.word(i) == w {
				return true
			}
		}
	}
	return false
}

// roleSubject is the mention of the person a role noun opening a sentence
// at token i ("the senator", "the chief justice") stands for, read as a
// cue's subject is (refs.go), or -1 when the noun names no one.
func (d *doc) roleSubject(i, hi int) int {
	role := func(h int) bool {
		w := d.word(h)
		return d.toks[h].word && !d.toks[h].upper && !d.toks[h].quoted && !d.isPossessive(h) &&
			(personNouns.has(w) || titles.has(w) || lesserOffice(w))
	}
	for h := i + 1; h < hi && h <= i+3 && role(h); h++ {
		if h+1 < hi && role(h+1) && !(adverbialOrdinal(d.word(h+1)) && (h+2 >= hi || !role(h+2))) {
			continue // "the chief | justice": the head is the last noun; not "the governor first stepped"
		}
		s, ok := d.nounBefore(i, h)
		if !ok || s.name == "" || s.role == "" {
			return -1 // "the company", "the aide": no person the article named
		}
		end := sort.Search(len(d.ments), func(m int) bool { return d.ments[m].s >= d.toks[i].s })
		for m := end - 1; m >= 0; m-- {
			if d.ments[m].kind == person && d.ments[m].name == s.name {
				return m
			}
		}
		return -1
	}
	return -1
}

// resolvePerson finds the person a pronoun or role noun at pos stands for
// (findPerson, salience.go), else the nearest person named before it that
// fits; sx is the sex the pronoun tells, anySex for a role noun. A person
// found by the rules is then known to be of the pronoun's sex (learnSex);
// the nearest one is a guess, which tells nothing.
func (d *doc) resolvePerson(pos int, sx sex) (int, bool) {
	if m, ok := d.findPerson(pos, sx); ok {
		if sx != anySex {
			d.learnSex(m, sx, pos)
		}
		return m, true
	}
	fits := d.personFits(pos, sx)
	for i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos }) - 1; i >= 0; i-- {
		if fits(i) {
			return i, true
		}
	}
	return -1, false
}

// learned is the sex a pronoun told of a person whose name does not tell
// it, and where that pronoun stands.
type learned struct {
	sx sex
	at int
}

// learnSex records that the pronoun at pos, of sex sx, stands for the
// person of mention m, when no title or first name told their sex: "Justice
// Lee was unconvinced. \"…,\" he told the lawyer" makes Lee a man for the
// pronouns after it. The first pronoun tells.
func (d *doc) learnSex(m int, sx sex, pos int) {
	if d.ments[m].sex != anySex {
		return
	}
	if d.told == nil {
		d.told = map[string]learned{}
	}
	if _, ok := d.told[d.ments[m].name]; !ok {
		d.told[d.ments[m].name] = learned{sx, pos}
	}
}

// toldSex is the sex of mention m's person as known at pos: by a title or
// a first name, else by a pronoun before pos that stood for them.
func (d *doc) toldSex(m, pos int) sex {
	if sx := d.ments[m].sex; sx != anySex || d.ments[m].kind != person {
		return sx
	}
	if l, ok := d.told[d.ments[m].name]; ok && l.at < pos {
		return l.sx
	}
	return anySex
}

// inSubjectPlace reports whether mention m stands where a clause's subject
// does: after the sentence's start, a comma or a word that opens a clause
// ("When King hired", "and Lee said"), and before a lower-case word that
// is no preposition.
func (d *doc) inSubjectPlace(m int) bool {
	from, to := d.tokAt(d.ments[m].s), d.tokAt(d.ments[m].e)
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > d.ments[m].s })
	if to >= len(d.toks) || k >= len(d.sents) {
		return false
	}
	if t := d.toks[to]; !t.word || t.upper || t.quoted || prepositions.has(d.word(to)) || connectors.has(d.word(to)) {
		return false
	}
	if from == d.tokAt(d.sents[k].Start) {
		return true
	}
	w := d.word(from - 1)
	return d.punct(from-1) == "," || clauseWords.has(w) || w == "and" || w == "but"
}

// adverbialOrdinal reports whether w, a title word in "first lady", may
// follow a role noun as an adverb: "the governor first stepped in".
func adverbialOrdinal(w string) bool {
	switch w {
	case "first", "second", "last", "next":
		return true
	}
	return false
}
