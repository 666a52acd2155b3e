package quote

// A quotation is sometimes named only to be answered: "a point the
// union denied" after it, "denied the charge that ..." before it. The one
// who answers did not say the words.

// answersQuote reports whether the words [i, from) before a cue's subject
// after a quotation are a noun that the cue's clause qualifies, after an
// article or alone ("something"): `"Q," a point the union's press office
// denied`, `"Q," an assertion that the company disputed`. The noun stands
// for the quotation, the verb's object; its subject answers the words and
// did not say them. Only when the verb denies (denialVerb): `"Q," a point
// the mayor stressed` is the mayor's.
func (d *doc) answersQuote(i, from int) bool {
	noun := i
	switch w := d.word(i); {
	case w == "something":
	case determiners.has(w) && w != "the" && i+1 < from:
		noun = i + 1
		t := d.toks[noun]
		if !t.word || t.upper || t.quoted || roleNoun(d.word(noun)) || pronouns.has(d.word(noun)) {
			return false
		}
	default:
		return false
	}
	switch from - noun - 1 {
	case 0:
		return true
	case 1:
		w := d.word(noun + 1)
		return w == "that" || w == "which" || w == "the"
	}
	return false
}

// deniedClaim reports whether, between a cue at token v and the quotation
// at token hi, a verb of denial takes as its object a claim that the
// quotation states: `denied the charge that he had "looted the fund"`,
// `The board's report disputed any suggestion that there was
// "impropriety"`. The words are the claim's, whoever made it; the one who
// denies it did not say them.
func (d *doc) deniedClaim(v, hi int) bool {
	for u := v; u+2 < hi; u++ {
		if d.toks[u].quoted || !denialVerb(d.word(u)) {
			continue
		}
		k := u + 1
		for n := 0; n < 2 && k < hi && (determiners.has(d.word(k)) || d.word(k) == "any" || d.word(k) == "all" || d.word(k) == "such"); n++ {
			k++
		}
		if k+1 < hi && claimNoun(d.word(k)) && d.word(k+1) == "that" {
			return true
		}
	}
	return false
}

// denialVerb reports whether w denies what its object says.
func denialVerb(w string) bool {
	switch w {
	case "deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing", "reject", "rejects",
		"rejected", "rejecting", "refute", "refutes", "refuted", "refuting", "rebut", "rebuts", "rebutted",
		"dismiss", "dismisses", "dismissed", "dismissing", "contest", "contests", "contested", "contesting":
		return true
	}
	return false
}

// claimNoun reports whether w names a claim whose content a that-clause
// gives: "the charge that", "any suggestion that".
func claimNoun(w string) bool {
	switch w {
	case "charge", "charges", "suggestion", "suggestions", "claim", "claims", "allegation", "allegations",
		"accusation", "accusations", "notion", "idea", "assertion", "assertions", "report", "reports", "rumor",
		"rumors", "rumour", "rumours", "speculation", "contention", "insinuation", "implication":
		return true
	}
	return false
}
