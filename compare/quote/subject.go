package quote

import "strings"

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
		if !(skippable.has(w) || auxiliaries.has(w) || d.adverb(i) || w == "on" && skippable.has(d.word(i+1)) || d.shownSaying(i)) {
			if j := d.dateBack(lo, i); j < i && j >= lo && d.toks[j].upper {
				i = j // "The Courier on July 20, 2006, described"
				continue
			}
			break
		}
		i--
	}
	return i
}

// whichClauseBefore reads the subject before a relative clause opened by
// ", which" that ends at the comma c before verb v: "The lawsuit, which
// was brought by Varnia's attorney general, Tom Hale, accused" is the
// lawsuit's charge, not Hale's. The clause holds a verb of its own and no
// quotation.
func (d *doc) whichClauseBefore(lo, c, v int) (subject, bool) {
	for k := c - 1; k > lo+1 && k > c-25; k-- {
		if d.toks[k].quoted || d.isStop(k) {
			return subject{}, false
		}
		if w := d.word(k); w != "which" && w != "where" || d.punct(k-1) != "," {
			continue
		}
		if !d.auxiliaryIn(k+1, c) {
			return subject{}, false
		}
		if d.word(k) == "where" {
			// "the lawsuit from Varnia and Ostland, where the crop is
			// outlawed, argues": a place's clause; its place is not the
			// subject.
		} else if s, ok := d.relativeAntecedent(lo, k-1, v); ok {
			return s, true
		}
		// "The lawsuit, which ...": read as if the clause were not there.
		if s, ok := d.subjectBefore(lo, k-1); ok && s.name != "" {
			return s, true
		}
		return subject{}, false
	}
	return subject{}, false
}

// asideWord reports whether w, set off by commas, may stand between a
// subject and its verb as an aside: "though", "however", "meanwhile".
func asideWord(w string) bool {
	switch w {
	case "though", "however", "meanwhile", "too", "instead", "nevertheless", "nonetheless", "moreover", "furthermore", "therefore", "also":
		return true
	}
	return false
}

// shownSaying reports whether token i is "shown", "heard" or "seen"
// before a participle: "Ms. Lee is shown saying", a clip's or a
// recording's words, hers.
func (d *doc) shownSaying(i int) bool {
	switch d.word(i) {
	case "shown", "heard", "seen", "filmed", "recorded", "caught":
		return strings.HasSuffix(d.word(i+1), "ing") && !d.toks[i].upper
	}
	return false
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
	if i-2 > lo && d.punct(i) == "," && d.punct(i-2) == "," && asideWord(d.word(i-1)) && !d.toks[i-1].quoted {
		// "A Romney campaign aide, though, said": the aside stands
		// between the subject and its verb.
		i = d.skipBack(lo, i-3)
	}
	if i-1 > lo && isCloser(d.punct(i)) && d.punct(i-1) == "," && d.embeddedTitle(i-2) {
		// `for his work in "Revolutionary Road," said`: the comma inside
		// a title's marks is the sentence's.
		return d.appositiveBefore(lo, i-1, v)
	}
	if i < lo || d.toks[i].quoted {
		return subject{}, false
	}
	if s, ok := d.docWithParticiple(lo, v); ok {
		return s, true // "the letter addressed to the chairman reads"
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
		if s, ok := d.whichClauseBefore(lo, i, v); ok {
			return s, true // "The lawsuit, which was brought by X, accused"
		}
		s, ok := d.appositiveBefore(lo, i, v)
		if ok || i-3 < lo || d.punct(i-1) != ")" || !d.partyTag(i-2) || d.punct(i-3) != "(" {
			return s, ok
		}
		// "Rep. Steve King (R-Iowa), tweeted": no appositive; the comma
		// closes the name's party tag.
		if i = d.skipParen(lo, i-1); i < lo {
			return subject{}, false
		}
	}
	if s, ok := d.siteBefore(lo, i); ok {
		return s, true
	}
	if s, ok := d.partyMemberBefore(lo, i); ok {
		return s, true // "The Arizona Republican said"
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
	if w := d.word(i); i-1 >= lo && d.punct(i-1) == "," && !d.toks[i].upper && strings.HasSuffix(w, "s") && peopleNoun(w) {
		// "On the streets of Athens, demonstrators chanted": a bare
		// plural opening the clause after a comma.
		return subject{from: i, to: i + 1, name: w, ss: d.toks[i].s, se: d.toks[i].e}, true
	}
	if s, ok := d.ownedBody(lo, i); ok {
		return s, true
	}
	if s, ok := d.ownedBefore(lo, i); ok {
		return s, true
	}
	if s, ok := d.nounBefore(lo, i); ok {
		return s, true
	}
	return d.pluralDescribed(lo, i)
}

// pluralDescribed reads people known by a plural description ending at
// token i, a few modifiers before it: "Union leaders said", "former
// diplomatic security agents have told". The description is the speaker.
func (d *doc) pluralDescribed(lo, i int) (subject, bool) {
	w := d.word(i)
	if i < lo || d.toks[i].upper || d.toks[i].quoted || len(w) < 4 || !strings.HasSuffix(w, "s") || !peopleNoun(w) {
		return subject{}, false
	}
	j := i
	for j-1 >= lo && j > i-4 {
		p := j - 1
		if !d.toks[p].word || d.toks[p].quoted || d.isVerb(p) || pronouns.has(d.word(p)) || d.word(p) == "the" || d.word(p) == "a" {
			break
		}
		if functionWords.has(d.word(p)) || clauseWords.has(d.word(p)) || prepositions.has(d.word(p)) {
			break
		}
		j = p
	}
	if j > lo && d.toks[j-1].word && (!sharing.has(d.word(j-1)) || d.word(j-1) == "to") && d.word(j-1) != "the" && d.word(j-1) != "which" && d.word(j-1) != "who" && d.word(j-1) != "that" {
		return subject{}, false // an object: "met the leaders", "an e-mail to RNC members saying"
	}
	if j == i && (j == lo || d.word(j-1) != "the") {
		// A bare plural after "but" ("but critics question how "green"
		// …"): a class of people asking, not a source quoted.
		return subject{}, false
	}
	name := d.spanText(j, i+1)
	if !isAcronym(d.text[d.toks[j].s:d.toks[j].e]) {
		name = lowerFirst(name)
	}
	return subject{from: j, to: i + 1, name: name, ss: d.toks[j].s, se: d.toks[i].e}, true
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
