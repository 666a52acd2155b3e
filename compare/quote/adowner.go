package quote

import "strings"

// An advertisement speaks for whoever runs it: "The group's first ad
// called the mayor a "tired old man"", "The union went on, launching an
// advertising campaign attacking the mayor as a "reckless spender"".

// adNoun reports whether the words [from, to) end in a noun for an
// advertisement or an ad campaign ("ad", "commercial", "advertising
// campaign"); a bare "campaign" is a body of its own ("the Obama
// campaign").
func (d *doc) adNoun(from, to int) bool {
	if to <= from {
		return false
	}
	switch d.word(to - 1) {
	case "ad", "ads", "advert", "adverts", "advertisement", "advertisements", "commercial", "commercials":
		return true
	case "campaign", "blitz":
		if to-2 >= from {
			w := d.word(to - 2)
			return w == "ad" || w == "advertising" || w == "television" || w == "tv" || w == "radio"
		}
	}
	return false
}

// adOwner gives an attribution whose subject is an advertisement the one
// who runs it: the owner it is written with ("the group's first ad"), or
// else the subject of its sentence, who launched or ran it. The
// attribution is left as it is when neither is known.
func (d *doc) adOwner(a attribution) attribution {
	if !a.found || a.name == "" {
		return a
	}
	end := -1 // the subject's tokens may run on to the verb
	for k := a.from + 1; k <= a.to && k <= len(d.toks); k++ {
		if d.adNoun(a.from, k) {
			end = k
			break
		}
	}
	if end < 0 || !strings.HasSuffix(strings.ToLower(a.name), d.word(end-1)) {
		return a // the ad's runner already speaks: "he released an ad describing …"
	}
	for p := a.from; p < end-1; p++ {
		if !d.isPossessive(p) {
			continue
		}
		if s := d.resolved(p, org); s.name != "" {
			return d.ownedAd(a, end, s)
		}
		if m := d.mentionOver(d.toks[p].s); m >= 0 {
			return d.ownedAd(a, end, subject{name: d.ments[m].name, ss: d.ments[m].s, se: d.ments[m].e})
		}
		return a
	}
	k := d.sentIndex(d.toks[a.from].s)
	if m := d.subjectOf(k); m >= 0 && d.ments[m].e <= d.toks[a.from].s && d.ments[m].kind != unknown {
		return d.ownedAd(a, end, subject{name: d.ments[m].name, ss: d.ments[m].s, se: d.ments[m].e})
	}
	sn := d.sents[k]
	lo := d.tokAt(sn.Start)
	if lo+1 < a.from && d.word(lo) == "the" && orgNouns.has(d.word(lo+1)) && !d.toks[lo+1].upper {
		if s, ok := d.nounBefore(lo, lo+1); ok && s.name != "" && s.ss >= 0 {
			return d.ownedAd(a, end, s)
		}
	}
	if w := strings.ToLower(a.name); strings.HasPrefix(w, "the ") || strings.HasPrefix(w, "this ") {
		// "The ad says: …": the ad the article is about, whose owner it
		// names in another sentence.
		if s, ok := d.adOwnerNamed(d.toks[a.from].s); ok {
			return d.ownedAd(a, end, s)
		}
	}
	return a
}

// ownedAd makes owner the attribution's speaker, the ad its role.
func (d *doc) ownedAd(a attribution, end int, owner subject) attribution {
	a.role = lowerFirst(d.spanText(a.from, end))
	a.name, a.ss, a.se = owner.name, owner.ss, owner.se
	return a
}
