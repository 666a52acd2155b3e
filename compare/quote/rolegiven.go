package quote

import (
	"sort"
	"strings"
)

// A role noun ("the mayor said") stands for the person the article has
// given that role, as a careful reader takes it: by a title before the name
// ("Mayor Tom Reed", "the Brackwater mayor Tom Reed"), an appositive after
// it ("Tom Reed, the mayor of Brackwater,", "Tom Reed, Brackwater's
// mayor,", "Tom Reed, who was elected mayor in 2019,") or an appositive
// before it ("Brackwater's mayor, Tom Reed,"). News gives a person's
// office where it first names them, so a bare role ("the mayor") that the
// article gave no one is the role itself, never the nearest name (refs.go).
// An epithet is another matter: news prose often names the person a
// passage is about by one the article never gave them ("Trump ... The New
// York businessman says"), so the subject of the epithet's sentence or of
// the ones just before stands for it; but never the nearest name further
// back, and never someone the article has given another office (Gov. Ann
// Lee is not the Vermont senator; a former office rules nothing out).

// resolveRole finds the person an epithet whose head is the role noun at
// pos stands for (see above).
func (d *doc) resolveRole(pos int, noun string) (int, bool) {
	if m, ok := d.titledBefore(pos, noun); ok {
		return m, true
	}
	m, ok := d.salientPerson(pos)
	if !ok || d.otherInSentence(m, noun, pos) || d.otherOffice(m, noun, pos) {
		return -1, false
	}
	return m, true
}

// resolveOwnedRole finds the person a role of an owner's at pos stands for
// ("the ferry line's president"): the nearest one the article gave that
// role, by a title or an appositive, in a sentence that names the owner
// ("Ferry line president Tom Reed", "Tom Reed, president of the ferry
// line,"). Not the one the passage is about: "Amy Lee was charged. … The
// ferry line's president said" is no word of hers (she was given no such
// role), nor someone given the role of another body ("Park Dunn, president
// of the rowing club").
func (d *doc) resolveOwnedRole(pos int, noun, owner string) (int, bool) {
	keys := keysOf(noun)
	for m := d.mentionBefore(pos); m >= 0; m-- {
		if o := d.ments[m]; o.kind == person && d.givesRole(o, keys, false) && d.ownerBeside(o, owner) {
			return m, true
		}
	}
	return -1, false
}

// ownerBeside reports whether the owner word stands in mention m's title
// words or in its sentence.
func (d *doc) ownerBeside(m mention, owner string) bool {
	if owner == "" {
		return false
	}
	if ContainsWord(m.role, owner) {
		return true
	}
	sent := d.sentenceAt(m.s)
	return sent.End > sent.Start && ContainsWord(strings.ToLower(d.text[sent.Start:sent.End]), owner)
}

// givesRole reports whether mention m, a person, is given the role by its
// title words or an appositive beside the name. A plural role ("the
// senators") is a group, which no appositive of one name gives.
func (d *doc) givesRole(m mention, keys []string, plural bool) bool {
	if titleHolds(m.role, keys) {
		return true
	}
	if plural {
		return false
	}
	for _, h := range d.appositiveHeads(m) {
		if roleKey(h.word, keys) {
			return true
		}
	}
	return false
}

// titleHolds reports whether a mention's title words hold the role: "sen."
// for the senator, "brackwater mayor" for the mayor, but not "vice
// president" for the president, "lt. gov." for the governor or "democratic
// vice presidential nominee" for the nominee (that is the "vice nominee").
func titleHolds(role string, keys []string) bool {
	for q := range qualifiedWords(role) {
		if roleKey(q.word, keys) {
			return true
		}
	}
	return false
}

// qualified is a title word with the lesser office and "former" before it.
type qualified struct {
	word   string // "president", "vice president"
	former bool
}

// qualifiedWords yields each word of a mention's title words, qualified.
func qualifiedWords(role string) func(func(qualified) bool) {
	return func(yield func(qualified) bool) {
		lesser, former := "", false
		for w := range strings.FieldsSeq(role) {
			q := qualified{word: w, former: former}
			if lesser != "" {
				q.word = lesser + " " + w
			}
			if !yield(q) {
				return
			}
			if lesserOffice(w) {
				lesser = w
			}
			former = former || w == "former"
		}
	}
}

// lesserOffice are words before a title that make it another office: the
// vice president is not the president, the deputy mayor not the mayor.
func lesserOffice(w string) bool {
	switch w {
	case "vice", "deputy", "assistant", "associate", "lt.", "lt", "lieutenant", "acting", "interim":
		return true
	}
	return false
}

// keysOf returns the title words that name a role noun's holder.
func keysOf(noun string) []string {
	if keys := roleKeys[noun]; len(keys) > 0 {
		return keys
	}
	return []string{noun}
}

// roleKey reports whether title word w is one of keys.
func roleKey(w string, keys []string) bool {
	for _, k := range keys {
		if w == k {
			return true
		}
	}
	return false
}

// appositiveHeads returns the role nouns set beside mention m's name: the
// head of an appositive after it (", the mayor of Brackwater,", ", who was
// elected mayor"), a role word in lower case just before it ("the
// Brackwater mayor Tom Reed", "beat writer Larry Holder") and the role
// before a comma ("Brackwater's mayor, Tom Reed"). A head after a lesser
// office ("deputy mayor") is given with it, as "deputy mayor".
func (d *doc) appositiveHeads(m mention) []qualified {
	var out []qualified
	from, to := d.tokAt(m.s), d.tokAt(m.e)
	if h := d.roleAfterName(to); h.word != "" {
		out = append(out, h)
	}
	k := from - 1
	if d.punct(k) == "," {
		k--
		// The role opens its phrase: an article, an owner or words that
		// describe before it ("told the mayor, Tom Reed said" is rare).
		if p := k - 1; k >= 0 && d.toks[k].word && !d.toks[k].quoted &&
			(p < 0 || !d.toks[p].word || determiners.has(d.word(p)) || d.isPossessive(p) || d.describing(p) || d.isTitle(p)) {
			out = append(out, d.headWord(k))
		}
	} else if k >= 0 && d.toks[k].word && !d.toks[k].upper && !d.toks[k].quoted && !d.isPossessive(k) &&
		(d.isTitle(k) || personNouns.has(d.word(k)) || jobs.has(d.word(k)) || offices.has(d.word(k))) {
		out = append(out, d.headWord(k)) // not "says Kaine", "before Kaine"
	}
	return out
}

// headWord is the role noun at token k, with a lesser office among the
// three words before it ("vice presidential nominee" is a "vice nominee")
// and whether "former" is among them.
func (d *doc) headWord(k int) qualified {
	q := qualified{word: d.word(k), former: d.qualifierBefore(k, "former")}
	if l := d.lesserBefore(k); l != "" {
		q.word = l + " " + q.word
	}
	return q
}

// lesserBefore returns the lesser office among the three words that
// describe before token k ("deputy" in "the deputy harbor master"), or "".
func (d *doc) lesserBefore(k int) string {
	for j := k - 1; j >= 0 && j >= k-3 && d.toks[j].word && !d.toks[j].quoted; j-- {
		if w := d.word(j); lesserOffice(w) {
			return w
		} else if determiners.has(w) || d.isPossessive(j) {
			break
		}
	}
	return ""
}

// qualifierBefore reports whether word w is among the three words that
// describe before token k: "former" in "the former secretary".
func (d *doc) qualifierBefore(k int, w string) bool {
	for j := k - 1; j >= 0 && j >= k-3 && d.toks[j].word && !d.toks[j].quoted; j-- {
		if d.word(j) == w {
			return true
		} else if determiners.has(d.word(j)) || d.isPossessive(j) {
			break
		}
	}
	return false
}

// roleAfterName reads the head of an appositive that opens at token e, just
// after a name: ", the mayor of Brackwater,", ", Brackwater's mayor,", ",
// mayor of Brackwater", ", who was elected mayor in 2019", or "".
func (d *doc) roleAfterName(e int) qualified {
	if d.punct(e) != "," {
		return qualified{}
	}
	k := e + 1
	if d.word(k) == "who" {
		k++
		for n := 0; n < 3 && roleLink(d.word(k)); n++ {
			k++
		}
		if k == e+2 {
			return qualified{}
		}
	}
	return d.roleHead(k)
}

// roleLink reports whether w joins "who" to a role: "who is", "who was
// elected", "who has served as".
func roleLink(w string) bool {
	switch w {
	case "is", "was", "has", "had", "been", "became", "serves", "served", "as", "elected", "named", "appointed", "now":
		return true
	}
	return false
}

// roleHead returns the head of the noun phrase opening at token k: after an
// article or an owner ("Brackwater's"), the last of up to five words that
// describe, where the phrase ends at punctuation, a preposition or a
// relative word. In ", an aide to the mayor," the head is "aide".
func (d *doc) roleHead(k int) qualified {
	switch {
	case k >= len(d.toks):
		return qualified{}
	case d.word(k) == "the" || d.word(k) == "a" || d.word(k) == "an":
		k++
	case d.toks[k].upper && d.isPossessive(k):
		k++
	}
	for n := 0; n < 5 && k < len(d.toks); n, k = n+1, k+1 {
		t := d.toks[k]
		if !t.word || t.quoted || !d.describing(k) && !d.isTitle(k) {
			return qualified{}
		}
		if d.phraseEnds(k+1) && !t.upper {
			return d.headWord(k)
		}
	}
	return qualified{}
}

// phraseEnds reports whether a noun phrase ends before token k: at
// punctuation, a preposition or a relative word, not another noun ("the
// mayor's office", "the mayor office").
func (d *doc) phraseEnds(k int) bool {
	if k >= len(d.toks) || !d.toks[k].word {
		return true
	}
	w := d.word(k)
	return prepositions.has(w) || w == "since" || w == "who" || w == "and" || w == "until"
}

// otherOffice reports whether the article has given the person of mention
// m, before pos, another form of the role (Vice President Joe Biden is not
// the president, the vice presidential nominee not the nominee) or, when
// the role is an office, another office or a newsroom's job (Larry Holder,
// a beat writer, is not the mayor). A former office rules nothing out.
func (d *doc) otherOffice(m int, noun string, pos int) bool {
	base := noun[strings.LastIndexByte(noun, ' ')+1:]
	keys := keysOf(noun)
	other := func(q qualified) bool {
		b := q.word[strings.LastIndexByte(q.word, ' ')+1:]
		if q.former || roleKey(q.word, keys) {
			return false
		}
		// The vice presidential nominee is not the nominee.
		return b == base || offices.has(base) && (offices.has(b) || jobs.has(b))
	}
	name := d.ments[m].name
	end := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
	for _, o := range d.ments[:end] {
		if o.kind != person || o.name != name {
			continue
		}
		for q := range qualifiedWords(o.role) {
			if other(q) {
				return true
			}
		}
		for _, h := range d.appositiveHeads(o) {
			if other(h) {
				return true
			}
		}
	}
	return false
}

// offices are public offices one person seldom holds two of at once, with
// their abbreviations.
var offices = listSet("offices", `president senator sen. governor gov. mayor congressman congresswoman
	representative rep. secretary minister premier chancellor ambassador judge justice sheriff
	commissioner councilman councilwoman councilmember councillor councilor cllr. alderman alderwoman
	assemblyman assemblywoman
	delegate del. prosecutor diplomat`)

// jobs are other roles that rule an office out: the press's.
var jobs = listSet("jobs", `writer reporter columnist correspondent editor journalist anchor host
	commentator pundit analyst pollster strategist`)

// ownerWord returns the possessive word of tokens [from, to), its "'s"
// trimmed and in lower case: "distributor" of "the beer distributor's
// president".
func (d *doc) ownerWord(from, to int) string {
	for k := from; k < to; k++ {
		if d.toks[k].word && d.isPossessive(k) {
			return trimPossessive(d.word(k))
		}
	}
	return ""
}

// ownedPhrase reports whether tokens [from, to) hold a possessive: the
// role they modify is an owner's ("the beer distributor's president").
func (d *doc) ownedPhrase(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].word && d.isPossessive(k) {
			return true
		}
	}
	return false
}

// relativeSubject reads a described subject whose relative clause stands
// between it and the verb v: `"…," the company that runs the ferries said`
// is the company's. The clause is short and has no punctuation; the noun
// before "that" or "who" is read as a subject of its own.
func (d *doc) relativeSubject(lo, v int) (subject, bool) {
	for r := v - 2; r > lo && r >= v-7; r-- {
		if !d.toks[r].word || d.toks[r].quoted || d.toks[r].upper {
			return subject{}, false
		}
		if w := d.word(r); w != "that" && w != "who" {
			continue
		}
		if n := r - 1; d.toks[n].word && !d.toks[n].upper && !d.toks[n].quoted {
			if s, ok := d.nounBefore(lo, n); ok && (s.name != "" || s.role != "") {
				s.to = v
				return s, true
			}
		}
		return subject{}, false
	}
	return subject{}, false
}
