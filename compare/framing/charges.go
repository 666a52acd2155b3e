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
	"resisting", "evading", "failing", "obstructing")

// inCharge reports whether token i lies in the wording of a charge: after
// a cue of chargeCues in its sentence, with no end of chargeEnds or a
// semicolon or dash between.
func inCharge(s string, toks []token, i int) bool {
	for j := i - 1; j >= 1; j-- {
		if strings.ContainsAny(s[toks[j].end:toks[j+1].start], ";—–") {
			return false
		}
		k := toks[j].key
		if chargeEnds[k] {
			return false
		}
		if follows := chargeCues[toks[j-1].key]; follows != nil && follows[k] &&
			strings.TrimSpace(s[toks[j-1].end:toks[j].start]) == "" {
			return true
		}
	}
	return false
}

// chargeWording reports whether the loaded marker at token i is a word of
// mensRea in a charge's wording.
func chargeWording(s string, toks []token, i int) bool {
	return mensRea[toks[i].key] && inCharge(s, toks, i)
}
