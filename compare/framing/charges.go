package framing

import "strings"

// A charge, a verdict or a statute is worded by the law, not by the
// outlet: "attempted willful, deliberate, premeditated murder", "murder
// of a peace officer intentionally killed", "recklessly endangering".
// Those words of intent and manner (mens rea) judge where a writer
// chooses them ("a deliberate lie", "reckless spending"); told as what
// someone is charged with, convicted of or accused of in a complaint,
// they are the charge's name, and every outlet that reports the charge
// uses them. The charge's own phrases ("special circumstances", "lying
// in wait", "resisting arrest") are neutral compounds (neutralPhrases).

// chargeCues are the word pairs after which a charge's wording follows:
// "charged with", "convicted of", "counts of", "allegations of", "special
// circumstances of".
var chargeCues = map[string]map[string]bool{
	"charged":       setOf("with"),
	"convicted":     setOf("of"),
	"guilty":        setOf("of", "to"),
	"acquitted":     setOf("of"),
	"indicted":      setOf("on", "for"),
	"count":         setOf("of"),
	"counts":        setOf("of"),
	"charge":        setOf("of"),
	"charges":       setOf("of", "including"),
	"circumstance":  setOf("of", "that", "allegation", "allegations"),
	"circumstances": setOf("of", "that", "allegation", "allegations"),
	"allegation":    setOf("of"),
	"allegations":   setOf("of"),
	"conviction":    setOf("for"),
	"convictions":   setOf("for", "including"),
}

// chargeEnds end a charge's wording: a clause of its own, about when,
// why or who ("after", "because", "who"), or someone saying it.
var chargeEnds = setOf("after", "because", "since", "but", "although", "though", "when", "whereas",
	"who", "whom", "whose", "which", "where", "saying", "said", "says", "according")

// mensRea are the words of intent and manner a charge or a statute is
// worded with (mens rea, "criminally negligent", "driving drunk"),
var mensRea = setOf("willful", "wilful", "willfully", "wilfully", "deliberate", "deliberately",
	"premeditated", "premeditation", "intentional", "intentionally", "knowing", "knowingly",
	"reckless", "recklessly", "negligent", "negligently", "malicious", "maliciously", "malice",
	"wanton", "wantonly", "depraved", "criminally", "drunk", "drunken", "intoxicated", "heinous", "atrocious", "cruel", "cruelly", "lewd", "lascivious",
	"indecent", "unlawful", "unlawfully", "felonious", "feloniously", "fraudulent", "fraudulently",
	// and the acts against the law's officers a statute names: "resisting
	// an officer", "evading police", "failing to register"
	"resisting", "evading", "failing", "obstructing", "fleeing", "eluding", "inciting",
	// and the false statement a statute names ("filing false tax
	// returns", "making false statements")
	"false", "falsely")

// courtCues are the cues of chargeCues that only a court's or a
// prosecutor's charge follows; "charges of" and "allegations of" also
// tell of accusations in politics ("charges of insensitivity").
var courtCues = map[string]map[string]bool{
	"charged": setOf("with"), "convicted": setOf("of"), "guilty": setOf("of", "to"),
	"acquitted": setOf("of"), "indicted": setOf("on", "for"), "count": setOf("of"),
	"counts": setOf("of"), "conviction": setOf("for"), "convictions": setOf("for", "including"),
}

// countNouns name a charge, after the offence that names it: "a
// conspiracy charge", "one felony fraud count", "criminal charges".
var countNouns = setOf("charge", "charges", "count", "counts", "conviction", "convictions",
	"indictment", "indictments")

// inCharge reports whether token i lies in the wording of a charge: after
// a cue of chargeCues in its sentence, with no end of chargeEnds or a
// semicolon or dash between.
func inCharge(s string, toks []token, i int) bool { return inChargeAfter(s, toks, i, chargeCues) }

// inChargeAfter is inCharge with the cues given.
func inChargeAfter(s string, toks []token, i int, cues map[string]map[string]bool) bool {
	for j := i - 1; j >= 1; j-- {
		if strings.ContainsAny(s[toks[j].end:toks[j+1].start], ";—–") {
			return false
		}
		k := toks[j].key
		if chargeEnds[k] {
			return false
		}
		if follows := cues[toks[j-1].key]; follows != nil && follows[k] &&
			strings.TrimSpace(s[toks[j-1].end:toks[j].start]) == "" {
			return true
		}
	}
	return false
}

// chargeWording reports whether the loaded marker at token i is a word of
// mensRea in a charge's wording, or, for a word only VADER rates
// (vaderOnly), the offence a court's charge names: "pleaded guilty to
// conspiracy", "convicted of child molestation", "three counts of
// criminal vehicular homicide", "a conspiracy charge", "criminal
// charges". VADER rates the crime; told as what is charged, it is the
// charge's name, which every outlet reporting the charge writes. The
// news lexicon's words keep their judgement there ("charged with
// cronyism" is still the writer's word).
func chargeWording(s string, toks []token, i int, vaderOnly bool) bool {
	if mensRea[toks[i].key] && inCharge(s, toks, i) {
		return true
	}
	return vaderOnly && (inChargeAfter(s, toks, i, courtCues) || namesCharge(s, toks, i))
}

// namesCharge reports whether token i, or i and the word after it, come
// right before a noun of countNouns: "a conspiracy charge", "one felony
// fraud count".
func namesCharge(s string, toks []token, i int) bool {
	for k := i + 1; k <= i+2 && k < len(toks); k++ {
		if strings.TrimSpace(s[toks[k-1].end:toks[k].start]) != "" {
			return false
		}
		if countNouns[toks[k].key] {
			return true
		}
		if determiners[toks[k].key] || prepositions[toks[k].key] || clauseOpeners[toks[k].key] {
			return false // "confident the conviction would stand": no name of a charge
		}
	}
	return false
}
