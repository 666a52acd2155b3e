package framing

import "strings"

// A court case and the papers filed in it speak in verbs of saying that
// elsewhere frame a speaker: a lawsuit "claims" and "alleges" what its
// plaintiffs must prove, which is what those verbs mean there, not the
// writer's doubt; a case is "argued" before a court, which is no one
// asserting anything. These rules read the verb's subject and voice.

// documents are the nouns of a paper filed in court, which claims and
// alleges in the plain legal sense ("the lawsuit claims", "the complaint
// alleges"). A report or a study is not one: "a report claiming the lobby
// had dropped its opposition" keeps the writer's distance.
var documents = setOf("lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints", "petition",
	"petitions", "filing", "filings", "indictment", "indictments", "motion", "motions", "affidavit",
	"affidavits", "counterclaim", "counterclaims")

// documentSubject reports whether the verb at token v has a document for
// its subject: the word before it, past a sentence adverb ("also") or one
// parenthetical between commas ("The lawsuit, argued in lively exchanges
// at the court Tuesday, claims that ...").
func documentSubject(s string, toks []token, v int) bool {
	j := v - 1
	for j >= 0 && strings.TrimSpace(s[toks[j].end:toks[j+1].start]) == "" && subjectAdverb(toks[j].key) {
		j--
	}
	if j < 0 {
		return false
	}
	if strings.TrimSpace(s[toks[j].end:toks[j+1].start]) == "," {
		// Skip back over one parenthetical to the comma that opens it.
		k := j - 1
		for k >= 0 && k >= j-12 && !strings.Contains(s[toks[k].end:toks[k+1].start], ",") {
			if strings.ContainsAny(s[toks[k].end:toks[k+1].start], ".;:!?") {
				return false
			}
			k--
		}
		if k < 0 || k < j-12 || strings.TrimSpace(s[toks[k].end:toks[k+1].start]) != "," {
			return false
		}
		j = k
	} else if strings.TrimSpace(s[toks[j].end:toks[j+1].start]) != "" {
		return false
	}
	return documents[toks[j].key] && !toks[j].capital
}

// subjectAdverb reports whether w may stand between a subject and its
// verb without being either ("the suit also claims", "the complaint
// further alleges").
func subjectAdverb(w string) bool {
	switch w {
	case "also", "further", "still", "now", "even", "only", "specifically", "similarly":
		return true
	}
	return false
}

// passiveParticiple reports whether the verb at token v, a past form
// after a comma and before a preposition, is a participle in the passive
// opening a parenthetical on the noun before it ("The lawsuit, argued in
// lively exchanges at the court Tuesday, claims ..."): what was argued
// there is the case, and no speaker asserts. The comma must open the
// parenthetical, with none before it in the sentence, and another must
// close it; a comma that closes an apposition leaves the verb its
// subject ("Ms. Lee, reading the draft, complained in an e-mail"), and
// one after a clause names a speaker (`…, argued the senator`).
func passiveParticiple(s string, toks []token, v int) bool {
	if v == 0 || v+1 >= len(toks) || !strings.HasSuffix(toks[v].key, "ed") {
		return false
	}
	if strings.TrimSpace(s[toks[v-1].end:toks[v].start]) != "," || strings.TrimSpace(s[toks[v].end:toks[v+1].start]) != "" {
		return false
	}
	switch toks[v+1].key {
	case "in", "at", "before", "by", "during", "on":
	default:
		return false
	}
	return !strings.ContainsAny(s[:toks[v-1].end], ",;:—–") && strings.Contains(s[toks[v].end:], ",")
}

// nounInPhrase reports whether the -s form at token v ("claims") is the
// head of a noun phrase with a noun modifier, after a verb's -ing form or
// a preposition ("by bringing discrimination claims,", "over fraud
// claims"): a verb there would need a subject where there is an object.
// A clause after it ("... claims that") makes it the verb again.
func nounInPhrase(s string, toks []token, v int) bool {
	if v < 2 || !strings.HasSuffix(toks[v].key, "s") {
		return false
	}
	for k := v - 2; k < v; k++ {
		if strings.TrimSpace(s[toks[k].end:toks[k+1].start]) != "" {
			return false
		}
	}
	mod, head := toks[v-1], toks[v-2].key
	if mod.capital || determiners[mod.key] || subjects[mod.key] || strings.HasSuffix(mod.key, "ly") || strings.HasSuffix(mod.key, "'s") {
		return false
	}
	if !(prepositions[head] || len(head) > 5 && strings.HasSuffix(head, "ing")) {
		return false
	}
	if v+1 < len(toks) && strings.TrimSpace(s[toks[v].end:toks[v+1].start]) == "" && clauseOpeners[toks[v+1].key] {
		return false
	}
	return true
}

// nounBefore reports whether the word at v, a verb of saying spelt as its
// noun ("claims"), is the noun of a thing filed, not of what someone
// said: an auxiliary or a preposition of place or purpose follows it
// ("discrimination claims were folded", "Questions Claims in Sex Bias
// Suit", "pool individual claims into one case", "claims for damages").
// The noun of what someone asserts keeps its doubt ("disputed claims of
// racism", "Clinton claims on budget cuts", "claims by Democrats that"),
// as does the verb before what was said ("the suit claims that ...", where
// a document for its subject makes it neutral: see documentSubject).
func nounBefore(s string, toks []token, v int) bool {
	j := v + 1
	if j >= len(toks) || strings.TrimSpace(s[toks[v].end:toks[j].start]) != "" {
		return false
	}
	k := toks[j].key
	return auxiliaries[k] || filedWith[k]
}

// filedWith are the prepositions after which a claim is one filed: "in"
// a suit, "into" a case, "against" a company, "for" damages ("claims from
// Tea Partiers that ..." are what they said).
var filedWith = map[string]bool{"in": true, "into": true, "against": true, "for": true}

// afterSubject reports whether token v follows its subject straight: a
// subject pronoun, "police", or the plural of a noun of people or bodies
// ("investigators suspect", "officials", "authorities"), not a
// determiner, a number, a noun it qualifies or a verb ("the suspect",
// "two suspects", "a murder suspect", "Jury finds suspect").
func afterSubject(s string, toks []token, v int) bool {
	if v == 0 || strings.TrimSpace(s[toks[v-1].end:toks[v].start]) != "" {
		return false
	}
	p := toks[v-1]
	if subjectPronouns[p.key] || p.key == "police" {
		return true
	}
	if p.capital && !p.initial || p.number {
		return false // a name or a figure, not a subject
	}
	for _, e := range []string{"ers", "ors", "als", "ies", "ants", "ents", "ists", "ians"} {
		if len(p.key) > len(e)+2 && strings.HasSuffix(p.key, e) {
			return true
		}
	}
	return false
}

// Filed reports whether sentence has a verb of saying whose subject is a
// court paper ("The lawsuit alleges that ..."), so that "it" in the next
// sentence ("It also claims that ...") is most likely that paper.
func Filed(sentence string) bool {
	var buf [40]token
	return filed(sentence, scan(sentence, buf[:0]))
}

// MarkersFiled is MarkersWith and Filed of one sentence, which it scans
// once: the report asks both of every sentence, and scanning (lower case,
// American spelling of every word) is a third of what each costs.
func MarkersFiled(sentence string, t Tuning) ([]Marker, bool) {
	var buf [40]token
	toks := scan(sentence, buf[:0])
	return markers(sentence, toks, t), filed(sentence, toks)
}

// filed is Filed on sentence's tokens.
//
// A charge told ("Orozco is charged with one count of murder") is such a
// paper too: "It was alleged the defendant used a handgun" after it is
// the charge's wording.
func filed(sentence string, toks []token) bool {
	for i, t := range toks {
		if sayingVerb(t.key) && documentSubject(sentence, toks, i) {
			return true
		}
		if i > 0 && (t.key == "with" && toks[i-1].key == "charged" || (t.key == "on" || t.key == "for") && toks[i-1].key == "indicted") {
			return true
		}
	}
	return false
}

// ItSays reports whether the attribution marker m of sentence has "it"
// for its subject ("It also claims that ...", "It was alleged that ..."): after a sentence for which
// Filed holds, the verb is the paper's, neutral as documentSubject makes
// it in one sentence.
func ItSays(sentence string, m Marker) bool {
	if m.Kind != Attribution {
		return false
	}
	var buf [40]token
	toks := scan(sentence, buf[:0])
	for v, t := range toks {
		if t.start != m.Start {
			continue
		}
		j := v - 1
		for j >= 0 && strings.TrimSpace(sentence[toks[j].end:toks[j+1].start]) == "" && subjectAdverb(toks[j].key) {
			j--
		}
		if j > 0 && passiveAux[toks[j].key] && strings.HasSuffix(toks[v].key, "ed") {
			j-- // "It was alleged the defendant ...": no one else alleges
		}
		return j >= 0 && toks[j].key == "it" && strings.TrimSpace(sentence[toks[j].end:toks[j+1].start]) == ""
	}
	return false
}

// sayingVerb reports whether key is a form of a verb of saying that a
// court paper takes ("alleges", "claims", "contends", "says").
func sayingVerb(key string) bool {
	switch key {
	case "alleges", "alleged", "claims", "claimed", "contends", "contended", "says", "said", "states", "stated", "asserts", "argues":
		return true
	}
	return false
}
