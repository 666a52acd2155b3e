package quote

import (
	"sort"
	"strings"
)

// Many speakers in news have no name: "the council said", "a police
// spokeswoman said", "police said", "a fire officer said", "said a Surrey
// Police spokeswoman". Such a speaker is the speaker, labelled as the
// article describes it, with an article in lower case ("a fire officer",
// "the council"). A definite description of a body the article named before
// is that body ("the council" after "Banstead Council"); an indefinite one
// is someone new, never the person named last.

// descNouns are the heads of such descriptions: bodies that speak, and the
// people who speak for them.
var descNouns = listSet("descNouns", `police council brigade service force authority authorities army
	military navy court hospital embassy coastguard coroner prosecutors prosecutor
	investigators detectives officials official officer officers firefighters firefighter
	paramedics spokesman spokeswoman spokesperson source sources witnesses residents
	organisers organizers experts analysts deputies aides advisers advisors allies supporters
	opponents strategists`)

// bareNouns describe a speaker without an article: "police said",
// "officials said", "Surrey police said".
var bareNouns = listSet("bareNouns", `police authorities prosecutors investigators detectives officials officers
	firefighters paramedics sources witnesses residents organisers organizers experts analysts deputies
	aides advisers advisors allies supporters opponents strategists`)

// description reads a speaker known by what it is, its head noun at token
// i, its words from lo: "the council", "a police spokeswoman", "Surrey
// police", "police".
func (d *doc) description(lo, i int) (subject, bool) {
	w := d.word(i)
	if i < lo || d.toks[i].quoted || !descNouns.has(w) {
		return subject{}, false
	}
	j, det := i, ""
	for k := i - 1; k >= lo && k > i-5; k-- {
		kw := d.word(k)
		if kw == "the" || newcomer(kw) {
			j, det = k, kw
			break
		}
		if !d.describing(k) {
			break
		}
		j = k
	}
	if det == "" && !bareNouns.has(w) {
		return subject{}, false
	}
	if det == "" && j == i && d.toks[i].upper && !d.opensSentence(i) {
		return subject{}, false // "Police" inside a sentence is a name's, read as one
	}
	s := subject{from: j, to: i + 1, ss: d.toks[j].s, se: d.toks[i].e}
	s.name = d.spanText(j, i+1)
	if det != "" || d.opensSentence(j) && !d.isName(j) || j == i {
		s.name = lowerFirst(s.name)
	}
	if !newcomer(det) {
		// "the council", "police": the body named before, when one was.
		if m, ok := d.bodyNamed(d.toks[j].s, w); ok {
			s.name = m.name
		}
	}
	return s, true
}

// newcomer reports whether w introduces someone new: "a spokesman", "one
// official", "one blogger".
func newcomer(w string) bool { return w == "a" || w == "an" || w == "one" }

// describedRun returns the head noun of a description opening at token i
// (an article or a bare noun) before hi: the last of the words that may
// describe, when it is a description's noun in lower case; else i.
func (d *doc) describedRun(i, hi int) int {
	head := i
	for j := i; j < hi && j < i+5; j++ {
		if j > i && !d.describing(j) {
			break
		}
		if !d.toks[j].upper && descNouns.has(d.word(j)) {
			head = j
		} else if j > i {
			head = i
		}
	}
	return head
}

// antecedent finds the description a definite one at tokens [j, i] takes
// up, in its paragraph or the three before: "the official" after "A
// senior fire department official said", "the spokesperson" after "A
// spokesperson for Google says" (Google, with the noun as its role), "the
// aide" after "a spokesperson for Grassley" (Chuck Grassley's spokesperson).
func (d *doc) antecedent(j, i int) (subject, bool) {
	w := d.word(i)
	p := d.paraIndex(d.toks[j].s)
	if p < 0 {
		return subject{}, false
	}
	lo := d.tokAt(d.paras[max(p-3, 0)].Start)
	for k := j - 1; k >= lo; k-- {
		// "the aide" takes up "a spokesperson for Grassley": one who
		// speaks for another, called by another word.
		same := d.word(k) == w || spokes.has(w) && spokes.has(d.word(k))
		if d.toks[k].quoted || !same || k+1 < len(d.toks) && !d.toks[k+1].upper && d.describing(k+1) {
			continue // "an Indian navy ship" is no navy
		}
		var s subject
		if d.word(k+1) == "for" {
			from := k + 2
			if d.word(from) == "the" {
				from++
			}
			if to, ok := d.runAfter(from, len(d.toks)); ok {
				if n, ok := d.spokesName(to); ok {
					// "A spokesman for Senator Ann Lee, Tom Hale, said …
					// the spokesman said": Tom Hale, whom the article
					// named.
					n.role = d.spanText(j, i+1)
					n.from, n.to = j, i+1
					return n, true
				}
			}
		}
		if to, ok := d.runAfter(k+2, len(d.toks)); ok && d.word(k+1) == "for" {
			if s = d.named(k+2, to); s.name != "" {
				if s = d.speaksThrough(s, d.word(k)); s.role != "" {
					s.role = w
				}
			}
		} else if a, ok := d.description(max(lo, k-5), k); ok && (d.word(a.from) == "a" || d.word(a.from) == "an") {
			s = a
		}
		if s.name != "" {
			s.from, s.to, s.ss, s.se = j, i+1, d.toks[j].s, d.toks[i].e
			return s, true
		}
	}
	return subject{}, false
}

// spokesName reads the name set off by commas after "a spokesman for X"
// ending before token to: ", Tom Hale," names the spokesman.
func (d *doc) spokesName(to int) (subject, bool) {
	if to+1 >= len(d.toks) || d.punct(to) != "," {
		return subject{}, false
	}
	e, ok := d.runAfter(to+1, len(d.toks))
	if !ok || e >= len(d.toks) || d.punct(e) != "," {
		return subject{}, false
	}
	n := d.named(to+1, e)
	if n.name == "" || n.role != "" || d.hasOrgWord(to+1, e) {
		return subject{}, false
	}
	return n, true
}

// thingSpoke resolves "it" at token i to the speaker of the sentence
// before, in its paragraph or the one before, when that speaker is no
// person: `A statement from Waitrose said ... \n\n "...," it added` is
// Waitrose's, though Surrey Police is the organisation named last.
func (d *doc) thingSpoke(i int) (subject, bool) {
	pos := d.toks[i].s
	k, ok := d.sentenceBefore(pos)
	if !ok {
		return subject{}, false
	}
	if m, ok := d.resolve(pos, org, anyOrg); ok && m.s >= d.sents[k].Start {
		// "when a national outlet, Slate magazine, produced a profile,
		// it said": the body its own sentence names first.
		return subject{}, false
	}
	a := d.beforeCue(d.sents[k-1].Start, d.sents[k-1].End)
	if !a.found || a.name == "" || d.toks[a.from].quoted || pronouns.has(d.word(a.from)) {
		return subject{}, false
	}
	for _, m := range d.ments {
		if m.name == a.name && m.kind == person {
			return subject{}, false
		}
	}
	return subject{from: i, to: i + 1, name: a.name, ss: pos, se: d.toks[i].e}, true
}

// docOpensBefore resolves "it" at token i to the document the sentence
// before opens with as its subject, in the pronoun's paragraph or the one
// before: "The cable also warned that the brigade, the group charged with
// …, appeared compromised. It said "…"" is the cable's, whatever verb
// ends that sentence.
func (d *doc) docOpensBefore(i int) (subject, bool) {
	pos := d.toks[i].s
	k, ok := d.sentenceBefore(pos)
	if !ok {
		return subject{}, false
	}
	lo := d.tokAt(d.sents[k-1].Start)
	if d.word(lo) != "the" || !docNoun(d.word(lo+1)) || d.toks[lo+1].upper || strings.HasSuffix(d.word(lo+1), "s") {
		return subject{}, false
	}
	s := d.docSource(lo, lo+1)
	s.from, s.to, s.ss, s.se = i, i+1, pos, d.toks[i].e
	return s, true
}

// regardVerbs class a thing as something: the words after "as" are the
// classer's (`Police are treating the fire as "potentially suspicious"`).
var regardVerbs = verbSet("regardVerbs", `treat regard view consider classify see/saw/seen`)

// regardedAs reads the classer of a fragment at pos that follows "as" (or
// "as a"): the agent of a passive verb of regard (`treated by police as
// "potentially suspicious"`) or the subject of an active one (`Police are
// treating the fire as "potentially suspicious"`), in the clause from from.
func (d *doc) regardedAs(from, pos int) attribution {
	lo, k := d.tokAt(from), d.tokAt(pos)-1
	if w := d.word(k); w == "a" || w == "an" {
		k--
	}
	if k <= lo || d.word(k) != "as" {
		return attribution{}
	}
	for v := k - 1; v >= lo && k-v <= 20; v-- {
		if d.toks[v].quoted || d.isStop(v) {
			break
		}
		if !regardVerbs.has(d.word(v)) || d.toks[v].upper {
			continue
		}
		if d.word(v+1) == "by" {
			if s, ok := d.agent(v+2, k); ok {
				return attribution{subject: s, cue: d.word(v), found: true}
			}
			break
		}
		if s, ok := d.subjectBefore(lo, v); ok && s.name != "" {
			return attribution{subject: s, cue: d.word(v), found: true}
		}
		break
	}
	return attribution{}
}

// agent reads the agent of a passive verb in tokens [i, hi): a name or a
// description ("police", "the fire brigade").
func (d *doc) agent(i, hi int) (subject, bool) {
	if j := d.describedRun(i, hi); j+1 == hi {
		if s, ok := d.description(i, j); ok {
			return s, true
		}
	}
	if to, ok := d.runAfter(i, hi); ok && to == hi {
		if s := d.named(i, to); s.name != "" {
			return s, true
		}
	}
	return subject{}, false
}

// describedSpoke resolves "he" or "she" at token i to the speaker known by
// description who spoke in the sentence before, in its paragraph or the
// one before: `A police spokeswoman said … \n\n She added: "…"`. A noun
// that tells a sex must fit the pronoun's.
func (d *doc) describedSpoke(i int, sx sex) (subject, bool) {
	pos := d.toks[i].s
	k, ok := d.sentenceBefore(pos)
	if !ok {
		return subject{}, false
	}
	if m := d.mentionBefore(pos); m >= 0 && k < len(d.sents) && d.ments[m].s >= d.sents[k].Start {
		return subject{}, false // "when King was asked …, she told them": King
	}
	name := ""
	if a := d.beforeCue(d.sents[k-1].Start, d.sents[k-1].End); a.found && !a.noun {
		name = a.name
	} else {
		name = d.describedLast(k)
	}
	if !Described(name) {
		return subject{}, false
	}
	head := name[strings.LastIndexByte(name, ' ')+1:]
	if hs := nounSex(head); hs != anySex && hs != sx || !personNouns.has(head) && !descNouns.has(head) || bareNouns.has(head) {
		return subject{}, false // "police said … she added" is a person of theirs, unnamed
	}
	return subject{from: i, to: i + 1, name: name, ss: pos, se: d.toks[i].e}, true
}

// describedLast is the speaker of the quotation that opens in the
// sentence before sentence k, stepping back over sentences that are all
// quotation (the words a "he added" goes on with, run over paragraphs),
// or "". It reads the speaker the cue after a quotation gave (`"…," said
// a senior officer, who was with Admiral Keller.`) where the cue rules
// of that sentence alone find none.
func (d *doc) describedLast(k int) string {
	j := k - 1
	for j > 0 && d.allQuoted(d.sents[j]) {
		j--
	}
	if len(d.spoke) == 0 {
		return ""
	}
	sp := d.spoke[len(d.spoke)-1]
	if sp.at < d.sents[j].Start || sp.at >= d.sents[k].Start {
		return ""
	}
	for m := d.mentionBefore(d.sents[k].Start); m >= 0 && d.ments[m].s > sp.at; m-- {
		if t := d.tokAt(d.ments[m].s); d.ments[m].kind == person && t > 0 && d.punct(t-1) == "," {
			// "said a White House spokesman, Eric Schultz": the name
			// set beside the description is the one "he" stands for.
			return ""
		}
	}
	return sp.name
}

// allQuoted reports whether every word of sentence s lies inside
// quotation marks.
func (d *doc) allQuoted(s Span) bool {
	words := false
	for t := d.tokAt(s.Start); t < len(d.toks) && d.toks[t].s < s.End; t++ {
		if d.toks[t].word {
			if !d.toks[t].quoted {
				return false
			}
			words = true
		}
	}
	return words
}

// mentionBefore is the last mention starting before pos, or -1.
func (d *doc) mentionBefore(pos int) int {
	return sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos }) - 1
}

// nounSex is the sex a person noun tells: "spokeswoman", "spokesman".
func nounSex(w string) sex {
	switch {
	case strings.HasSuffix(w, "woman"), w == "actress":
		return female
	case strings.HasSuffix(w, "man"):
		return male
	}
	return kinSex[w]
}

// headNoun returns the last noun of the compound whose first noun is token
// j, before hi: "administration official" in "a senior administration
// official".
func (d *doc) headNoun(j, hi int) int {
	for j+1 < hi && d.toks[j+1].word && !d.toks[j+1].upper && !d.toks[j+1].quoted &&
		(personNouns.has(d.word(j+1)) || descNouns.has(d.word(j+1))) {
		j++
	}
	return j
}

// describing reports whether token k may modify a description's head noun:
// "fire" in "a fire officer", "Surrey Police" in "a Surrey Police
// spokeswoman", "senior" in "a senior official".
func (d *doc) describing(k int) bool {
	t := d.toks[k]
	if !t.word || t.quoted || d.isPossessive(k) {
		return false
	}
	w := d.word(k)
	if t.upper {
		return d.isName(k) || descNouns.has(w)
	}
	return !capStops.has(w) && !pronouns.has(w) && !clauseWords.has(w) && !prepositions.has(w) &&
		!speechVerbs.has(w) && !auxiliaries.has(w) && !skippable.has(w) && !connectors.has(w) && !d.adverb(k)
}

// opensSentence reports whether token i is the first word of its sentence
// or paragraph.
func (d *doc) opensSentence(i int) bool {
	if i == 0 || d.paraBreak(i-1) {
		return true
	}
	// Marks stand between the stop and the word either way: `. "Police`
	// and `2012." Amplifying`.
	k := i - 1
	for k > 0 && (isOpener(d.punct(k)) || isCloser(d.punct(k))) {
		k--
	}
	switch d.punct(k) {
	case ".", "!", "?", "…":
		return !d.numberDot(k)
	}
	return false
}

// bodyNamed finds the body an article named before pos whose name holds the
// noun: "the council" is "Reigate and Banstead Council", "police" is "Surrey
// Police". Only an organisation counts, and only its name's last word: "the
// service" is not "Secret Service Director".
func (d *doc) bodyNamed(pos int, noun string) (mention, bool) {
	for i := len(d.ments) - 1; i >= 0; i-- {
		m := d.ments[i]
		if m.s >= pos || m.kind != org {
			continue
		}
		last := m.name[strings.LastIndexByte(m.name, ' ')+1:]
		if strings.EqualFold(last, noun) {
			return m, true
		}
	}
	return mention{}, false
}

// lowerFirst puts the first letter of s in lower case: "The council" is
// "the council" wherever it stands.
func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// Described reports whether speaker is known only by a description, not a
// name ("a police spokeswoman", "the council", "police", "Surrey police"):
// it opens with an article or ends in a word in lower case, an owner in
// lower case too ("the church's minister"). Such a speaker may be anyone
// another article names; "de Blasio" is a name.
func Described(speaker string) bool {
	f := strings.Fields(speaker)
	if len(f) == 0 {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			if w[0] < 'a' || w[0] > 'z' {
				return false // "Scott's family" is known by whose it is (Describes)
			}
			break // "the church's minister": a role of a body never named, described
		}
	}
	if w := f[0]; w == "a" || w == "an" || w == "the" {
		return true
	}
	last := f[len(f)-1]
	return last[0] >= 'a' && last[0] <= 'z'
}

// sentenceBefore finds the sentence holding pos, k, and reports whether
// the sentence before it, k-1, lies in pos's paragraph or the one before:
// the reach of a pronoun's antecedent in the speaker rules above.
func (d *doc) sentenceBefore(pos int) (k int, ok bool) {
	k = sort.Search(len(d.sents), func(j int) bool { return d.sents[j].End > pos })
	if k <= 0 || k > len(d.sents) {
		return 0, false
	}
	p := d.paraIndex(pos)
	return k, p >= 0 && d.paraIndex(d.sents[k-1].Start) >= p-1
}
