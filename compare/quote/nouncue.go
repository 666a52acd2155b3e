package quote

// nounCue reads the cue noun at token v: "Trump's claim that ...", "his
// statement", or "Sanders made the following comment:".
func (d *doc) nounCue(lo, v int) (attribution, bool) {
	var a attribution
	o := v - 1
	if d.platformBefore(v) {
		o-- // "her Facebook post" is hers
	}
	s, ok := d.ownerBefore(lo, o)
	if !ok && d.word(v+1) == "that" {
		// "his on-camera claim that …": an owner before one or two
		// modifiers, of a noun whose clause the words are in ("His exact
		// words:" is left to the paragraph's speaker).
		for m := o; m >= lo && m >= o-1 && d.toks[m].word && !d.toks[m].upper && !d.toks[m].quoted && !d.isVerb(m) && !functionWords.has(d.word(m)) && !determiners.has(d.word(m)); m-- {
			if s, ok = d.ownerBefore(lo, m-1); ok {
				break
			}
		}
	}
	if !ok && determiners.has(d.word(d.skipModifiers(lo, o))) {
		s, ok = d.sentenceSubject(lo, v)
		if !ok {
			s, ok = d.roleSetOff(lo, v)
		}
	}
	if !ok {
		return a, false
	}
	a.subject, a.cue, a.to = s, d.word(v), v+1
	a.found, a.noun = true, true
	return a, true
}

// roleSetOff reads a role set off by a comma at the sentence's start,
// before the statement noun at v: "The House speaker, in an interview
// with Fox News, gave his party a 'two-in-three chance'" is the speaker's
// (or the one the article gave that role), as "The House speaker said"
// is.
func (d *doc) roleSetOff(lo, v int) (subject, bool) {
	i := lo
	for i < v && !d.toks[i].word {
		i++
	}
	if d.word(i) != "the" {
		return subject{}, false
	}
	k := i + 1
	for k < v && k < i+6 && d.toks[k].word && !d.toks[k].quoted {
		k++
	}
	if k == i+1 || k >= v || d.punct(k) != "," || d.toks[k-1].upper {
		return subject{}, false
	}
	return d.subjectBefore(i, k)
}

// platformBefore reports whether the word before the statement noun at
// token v names the platform it was published on: "Facebook post",
// "Twitter message".
func (d *doc) platformBefore(v int) bool {
	if !statementNouns.has(d.word(v)) {
		return false
	}
	switch d.word(v - 1) {
	case "facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin", "snapchat", "tumblr":
		return true
	}
	return false
}

// skipModifiers steps back over the lower-case words before a noun at
// token i+1 ("the following", "a new and more personal campaign").
func (d *doc) skipModifiers(lo, i int) int {
	for k := 0; i >= lo && k < 5 && d.toks[i].word && !d.toks[i].upper && !determiners.has(d.word(i)) && !d.toks[i].quoted; k++ {
		i--
	}
	return i
}
