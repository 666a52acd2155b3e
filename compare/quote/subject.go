package quote

import (
	"strings"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// The subject of a cue verb is found next to it: before it ("X said", "X,
// the port's director, said", "the company said") or after it ("said X").
// A name keeps its role; a pronoun or a noun such as "the company" is
// resolved to the nearest earlier mention of the right kind.

// skipBack steps back over words that may stand between a subject and its
// verb ("also", "on Tuesday").
// Auxiliaries and adverbs in -ly are stepped over too: "X has repeatedly
// called", "X is describing", "X cynically dismissed".
func (d *doc) skipBack(lo, i int) int {
	for i >= lo && !d.toks[i].quoted {
		w := d.word(i)
		if !(skippable.has(w) || auxiliaries.has(w) || d.adverb(i) || w == "on" && skippable.has(d.word(i+1))) {
			break
		}
		i--
	}
	return i
}

// adverb reports whether token i is a lower-case adverb in -ly ("openly"),
// not a name ("Kelly") or an adjective in common use ("only" is skippable).
func (d *doc) adverb(i int) bool {
	w := d.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !d.toks[i].upper && !notAdverbs.has(w)
}

// subjectBefore finds the subject that ends just before verb v.
func (d *doc) subjectBefore(lo, v int) (subject, bool) {
	i := d.skipBack(lo, v-1)
	if i-1 > lo && isCloser(d.punct(i)) && d.punct(i-1) == "," && d.embeddedTitle(i-2) {
		// `for his work in "Revolutionary Road," said`: the comma inside
		// a title's marks is the sentence's.
		return d.appositiveBefore(lo, i-1, v)
	}
	if i < lo || d.toks[i].quoted {
		return subject{}, false
	}
	if w := d.word(i); (w == "which" || w == "who") && i-1 > lo && d.punct(i-1) == "," && !d.auxiliaryIn(i+1, v) {
		// "the Log Cabin Republicans, a gay group, which said": the
		// relative speaks for the name it follows.
		if s, ok := d.relativeAntecedent(lo, i-1, v); ok {
			return s, true
		}
	}
	if pronouns.has(d.word(i)) {
		return d.pronounSubject(i), true
	}
	if s, ok := d.someOf(lo, i, v); ok {
		return s, true
	}
	if s, ok := d.countedBefore(lo, i); ok {
		return s, true // `"…," the two lawmakers said` (counted.go)
	}
	i = d.skipParen(lo, i)
	if i < lo {
		return subject{}, false
	}
	if d.punct(i) == "," {
		return d.appositiveBefore(lo, i, v)
	}
	if s, ok := d.siteBefore(lo, i); ok {
		return s, true
	}
	if from, ok := d.runBefore(lo, i); ok {
		if s, ok := d.appositiveAcross(lo, from, i, v); ok {
			return s, true
		}
		if from == i && d.opensSentenceOrClause(i) && commonWord(d.word(i)) && !d.evidentName(i) && !d.bareSubject(i, v) {
			// "Talk compared to 'working the referees'", "Critics say":
			// a common word opening the sentence is no name.
			return d.commonOpening(i, v), true
		}
		if s := d.named(from, i+1); s.name != "" {
			// "a spokesman for X said": X speaks through the spokesman.
			if from-2 >= lo && d.word(from-1) == "for" && spokes.has(d.word(from-2)) {
				s = d.speaksThrough(s, d.word(from-2))
				s.from = from - 2
			}
			if from == i && descNouns.has(d.word(i)) && d.opensSentence(i) {
				// "Police said:" is the "police" of "police said", not a name.
				if d, ok := d.description(from, i); ok {
					return d, true
				}
			}
			return d.joinedBefore(lo, from, s), true // "Sens. Lee and Hale said"
		}
	}
	if s, ok := d.ownedBody(lo, i); ok {
		return s, true
	}
	if s, ok := d.ownedBefore(lo, i); ok {
		return s, true
	}
	return d.nounBefore(lo, i)
}

// relativeAntecedent reads the name a relative "which" or "who" after the
// comma at token c stands for: the name just before the comma, or before
// one appositive in lower case set off by commas ("the Log Cabin
// Republicans, a gay men and lesbian group, which said").
func (d *doc) relativeAntecedent(lo, c, v int) (subject, bool) {
	for n := 0; n < 2 && c > lo; n++ {
		end := d.skipParen(lo, c-1)
		if end >= lo {
			if from, ok := d.runBefore(lo, end); ok {
				if from == end && from-2 > lo && d.punct(from-1) == "," && d.inRun(from-2) {
					// "Joe Arpaio of Maricopa County, Ariz., who": a
					// place's state; the name is before it.
					end = from - 2
					if from, ok = d.runBefore(lo, end); !ok {
						break
					}
				}
				if s := d.named(from, end+1); s.name != "" {
					s.to = v
					return s, true
				}
			}
		}
		j := c - 1
		for j >= lo && c-j <= 12 && d.toks[j].word && !d.toks[j].upper && !d.toks[j].quoted {
			j--
		}
		if j < lo || j == c-1 || d.punct(j) != "," || !determiners.has(d.word(j+1)) {
			break
		}
		c = j
	}
	return d.describedAntecedent(lo, c, v)
}

// auxiliaryIn reports whether tokens [from, to) hold an auxiliary: "who
// can sing" tells what someone can do, not what they said.
func (d *doc) auxiliaryIn(from, to int) bool {
	for k := from; k < to; k++ {
		if auxiliaries.has(d.word(k)) {
			return true
		}
	}
	return false
}

// ownedBody reads a body written in lower case after its owner, ending at
// token i: "China's foreign ministry said" has no name in a run, but the
// owner's body speaks, and is the speaker named whole. Up to two lower-case
// words may stand between the owner and the noun ("foreign", "state-run").
func (d *doc) ownedBody(lo, i int) (subject, bool) {
	if i-1 < lo || d.toks[i].upper || d.toks[i].quoted || !bodyNoun(d.word(i)) {
		return subject{}, false
	}
	o := i - 1
	for ; o > lo && o > i-3 && d.toks[o].word && !d.toks[o].upper && !d.toks[o].quoted && !d.isPossessive(o); o-- {
		if w := d.word(o); functionWords.has(w) || capStops.has(w) || clauseWords.has(w) || auxiliaries.has(w) ||
			speechVerbs.has(w) || d.adverb(o) {
			return subject{}, false
		}
	}
	if !d.isPossessive(o) || !d.toks[o].upper || d.toks[o].quoted || capStops.has(d.word(o)) {
		return subject{}, false
	}
	k := o
	for k > lo && d.isName(k-1) {
		k--
	}
	return subject{from: k, to: i + 1, name: d.spanText(k, i+1), ss: d.toks[k].s, se: d.toks[i].e}, true
}

// bodyNoun reports whether w names a body that speaks as one: "ministry",
// "government", "police".
func bodyNoun(w string) bool {
	switch w {
	case "police", "army", "military", "navy", "embassy", "court", "council":
		return true
	}
	return orgNouns.has(w)
}

// opensSentenceOrClause reports whether token i opens a sentence or the clause after
// a semicolon, which a capitalised word opens as it would a sentence: "Trump
// questions the fairness of moderators; Talk compared to ...".
func (d *doc) opensSentenceOrClause(i int) bool {
	if d.opensSentence(i) {
		return true
	}
	k := i - 1
	for k > 0 && (isOpener(d.punct(k)) || isCloser(d.punct(k))) {
		k--
	}
	return k >= 0 && d.punct(k) == ";"
}

// speaksThrough makes the speaker of "a spokesman for X" (noun the
// spokesman): a body speaks through its spokesman, who is the body with
// the noun as its role ("Acme", "spokesman"); a person's spokesman or
// aide is someone else ("Chuck Grassley's spokesman"), whose words are not
// that person's.
func (d *doc) speaksThrough(x subject, noun string) subject {
	m := d.mentionAt(x.ss)
	if m < 0 || d.ments[m].kind != person {
		x.role = noun
		return x
	}
	x.name, x.role = d.ments[m].name+"'s "+noun, ""
	return x
}

// skipParen returns the token before a parenthesis ending at token i, or i.
func (d *doc) skipParen(lo, i int) int {
	if d.partyTag(i) && i-1 > lo && d.punct(i-1) == "," {
		return i - 2 // "Rep. Peter King, R-N.Y., said"
	}
	if d.punct(i) != ")" {
		return i
	}
	for j := i - 1; j >= lo && j > i-10; j-- {
		if d.punct(j) == "(" {
			return j - 1
		}
	}
	return i
}

// partyTag reports whether token i is a party and state tag: "R-N.Y.",
// "D-Calif.", "I-Vt.".
func (d *doc) partyTag(i int) bool {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word {
		return false
	}
	w := d.text[d.toks[i].s:d.toks[i].e]
	return len(w) >= 3 && strings.ContainsRune("RDI", rune(w[0])) && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// commaIn returns the first comma in tokens [from, to), or 0.
func (d *doc) commaIn(from, to int) int {
	for k := from; k < to; k++ {
		if d.placeComma(k) {
			k += 2 // "the Kansas City, Mo., branch": one place
			continue
		}
		if d.punct(k) == "," {
			return k
		}
	}
	return 0
}

// roleLike reports whether tokens [from, to) read as a role: "the port's
// director", "a former aide", "Alibaba Group President".
func (d *doc) roleLike(from, to int) bool {
	if from >= to || to-from > 12 {
		return false
	}
	for k := from; k < to; k++ {
		if w := d.word(k); w == "that" || w == "who" || w == "which" {
			break // "a newspaper that is the state's third-largest daily"
		}
		if d.toks[k].word && !d.toks[k].upper && auxiliaries.has(d.word(k)) {
			return false // "According to X, the pier is": a clause, no role
		}
	}
	switch w := d.word(from); {
	case w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their":
		return true
	case d.isTitle(from), d.toks[from].upper && !capStops.has(w):
		return true
	}
	return false
}

// subjectAfter finds the subject that follows a verb, from token i:
// "said Caddell", "said Jane Doe, the port's director", "said the company".
func (d *doc) subjectAfter(i, hi int) (subject, bool) {
	for i < hi && !d.toks[i].quoted && (skippable.has(d.word(i)) || d.word(i) == "on" && skippable.has(d.word(i+1))) {
		i++
	}
	if i >= hi || d.toks[i].quoted {
		return subject{}, false
	}
	if pronouns.has(d.word(i)) {
		return d.pronounSubject(i), true
	}
	if s, ok := d.countedPeople(i, hi); ok {
		return s, true // "said the two lawmakers" (counted.go)
	}
	if s, ok := d.siteAfter(i, hi); ok {
		return s, true // "said a blogger on the Web site Freedom's Lighthouse"
	}
	if w := d.word(i); w == "the" || w == "a" || w == "an" || bareNouns.has(w) && !d.toks[i].upper {
		// "said a Surrey Police spokeswoman", "said police": a speaker
		// known by description, its head the last of its words.
		if j := d.describedRun(i, hi); j > i || bareNouns.has(w) {
			if s, ok := d.description(i, j); ok {
				return s, true
			}
		}
	}
	if w := d.word(i); w == "the" || w == "a" || w == "an" {
		for j := i + 1; j < hi && j < i+5 && !d.toks[j].upper; j++ {
			if orgNouns.has(d.word(j)) || personNouns.has(d.word(j)) {
				return d.nounBefore(i, d.headNoun(j, hi))
			}
			if docNoun(d.word(j)) && (j+1 >= hi || !d.toks[j+1].word || d.toks[j+1].quoted) {
				// "according to the slides,": a document, for its author
				// where the article tells one.
				return d.nounBefore(i, j)
			}
		}
		if s, ok := d.roleNounAfter(i, hi); ok {
			return s, true // "said the harbor master", roles.go
		}
		i++ // "said the Rev. Peter Wherry"
	}
	// "according to conservative talk radio host Rush Limbaugh": plain
	// words before a name are part of its role.
	lead := i
	for i < hi && i-lead < 4 && d.leadWord(i) {
		i++
	}
	to, ok := d.runAfter(i, hi)
	if !ok {
		return subject{}, false
	}
	if s, ok := d.nameAfterRole(lead, to, hi); ok {
		return s, true // "said South Richmond Hill resident Jane Doe"
	}
	if to < hi && d.isPossessive(to) && d.toks[to].upper {
		// "reads a statement from Senate Majority Leader Harry Reid's
		// office": the owner's office, or the owner.
		nameFrom, _ := d.split(i, to)
		end := to + 1
		if end < hi && (ownedNouns.has(d.word(end)) || kinNouns.has(d.word(end)) || peopleNouns.has(d.word(end)) || spokes.has(d.word(end))) {
			end++
		}
		if nameFrom < to {
			if end == to+2 {
				if n, ok := d.nameAfterOwned(nameFrom, end, hi); ok {
					return n, true // "said the statement from Grimm's attorney, William McGinley"
				}
			}
			s := subject{from: lead, to: end, ss: d.toks[nameFrom].s, se: d.toks[end-1].e}
			s.name, s.role = d.spanText(nameFrom, end), d.spanText(i, nameFrom)
			if end == to+1 {
				s.name = d.canonical(trimPossessive(s.name), s.ss)
			}
			return s, true
		}
	}
	if n, ok := d.nameAfterOwned(i, to, hi); ok && d.ownedRole(i, to) {
		return n, true // "said the statement from Grimm's attorney, William McGinley"
	}
	s := d.named(i, to)
	if s.name == "" && to < hi && (peopleNouns.has(d.word(to)) || spokes.has(d.word(to))) {
		// "said one Democratic source on the panel", "said a White House
		// official": a source without a name, known by what it is.
		s.name, s.role = d.spanText(lead, to+1), ""
		s.ss, s.se = d.toks[lead].s, d.toks[to].e
		s.to = to + 1
		return s, true
	}
	if s.name == "" {
		return subject{}, false
	}
	if j := d.joinedAfterVerb(s, to, hi); j.name != s.name {
		s, to = j, j.to // "said Ann Lee and Tom Hale"
	}
	if lead < i {
		s.role = strings.TrimSpace(d.spanText(lead, i) + " " + s.role)
	}
	if to < hi && d.punct(to) == "(" {
		for j := to + 1; j < hi && j < to+10; j++ {
			if d.punct(j) == ")" {
				to = j + 1
				break
			}
		}
	}
	s.to = to
	if to < hi && d.punct(to) == "," {
		e, end := to+1, 0
		for e < hi && e < to+20 && !d.isStop(e) && !d.toks[e].quoted {
			if d.placeComma(e) {
				e += 3 // "president of the Kansas City, Mo., branch": one place
				continue
			}
			if d.punct(e) == "," {
				break
			}
			if w := d.word(e); w == "who" || w == "whose" || w == "which" {
				break
			}
			if p := d.punct(e); p == "\"" || isOpener(p) {
				// `director of "A Beautiful Mind"`: a title in the role
				// (whose words the window may not reach), kept whole;
				// any other mark ends the role before it.
				c := e + 1
				for c < len(d.toks) && d.toks[c].quoted {
					c++
				}
				if c > e+1 && c < len(d.toks) && isCloser(d.punct(c)) && prepositions.has(d.word(e-1)) {
					end = c + 1
				} else if prepositions.has(d.word(e - 1)) {
					e-- // no dangling "in" before a quotation
				}
				break
			}
			e++
		}
		if s.role == "" && d.roleLike(to+1, e) {
			s.role, s.to = d.spanText(to+1, max(e, end)), e
		}
	}
	return s, true
}

// skipLead steps over up to three lower-case words opening a role before a
// name ("state Del. Marcia Price").
func (d *doc) skipLead(i, hi int) int {
	for k := 0; k < 3 && i < hi && d.leadWord(i); k++ {
		i++
	}
	return i
}

// leadWord reports whether token i may open a role before a name:
// "conservative talk radio host Rush Limbaugh", "9/11 widow Terry Strada".
func (d *doc) leadWord(i int) bool {
	t := d.toks[i]
	if t.quoted {
		return false
	}
	if !t.word {
		p := d.punct(i)
		return p == "/" && i > 0 && d.toks[i-1].word && i+1 < len(d.toks) && d.toks[i+1].word
	}
	w := d.word(i)
	return !t.upper && !pronouns.has(w) && !connectors.has(w) && !clauseWords.has(w)
}

// named makes a subject of the run [from, to), splitting off its role.
func (d *doc) named(from, to int) subject {
	nameFrom, roleTo := d.split(from, to)
	s := subject{from: from, to: to, ss: -1, se: -1}
	if nameFrom >= to {
		// "Gary Johnson's doctor": a role owned by a name is the speaker.
		for p := to - 2; p >= from; p-- {
			if d.isPossessive(p) && d.toks[p].upper && !capStops.has(d.word(p)) {
				k := p
				for k > from && d.isName(k-1) {
					k--
				}
				s.name, s.role = d.spanText(k, to), d.spanText(from, k)
				s.ss, s.se = d.toks[k].s, d.toks[to-1].e
				break
			}
		}
		return s
	}
	// "Mr. Morgan of the Sierra Club": a person of an organisation; "Sen.
	// Ann Lee of Vermont": of a place.
	roleEnd := ""
	if k := d.personOf(from, nameFrom, to); k < to {
		roleEnd, to = d.spanText(k, to), k
		nameFrom, roleTo = d.split(from, to)
	}
	s.name = d.canonicalFor(d.spanText(nameFrom, to), d.honorificSex(nameFrom), d.toks[nameFrom].s)
	s.role = strings.TrimSpace(d.spanText(from, roleTo) + " " + roleEnd)
	s.ss, s.se = d.toks[nameFrom].s, d.toks[to-1].e
	if roleTo > from && d.word(roleTo) == "for" && spokes.has(d.word(roleTo-1)) {
		// "a spokesman for Tom Hale said"
		return d.speaksThrough(s, d.word(roleTo-1))
	}
	return s
}

// sentenceSubject reads the subject that opens the sentence at token lo,
// after a quotation it may open with and an opening phrase closed by a
// comma ("On Monday, Clinton ...", "Giving a speech in Toledo, Clinton
// ..."): a name, a pronoun or a noun phrase ("The Republican nominee").
func (d *doc) sentenceSubject(lo, v int) (subject, bool) {
	i := lo
	for i < v && (!d.toks[i].word || d.toks[i].quoted) {
		i++
	}
	i = d.skipOpening(d.skipLabel(i, v), v)
	if i >= v {
		return subject{}, false
	}
	if pronouns.has(d.word(i)) {
		return d.pronounSubject(i), true
	}
	if s, ok := d.countedPeople(i, v); ok {
		return s, true // "The two lawmakers said": the pair just named (counted.go)
	}
	if to, ok := d.runAfter(i, v); ok && to+1 < v && d.isPossessive(to) {
		// "Ivana Trump's brief said ... and dismissed": the owned thing
		// speaks; "Barack Obama's endorsement of" names no speaker.
		if w := d.word(to + 1); docNouns.has(w) || ownedNouns.has(w) || kinNouns.has(w) || peopleNouns.has(w) || spokes.has(w) {
			nameFrom, _ := d.split(i, to)
			if n, ok := d.nameAfterOwned(nameFrom, to+2, v); ok && nameFrom < to {
				return n, true // "Grimm's lawyer, William McGinley, said"
			}
			if nameFrom < to {
				return subject{from: i, to: to + 2, name: d.spanText(nameFrom, to+2), role: d.spanText(i, nameFrom),
					ss: d.toks[nameFrom].s, se: d.toks[to+1].e}, true
			}
		}
		return subject{}, false
	}
	if to, ok := d.runAfter(i, v); ok {
		if to == i+1 && d.opensSentence(i) {
			if s, ok := d.roleOpening(i, v); ok {
				return s, true // "Beat writer Larry Holder puts it ..., saying"
			}
		}
		if to == i+1 && d.opensSentence(i) && to < v && d.describedPlural(to) {
			// "Conservative websites are crying foul, saying": the sites,
			// not a name "Conservative".
			return d.commonOpening(i, v), true
		}
		if to == i+1 && d.opensSentence(i) && commonWord(d.word(i)) && !d.evidentName(i) {
			// "Small groups of protesters marched, chanting": a common
			// word capitalised for opening the sentence names no one; the
			// verb has a subject, unnamed, or known by what it is.
			return d.commonOpening(i, v), true
		}
		if n, ok := d.nameAfterOwned(i, to, v); ok && d.ownedRole(i, to) {
			return n, true // "Grimm's lawyer, William McGinley, said"
		}
		if s := d.named(i, to); s.name != "" {
			if j := d.joinedAfter(s, to, v); j.name != s.name {
				return j, true // "Mr. Lee and Mr. Ortiz released a statement repeating"
			}
			if to < v && d.punct(to) == "," {
				// "Clinton, the former secretary of State, stressed"
				if e := d.commaIn(to+1, min(v, to+14)); e > 0 && s.role == "" && d.roleLike(to+1, e) {
					s.role = d.spanText(to+1, e)
				}
			}
			return s, true
		}
	}
	if determiners.has(d.word(i)) {
		// "the Security Council issued a statement calling ..."
		if to, ok := d.runAfter(i+1, v); ok && d.hasOrgWord(i+1, to) {
			if s := d.named(i+1, to); s.name != "" {
				return s, true
			}
		}
		for j := i + 1; j < v && j < i+6 && d.toks[j].word && !d.toks[j].quoted; j++ {
			if orgNouns.has(d.word(j)) || personNouns.has(d.word(j)) {
				return d.nounBefore(i, d.headNoun(j, v))
			}
			if peopleNoun(d.word(j)) && !d.toks[j].upper && newcomer(d.word(i)) {
				// "a student approached the congressman and asked": an
				// ordinary noun for a person is the subject the verb
				// shares, not the person it approached.
				h := j // "a police officer": the compound's last noun
				for h+1 < v && d.toks[h+1].word && !d.toks[h+1].upper && !d.toks[h+1].quoted && roleNoun(d.word(h+1)) &&
					!skippable.has(d.word(h+1)) && !functionWords.has(d.word(h+1)) {
					h++
				}
				return subject{from: i, to: h + 1, name: lowerFirst(d.spanText(i, h+1)), ss: d.toks[i].s, se: d.toks[h].e}, true
			}
		}
	}
	return subject{}, false
}

// roleOpening reads a sentence that opens with a role in lower case
// before a name, its first word capitalised for opening the sentence (token
// i, a one-word run): "Beat writer Larry Holder", "Club manager Ann Lee".
// The name is the speaker and the words before it its role. The words
// between are one to three, lower case and no function word, and the last
// names someone by what they do (roleNoun).
func (d *doc) roleOpening(i, v int) (subject, bool) {
	j := i + 1
	for j < v && j < i+4 && d.toks[j].word && !d.toks[j].upper && !d.toks[j].quoted && !d.isPossessive(j) {
		w := d.word(j)
		if functionWords.has(w) || capStops.has(w) || clauseWords.has(w) || prepositions.has(w) || pronouns.has(w) ||
			auxiliaries.has(w) || speechVerbs.has(w) || d.adverb(j) {
			return subject{}, false
		}
		j++
	}
	if j == i+1 || j >= v || !roleNoun(d.word(j-1)) || !d.isName(j) || d.paraBreak(j-1) {
		return subject{}, false
	}
	to, ok := d.runAfter(j, v)
	if !ok {
		return subject{}, false
	}
	s := d.named(j, to)
	if s.name == "" || d.hasOrgWord(j, to) {
		return subject{}, false
	}
	role := d.spanText(i, j)
	if !d.evidentName(i) && (commonWord(d.word(i)) || d.lowerElsewhere(i)) {
		role = lowerFirst(role) // "beat writer": capitalised for its place alone
	}
	s.from, s.role = i, strings.TrimSpace(role+" "+s.role)
	return s, true
}

// lowerElsewhere reports whether the word at token i is written in lower
// case somewhere else in the article ("the Saints beat Seattle").
func (d *doc) lowerElsewhere(i int) bool {
	w := d.word(i)
	for k, t := range d.toks {
		if k != i && t.word && !t.upper && d.word(k) == w {
			return true
		}
	}
	return false
}

// roleNoun reports whether the lower-case word w names someone by what
// they do: a title ("editor"), a noun of people ("official"), or an
// agent noun ("writer", "columnist").
func roleNoun(w string) bool {
	if titles.has(w) || peopleNoun(w) || kinNouns.has(w) {
		return true
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// bareSubject reports whether the common word at token i, opening its
// sentence, is a name all the same because it stands alone before a plain
// verb of saying (v): "Target said:", "Apple says", "Shell told Reuters".
// English puts no singular count noun bare before a verb, so a word there
// is a company or a person; plurals and nouns of people ("Critics say",
// "Police said", "Staff said"), words for anyone ("Everyone says") and
// sources that say without being someone ("Research says") are not.
func (d *doc) bareSubject(i, v int) bool {
	w := d.word(i)
	if !sayVerbs.has(d.word(v)) || strings.HasSuffix(d.word(v), "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") ||
		peopleNoun(w) || sourceNouns.has(w) || docNouns.has(w) {
		return false
	}
	switch w {
	case "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "staff", "police",
		"management", "security", "personnel", "research", "science", "history", "evidence", "experience":
		return false
	}
	return true
}

// commonOpening is the subject of a sentence that opens with a common word
// at token i, before v: the words up to a noun of people ("small groups of
// protesters", "several residents"), as a described speaker, or no one.
func (d *doc) commonOpening(i, v int) subject {
	for j := i; j < v && j < i+6; j++ {
		t := d.toks[j]
		if !t.word || t.quoted || t.upper && j > i {
			break
		}
		w := d.word(j)
		if peopleNoun(w) || siteNoun(strings.TrimSuffix(w, "s")) {
			// "Conservative websites are crying foul": sites speak as
			// their writers do.
			return subject{from: i, to: j + 1, name: lowerFirst(d.spanText(i, j+1)), ss: d.toks[i].s, se: t.e}
		}
		if speechVerbs.has(w) || auxiliaries.has(w) || clauseWords.has(w) {
			break // "Few expected the protesters to ..."
		}
	}
	return subject{from: i, to: i + 1, ss: -1, se: -1}
}

// describedPlural reports whether token k is a plural noun in lower case
// that names sites by what they are: "websites", "blogs". (People nouns
// after a party's name, "Republican senators", are left to the name: the
// sweep found them subjects of verbs that govern another's words, "…
// pressure on X to explain his claim that".)
func (d *doc) describedPlural(k int) bool {
	t := d.toks[k]
	w := d.word(k)
	if !t.word || t.upper || t.quoted || !strings.HasSuffix(w, "s") {
		return false
	}
	return siteNoun(strings.TrimSuffix(w, "s"))
}

// peopleNoun reports whether w, singular or plural, names people by what
// they are: "protesters", "residents", "officials", "people".
func peopleNoun(w string) bool {
	if w == "people" {
		return true
	}
	for _, n := range [...]string{w, strings.TrimSuffix(w, "s")} {
		if anonymousNouns.has(n) || personNouns.has(n) || peopleNouns.has(n) || descNouns.has(n) {
			return true
		}
	}
	return false
}

// evidentName reports whether the capitalised word at token i, opening a
// sentence, shows itself a name rather than a word capitalised for where
// it stands: an acronym, a title, a first name, an organisation's word, a
// capital inside it ("FactCheck.org"), the surname of someone named in
// full, a comma or a possessive after it ("Mediaite, in a response, ..."),
// or the same word capitalised elsewhere inside a sentence.
func (d *doc) evidentName(i int) bool {
	t := d.toks[i]
	raw, w := d.text[t.s:t.e], d.word(i)
	switch {
	case spelling.Acronym(raw), titles.has(w), maleNames.has(w), femaleNames.has(w), eitherNames.has(w), orgWords.has(w),
		strings.ContainsAny(raw[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ."), len(d.fullName[raw]) > 0, d.isPossessive(i):
		return true
	case i+1 < len(d.toks) && (d.punct(i+1) == "," || d.punct(i+1) == "("):
		return true
	}
	for k := range d.toks {
		if k != i && d.toks[k].word && d.toks[k].upper && !d.toks[k].quoted && d.word(k) == w && !d.opensSentence(k) &&
			!d.inHeadline(d.toks[k].s) {
			return true
		}
	}
	return false
}

// skipLabel steps over what may open a paragraph before its first
// sentence's subject, from token i before v: a dateline ("WASHINGTON —",
// "NEW YORK, N.Y. --") or a one-word label ("Updated: Rick Santorum on
// Sunday tried ..."), which name no one.
func (d *doc) skipLabel(i, v int) int {
	if i >= v || !d.toks[i].word || d.toks[i].quoted || i > 0 && !d.paraBreak(i-1) {
		return i
	}
	k := i
	for k < v && k < i+6 && (d.toks[k].word && spelling.Acronym(d.text[d.toks[k].s:d.toks[k].e]) ||
		d.punct(k) == "," && k > i || k > i && d.punct(k-1) == "," && d.toks[k].upper && strings.HasSuffix(d.word(k), ".")) {
		k++
	}
	if k > i && k < v && isDash(d.punct(k)) {
		for k < v && (isDash(d.punct(k)) || d.punct(k) == "-") {
			k++
		}
		return k
	}
	if i+2 < v && d.punct(i+1) == ":" && d.toks[i].upper && d.toks[i+2].word && d.toks[i+2].upper {
		if m := d.mentionAt(d.toks[i].s); m < 0 || d.ments[m].kind != person {
			return i + 2
		}
	}
	return i
}

// isDash reports whether p is a dash or a hyphen standing for one.
func isDash(p string) bool {
	switch p {
	case "—", "―", "–", "-", "--":
		return true
	}
	return false
}

// skipOpening steps over an opening phrase closed by a comma ("On July 6,
// 2015,", "Following a swiftly called meeting,", "With Democratic leaders
// increasingly worried about ...,") from token i, before v: a phrase that
// opens with a preposition, an adverb, a participle or a subordinating
// word, not with the subject.
func (d *doc) skipOpening(i, v int) int {
	for n := 0; n < 3 && i < v; n++ {
		w := d.word(i)
		opening := capStops.has(w) && !pronouns.has(w) && !determiners.has(w) || strings.HasSuffix(w, "ing") ||
			strings.HasSuffix(w, "ly") || prepositions.has(w) || !d.toks[i].upper && !pronouns.has(w) && !determiners.has(w)
		if !opening && (d.inRun(i) || pronouns.has(w) || determiners.has(w)) {
			return i
		}
		c := d.commaIn(i, min(v, i+25))
		if c == 0 {
			return i
		}
		i = c + 1
	}
	return i
}

// labelSubject names the speaker of a transcript label: the person
// mentioned with that surname ("PENCE:" is Mike Pence), or the label.
func (d *doc) labelSubject(l Span) subject {
	label := d.text[l.Start:l.End]
	s := subject{name: titleCase(label), ss: l.Start, se: l.End}
	last := label[strings.LastIndexAny(label, " .")+1:]
	for _, m := range d.ments {
		if m.kind == person && len(m.name) > len(last) && strings.EqualFold(m.name[len(m.name)-len(last):], last) &&
			m.name[len(m.name)-len(last)-1] == ' ' {
			s.name = m.name
			break
		}
	}
	return s
}

// titleCase turns "MR. TRUMP" into "Mr. Trump".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// nameAfterOwned reads the name an owned role [from, k) is set beside:
// "Grimm's lawyer, William McGinley, said", "the statement from Grimm's
// attorney, William McGinley." The name is the speaker and the owned
// words its role. The appositive must end at a comma, a stop, "of" or hi.
func (d *doc) nameAfterOwned(from, k, hi int) (subject, bool) {
	if k+1 >= hi || d.punct(k) != "," {
		return subject{}, false
	}
	i := d.skipLead(k+1, hi)
	to, ok := d.runAfter(i, hi)
	if !ok || to < hi && d.punct(to) != "," && !d.isStop(to) && d.word(to) != "of" {
		return subject{}, false
	}
	s := d.named(i, to)
	if s.name == "" || s.role != "" || strings.ContainsAny(s.name, "'’") {
		return subject{}, false
	}
	s.role = d.spanText(from, k)
	s.from = from
	return s, true
}
