package quote

// Where an article names the owner of the ad it quotes: "The Romney
// campaign retorted with an ad of its own. The ad says: …", "The ad, paid
// for by the Harbor Fund, …", "the group's new ad".

// adOwnerNamed returns the owner the article gives an ad in a sentence
// other than the one at pos: the nearest before pos, else the first
// after it.
func (d *doc) adOwnerNamed(pos int) (subject, bool) {
	k := d.sentIndex(pos)
	var before, after subject
	found := false
	for i := range d.toks {
		if !d.adNoun(max(i-1, 0), i+1) || d.sentIndex(d.toks[i].s) == k {
			continue
		}
		s, ok := d.adOwnerAt(i)
		if !ok {
			continue
		}
		if d.toks[i].s < pos {
			before, found = s, true
			continue
		}
		if !found {
			after = s
		}
		break
	}
	switch {
	case found:
		return before, true
	case after.name != "":
		return after, true
	}
	return subject{}, false
}

// adOwnerAt returns the owner of the ad noun ending at token i when its
// words name one: a possessive before it ("the union's first ad"), "paid
// for by", "sponsored by", "from" or "by" a name after it, or the subject
// of a sentence that launches it ("X released an ad", "X retorted with an
// ad of its own").
func (d *doc) adOwnerAt(i int) (subject, bool) {
	for p := i - 1; p >= max(i-4, 0) && d.toks[p].word; p-- {
		if d.isPossessive(p) {
			return d.namedAt(p)
		}
	}
	j := i + 1
	if j < len(d.toks) && d.text[d.toks[j].s:d.toks[j].e] == "," {
		j++
	}
	switch {
	case d.word(j) == "paid" && d.word(j+1) == "for" && d.word(j+2) == "by":
		return d.nameWithin(j+3, 6)
	case d.word(j) == "sponsored" && d.word(j+1) == "by", d.word(j) == "produced" && d.word(j+1) == "by":
		return d.nameWithin(j+2, 6)
	case j == i+1 && (d.word(j) == "from" || d.word(j) == "by"):
		return d.nameWithin(j+1, 2)
	}
	own := d.word(i+1) == "of" && d.word(i+3) == "own" && (d.word(i+2) == "its" || d.word(i+2) == "his" || d.word(i+2) == "her" || d.word(i+2) == "their")
	if !own && !d.launchedBefore(i) {
		return subject{}, false
	}
	k := d.sentIndex(d.toks[i].s)
	if s, ok := d.campaignOpens(k, i); ok {
		return s, true
	}
	m := d.subjectOf(k)
	if m < 0 || d.ments[m].kind == unknown || d.ments[m].s >= d.toks[i].s {
		return subject{}, false
	}
	return subject{name: d.ments[m].name, ss: d.ments[m].s, se: d.ments[m].e}, true
}

// campaignOpens reads a sentence k opening "The Hale campaign" before
// token i: the campaign, named by its candidate.
func (d *doc) campaignOpens(k, i int) (subject, bool) {
	lo := d.tokAt(d.sents[k].Start)
	if d.word(lo) != "the" {
		return subject{}, false
	}
	j := lo + 1
	for j < i && d.toks[j].word && d.toks[j].upper {
		j++
	}
	if j == lo+1 || j >= i || d.word(j) != "campaign" {
		return subject{}, false
	}
	return subject{name: d.spanText(lo+1, j+1), ss: d.toks[lo+1].s, se: d.toks[j].e}, true
}

// launchedBefore reports whether a verb that puts out an ad stands a few
// words before the ad noun at i, in its clause: "released a new ad".
func (d *doc) launchedBefore(i int) bool {
	for p := i - 1; p >= max(i-5, 0) && d.toks[p].word; p-- {
		switch d.word(p) {
		case "launched", "launches", "launching", "released", "releases", "releasing", "unveiled", "unveils", "unveiling",
			"debuted", "debuts", "produced", "sponsored", "rolled", "put", "cut":
			return true
		}
	}
	return false
}

// namedAt returns the person or organisation named over token p.
func (d *doc) namedAt(p int) (subject, bool) {
	m := d.mentionOver(d.toks[p].s)
	if m < 0 || d.ments[m].kind == unknown {
		return subject{}, false
	}
	return subject{name: d.ments[m].name, ss: d.ments[m].s, se: d.ments[m].e}, true
}

// nameWithin returns the person or organisation named first within n
// words of token j, lower-case words before it ("nonprofit advocacy group
// Secure America Now").
func (d *doc) nameWithin(j, n int) (subject, bool) {
	for p := j; p < min(j+n, len(d.toks)) && d.toks[p].word; p++ {
		if d.toks[p].upper {
			return d.namedAt(p)
		}
	}
	return subject{}, false
}
