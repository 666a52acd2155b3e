package quote

import "strings"

// verbCue reads the cue of the speech verb at token v.
func (d *doc) verbCue(lo, v, hi int, before bool) (attribution, bool) {
	var a attribution
	w := d.word(v)
	if w == "put" && d.word(v+1) != "it" || goForms.has(w) && d.word(v+1) != "on" {
		return a, false // "as X put it", "as X went on about" are cues; "put the plan", "went home" are not
	}
	participle := strings.HasSuffix(w, "ing")
	if d.passive(lo, v) {
		// "X has been charged with the "illegal use" of": X is charged,
		// not speaking (but "X was quoted as saying" is X's).
		return a, false
	}
	if participle {
		if a, ok := d.joinedParticiple(lo, v, hi, before); ok {
			return a, true
		}
	}
	if s, ok := d.causedToSpeak(lo, v); ok {
		a.subject = s
		a.cue, a.to = d.cuePhrase(v, v+1, hi)
		a.found = true
		return a, true
	}
	s, ok := d.subjectBefore(lo, v)
	if !participle && d.isWord(v-1, "that") {
		if ds, dok := d.docRelative(lo, v); dok {
			s, ok = ds, true // "put out a statement shortly after Lee's remarks that claimed"
		}
	}
	if ok && participle && d.addressee(lo, s) {
		// "letters to Congress saying": the letters speak, for their
		// senders, not the one they are sent to.
		k := s.from - 2
		s = d.docSource(k, k)
		s.to = v
	} else if !ok && participle {
		s, ok = d.docBeforeParticiple(lo, v) // "a resolution of its own condemning"
		if !ok {
			s, ok = d.personShownSaying(lo, v)
		}
		if !ok && v-1 > lo && (statementNouns.has(d.word(v-1)) || docNoun(d.word(v-1))) {
			if j := d.skipModifiers(lo, v-2); j >= lo && determiners.has(d.word(j)) {
				s, ok = d.senderOf(lo, j) // "issued a news release calling"
			}
		}
	}
	if ok && s.name != "" && pronouns.has(d.word(s.from)) && d.objectIs(v, s.name) {
		// "he asked the congressman if he …" is not the congressman's
		// question, whoever "he" is.
		s.name, s.ss, s.se = "", -1, -1
	}
	if ok && participle && s.name != "" && s.from > lo && placeBefore(d.word(s.from-1)) {
		// "he released an ad in Iowa describing himself": a place is no
		// subject; the participle shares its clause's, after a comma, or
		// the sentence's ("footage of Clinton asking" and "with a
		// spokesman stating" are theirs).
		place := s.from
		s, ok = d.sentenceSubject(lo, v)
		if c := d.lastComma(lo, place); c >= 0 {
			if w := d.word(c + 1); w == "and" || w == "but" {
				c++
			}
			if cs, cok := d.clauseOpener(c+1, v); cok {
				s, ok = cs, true
			}
		}
	}
	if ok && !participle && s.name != "" && s.from-2 >= lo && d.word(s.from-1) == "in" {
		// "an alleged poll in Wyoming said": the place is where the poll
		// was; the poll speaks, a document without a name as "the poll
		// said" would be, and "a resident in Dunmore said" is a resident.
		if i := s.from - 2; d.toks[i].word && !d.toks[i].upper && !d.toks[i].quoted {
			if ps, pok := d.nounBefore(lo, i); pok {
				s = ps
			} else if j := d.articleBefore(lo, i); j >= 0 {
				if ps, pok := d.roleDescribed(j, i); pok {
					s = ps
				}
			}
		}
	}
	if !ok && !participle {
		s, ok = d.relativeSubject(lo, v)
	}
	if ok {
		// "the Security Council issued a statement calling": a
		// nameless document or noun before a participle speaks for the
		// sentence's subject when that one is named.
		if s.name == "" && participle {
			if ss, ok := d.senderOf(lo, s.from); ok {
				s = ss // "…, and W. Douglas Parker, chairman of X, sent her a letter citing"
			} else if ss, ok := d.sentenceSubject(lo, v); ok && ss.name != "" && ss.from < s.from {
				s = ss
			}
		}
		a.subject = s
		a.cue, a.to = d.cuePhrase(v, v+1, hi)
		a.from = min(a.from, v)
		a.found = true
		return a, true
	}
	// "said X" only where the verb opens its clause: after the quotation,
	// a comma or a dash, never "criticized Obama" or "arguing that Trump
	// ...", where the name is the object; and never with a verb whose
	// object is a person ("telling O'Reilly that") or a participle.
	if d.opensClause(lo, v) && !participle && !objectVerbs.has(w) {
		s, ok := d.subjectAfter(v+1, hi)
		if ok && before && (pronouns.has(d.word(s.from)) || !d.onlyGlue(s.to, hi) && !d.setOff(v, s.to)) {
			ok = false
		}
		if ok {
			a.subject = s
			a.cue, a.to = d.cuePhrase(v, s.to, hi)
			a.from = v
			a.found = true
			return a, true
		}
	}
	// A verb without a subject of its own shares the sentence's:
	// "Clinton, the former secretary, stressed ... and said", "X spoke
	// Friday, saying", "X took to Twitter to accuse".
	if !d.sharesSubject(lo, v) {
		return a, false
	}
	s, ok = d.clauseSubject(lo, v)
	if !ok {
		s, ok = d.sentenceSubject(lo, v)
		if !ok {
			s, ok = d.publicationOpening(lo, v)
		}
		if r, rok := d.reportedSubject(s, v); ok && rok {
			s = r
		}
	}
	if !ok {
		return a, false
	}
	a.subject = s
	a.cue, a.to = d.cuePhrase(v, v+1, hi)
	a.found = true
	return a, true
}

// reportedSubject reads, when the sentence's subject s is an outlet that
// reports what someone did ("The Times reports Liz Cheney on Friday
// articulated her position ..., saying"), the subject of the reported
// clause, whose participle v is: the outlet only reports the words.
func (d *doc) reportedSubject(s subject, v int) (subject, bool) {
	from, k := s.from, s.to
	if s.name == "" || k >= v {
		return subject{}, false
	}
	switch w := d.word(k); {
	case w == "reports" || w == "reported":
	case reportVerbs.has(w) && !strings.HasSuffix(w, "ing") && d.hasOrgWord(from, k):
	default:
		return subject{}, false
	}
	k++
	if d.word(k) == "that" {
		k++
	}
	if k >= v || !d.toks[k].upper || pronouns.has(d.word(k)) {
		return subject{}, false
	}
	to, ok := d.runAfter(k, v)
	if !ok || to >= v || !d.toks[to].word || d.toks[to].upper || d.toks[to].quoted {
		return subject{}, false
	}
	r := d.named(k, to)
	return r, r.name != ""
}

// publicationOpening reads a sentence that opens "The X reports" or "The
// X reported", X capitalised: a publication, though the article names it
// nowhere else ("The Courier reports Ilse Ostrand ..., saying"), whose
// reported clause reportedSubject then reads.
func (d *doc) publicationOpening(lo, v int) (subject, bool) {
	i := lo
	for i < v && !d.toks[i].word {
		i++
	}
	if d.word(i) != "the" || i+1 >= v || !d.toks[i+1].upper {
		return subject{}, false
	}
	to, ok := d.runAfter(i+1, v)
	if !ok || to >= v {
		return subject{}, false
	}
	if w := d.word(to); w != "reports" && w != "reported" {
		return subject{}, false
	}
	if s := d.named(i+1, to); s.name != "" && s.to == to {
		return s, true // "the Courier" after "The Dunmore Courier"
	}
	return subject{from: i + 1, to: to, name: d.spanText(i+1, to), ss: d.toks[i+1].s, se: d.toks[to-1].e}, true
}

// articleBefore returns the article opening the noun phrase that ends at
// token i ("a longtime resident"), or -1.
func (d *doc) articleBefore(lo, i int) int {
	for j := i - 1; j >= lo && j >= i-5; j-- {
		switch d.word(j) {
		case "the", "a", "an":
			return j
		}
		if !d.toks[j].word || d.toks[j].quoted {
			break
		}
	}
	return -1
}

// placeBefore reports whether w puts the name after it somewhere: "in
// Iowa", "at Fort Hood", "outside Brackwater".
func placeBefore(w string) bool {
	return w == "in" || w == "at" || placeWords.has(w)
}

// lastComma returns the last comma in [lo, to), -1 when none.
func (d *doc) lastComma(lo, to int) int {
	for k := to - 1; k >= lo; k-- {
		if d.punct(k) == "," {
			return k
		}
	}
	return -1
}

// passive reports whether the cue verb at token v, one whose object is
// its target, is a participle after a form of "be": "has been charged",
// "was criticized", "is being described".
func (d *doc) passive(lo, v int) bool {
	if w := d.word(v); !strings.HasSuffix(w, "ed") && w != "told" || !objectVerbs.has(w) && !targetVerbs.has(w) || w == "quoted" || w == "cited" {
		return false
	}
	k := v - 1
	for k >= lo && d.toks[k].word && d.adverb(k) {
		k--
	}
	switch d.word(k) {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// targetVerbs, beyond objectVerbs, say something of their object: in the
// passive their subject is the target, not the speaker.
var targetVerbs = verbSet("targetVerbs", `charge describe nickname characterize characterise deride denounce
	ridicule lambaste slam+ blast fault hail`)

// setOff reports whether the cue from verb v to token to is set off by
// commas inside its sentence, the words around it one clause: "It is,
// said Rep. Tom Hale, the mayor's "last bad idea."" are Hale's words.
func (d *doc) setOff(v, to int) bool {
	return v > 0 && d.punct(v-1) == "," && d.punct(to) == ","
}
