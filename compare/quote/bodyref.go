package quote

// Who a noun phrase that refers back stands for when the usual reading
// (the nearest mention of its kind) would take the wrong one: "the group"
// after a sentence whose subject is a body, and a "who" after a source
// known by description.

// subjectBodyBefore finds the organisation "the group" at tokens [j, i]
// stands for when it opens its sentence: the organisation that is the
// subject of the sentence before, over one named after it there as an
// owner or an object ("The nearby Dunmore Pier Party answered the
// league's plan. The group has drafted …" is the party, not the league).
// The subject opens that sentence, after "the" and up to two words in
// lower case, and a word in lower case follows it.
func (d *doc) subjectBodyBefore(j, i int, pref preference) (mention, bool) {
	k := d.sentIndex(d.toks[j].s)
	if j+1 != i || d.word(j) != "the" || k < 1 || d.tokAt(d.sents[k].Start) != j {
		return mention{}, false
	}
	lo := d.tokAt(d.sents[k-1].Start)
	m := d.mentionBefore(d.sents[k-1].Start) + 1
	if m >= len(d.ments) || d.ments[m].kind != org || d.ments[m].s >= d.sents[k-1].End {
		return mention{}, false
	}
	mt := d.ments[m]
	if pref == govOrg && !mt.gov || pref == bizOrg && !mt.biz {
		return mention{}, false
	}
	first := d.tokAt(mt.s)
	if first-lo > 3 || first > lo && d.word(lo) != "the" {
		return mention{}, false
	}
	for k := lo + 1; k < first; k++ {
		if !d.toks[k].word || d.toks[k].upper || d.toks[k].quoted {
			return mention{}, false
		}
	}
	after := d.tokAt(mt.e)
	if after >= len(d.toks) || !d.toks[after].word || d.toks[after].upper || d.isPossessive(after-1) {
		return mention{}, false
	}
	return mt, true
}

// describedAntecedent reads a source known by description that a relative
// "who" after the comma at token c stands for: "an anonymous source
// familiar with the talks, who called it". The description opens with "a",
// "an" or "one" within twelve words before the comma, none of them a
// quotation's or another comma.
func (d *doc) describedAntecedent(lo, c, v int) (subject, bool) {
	if d.word(c+1) != "who" {
		return subject{}, false
	}
	for k := c - 1; k >= lo && c-k <= 12 && !d.toks[k].quoted && d.punct(k) != ","; k-- {
		if !newcomer(d.word(k)) || d.toks[k].upper && !d.opensSentenceOrClause(k) {
			continue
		}
		for h := k + 1; h < c && h <= k+4 && d.toks[h].word && !d.toks[h].upper; h++ {
			if peopleNoun(d.word(h)) {
				return subject{from: k, to: v, name: lowerFirst(d.spanText(k, h+1)), ss: d.toks[k].s, se: d.toks[h].e}, true
			}
		}
	}
	return subject{}, false
}
