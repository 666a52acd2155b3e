package quote

import "unicode"

// A cover line, a headline or a story's title quoted as such ("its cover
// story … called "The Queen of Rage"", "The headline … reads, "THE QUEEN
// OF RAGE."", "are the words "The Queen of Rage."", "The Atlantic Wire ran
// a story … called "How Creepy Is …"") is the words of the publication
// that printed it, not of the person it is about nor of the sentence's
// subject. Such a line is kept as a quotation, so that outlets that print
// it are seen to share it, and its speaker is the publication when the
// sentence names one, else no one.

// publishedLine reports whether r is a line in title case that a work
// noun before it names by a titling verb ("story … called", "headline
// reads", "article titled") or as "the words" of a page or cover, and
// returns the publication as its speaker (an empty attribution when the
// sentence names none).
func (d *doc) publishedLine(r rawQuote, c context) (attribution, bool) {
	if len(r.parts) > 1 || !d.titleCase(r.parts[0]) {
		return attribution{}, false
	}
	lo := d.tokAt(c.sent.Start)
	j := d.tokAt(r.open) - 1
	if d.punct(j) == "," {
		j--
	}
	if d.adverb(j) && d.punct(j-1) == "," {
		j -= 2 // `called, simply, "How Creepy …"`
	}
	if j <= lo || d.toks[j].quoted {
		return attribution{}, false
	}
	if d.word(j) == "words" && d.word(j-1) == "the" {
		// `At the bottom of the page … are the words "…"`: only where the
		// sentence is about a page, a cover or a headline.
		for k := lo; k < j-1; k++ {
			if workLine(d.word(k)) || d.word(k) == "page" {
				return attribution{found: true, cue: "the words"}, true
			}
		}
		return attribution{}, false
	}
	if !titlingVerb(d.word(j)) {
		return attribution{}, false
	}
	// The work noun: the first of a run of lower-case words before the
	// verb, with nothing between them that could be another subject
	// ("the cover that Palin called" is Palin's word).
	noun := -1
	for k := j - 1; k >= lo && k >= j-8; k-- {
		t := d.toks[k]
		if !t.word || t.quoted || t.upper || pronouns.has(d.word(k)) || clauseWords.has(d.word(k)) && d.word(k) != "that" {
			break
		}
		if workLine(d.word(k)) {
			noun = k
		}
	}
	if noun < 0 {
		return attribution{}, false
	}
	if d.subjectAfterWork(noun, j) {
		return attribution{}, false
	}
	a := attribution{found: true, cue: d.word(j)}
	if s, ok := d.publisher(lo, noun, j); ok {
		a.subject = s
	}
	return a, true
}

// subjectAfterWork reports whether another noun phrase, the verb's
// subject, stands between the work noun at token noun and the verb at
// token verb: a determiner no preposition governs, then up to three words
// none of which is a work ("In a post the president said" is the
// president's, review-r22). "its cover story of the candidate called" and
// "The headline advertising the magazine's story reads" are still the
// work's words.
func (d *doc) subjectAfterWork(noun, verb int) bool {
	for k := noun + 1; k < verb; k++ {
		w := d.word(k)
		if !(determiners.has(w) && w != "that" || w == "his" || w == "her" || w == "their") || prepositions.has(d.word(k-1)) || verb-k > 4 {
			continue
		}
		work := false
		for m := k + 1; m < verb; m++ {
			work = work || workLine(d.word(m))
		}
		if !work {
			return true
		}
	}
	return false
}

// publisher reads who printed the work whose noun is token noun, its
// phrase running to token end: an owner ("Newsweek's cover", "its cover
// story", "the magazine's story"), a name before the noun ("a BuzzFeed
// article"), or the subject of a verb of publishing ("The Atlantic Wire
// ran a story").
func (d *doc) publisher(lo, noun, end int) (subject, bool) {
	for k := noun - 1; k < end; k++ {
		if k < lo || k == noun {
			continue
		}
		w := d.word(k)
		switch {
		case w == "its" || d.isPossessive(k) && d.word(k-1) == "the" && outletNoun(trimPossessive(w)):
			// "with Newsweek over its cover story", "the magazine's
			// story": the nearest name before that is not a person's.
			if s, ok := d.nearestBody(k); ok {
				return s, true
			}
		case d.isPossessive(k) && d.toks[k].upper:
			if s, ok := d.ownerBefore(lo, k); ok && s.name != "" {
				return s, true
			}
		}
	}
	k := noun - 1
	if k > lo && d.isName(k) {
		from := k
		for from > lo && d.isName(from-1) {
			from--
		}
		return subject{from: from, to: k + 1, name: d.spanText(from, k+1), ss: d.toks[from].s, se: d.toks[k].e}, true
	}
	if determiners.has(d.word(k)) {
		k--
	}
	if k > lo && publishingVerb(d.word(k)) {
		if s, ok := d.sentenceSubject(lo, k); ok && s.name != "" {
			return s, true
		}
		// "The Atlantic Wire ran": a name of the press with its article.
		i := lo
		if d.word(i) == "the" {
			i++
		}
		if to, ok := d.runAfter(i, k); ok && to == k {
			if s := d.named(i, to); s.name != "" {
				return s, true
			}
		}
	}
	return subject{}, false
}

// nearestBody is the nearest name before token k that is not a person's.
func (d *doc) nearestBody(k int) (subject, bool) {
	for m := len(d.ments) - 1; m >= 0; m-- {
		if mt := d.ments[m]; mt.s < d.toks[k].s && mt.kind != person {
			return subject{from: k, to: k + 1, name: mt.name, ss: mt.s, se: mt.e}, true
		}
	}
	return subject{}, false
}

// titleCase reports whether the words of p are a title: at most twenty
// words, each capitalised but short glue words ("How Creepy Is Princess
// Diana's Ghost on the Cover of Newsweek?", "THE QUEEN OF RAGE.").
func (d *doc) titleCase(p Span) bool {
	if !unicode.IsUpper(firstLetter(d.text[p.Start:p.End])) {
		return false
	}
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		if t := d.toks[i]; t.word {
			words++
			if !t.upper && !titleGlue.has(d.word(i)) {
				return false
			}
		}
	}
	return words > 0 && words <= 20
}

// trimPossessive drops a possessive "'s" or "’s" from a word longer than
// it: "Newsweek's" is "Newsweek".
func trimPossessive(w string) string {
	for _, s := range []string{"'s", "’s"} {
		if len(w) > len(s) && w[len(w)-len(s):] == s {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// titlingVerb names the words a work prints: "a story called", "the
// headline reads".
func titlingVerb(w string) bool {
	switch w {
	case "called", "titled", "entitled", "headlined", "headed", "reads", "read", "reading", "says", "said", "saying":
		return true
	}
	return false
}

// workLine is a work whose title, headline or cover line is quoted.
func workLine(w string) bool {
	switch w {
	case "cover", "covers", "headline", "headlines", "story", "stories", "article", "articles", "piece", "post",
		"column", "editorial", "op-ed", "issue", "tagline", "blog", "report":
		return true
	}
	return false
}

// outletNoun stands for a publication mentioned before: "the magazine's
// story".
func outletNoun(w string) bool {
	switch w {
	case "magazine", "newspaper", "paper", "site", "website", "network", "channel", "outlet", "publication", "blog":
		return true
	}
	return false
}

// publishingVerb is what a publication does with a story: "The Atlantic
// Wire ran a story".
func publishingVerb(w string) bool {
	switch w {
	case "ran", "runs", "run", "published", "publishes", "posted", "posts", "printed", "prints", "carried", "carries",
		"wrote", "writes", "featured", "features", "had", "has":
		return true
	}
	return false
}
