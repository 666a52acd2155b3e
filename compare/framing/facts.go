package framing

// A story of crime, death or an accident names what happened with words
// VADER rates strongly ("killed" -3.5, "prison" -2.3, "death" -2.9) and the
// news lexicon's neighbours take in ("stabbed"): every outlet uses them for
// the fact, so they say nothing of the writer's choice. Words that judge or
// label stay loaded ("murderer", "killer", "criminals", "terrorist",
// "slaughter", "tragic", "violent", "illegal"), and so do the facts' words
// used as figures of speech ("the campaign's assault on his record"; "death
// tax" and "death panels" are loaded phrases of the lexicons).

// newsFacts are the plain words of such facts, in the forms written.
var newsFacts = setOf(
	"dead", "death", "deaths", "die", "died", "dies", "dying", "kill", "killed", "kills",
	"killing", "killings", "fatal", "suicide", "funeral", "funerals", "injured", "injury",
	"injuries", "crime", "crimes", "murder", "murders", "murdered", "rape", "rapes", "raped",
	"stab", "stabs", "stabbed", "stabbing", "steal", "steals", "stolen", "fraud", "arrested",
	"arrests", "prison", "prisons", "prisoner", "prisoners", "imprisoned", "jailed", "penalty",
	"punishment", "guilty", "offender", "offenders", "weapons", "accident", "crash", "bomb")

// crimeNames are words that name a crime only with a word beside them
// ("sexual assault", "armed attack", "assault charges"); alone they are as often a figure of
// political speech ("an assault on Medicare", "attacked his rival").
var crimeNames = setOf("assault", "assaults", "attack", "attacks")

// attackKinds name what attacked, so that "attack" is the event: "a
// terrorist attack" (whose label stays loaded), "a heart attack".
var attackKinds = setOf("terrorist", "terror", "suicide", "bomb", "missile", "rocket", "air", "heart",
	"shark", "dog", "cyber")

// crimeAfter are words after which "assault" and "attack" name a crime
// ("assault with a deadly weapon", "assault charges").
var crimeAfter = setOf("with", "charge", "charges", "conviction", "convictions", "case", "cases",
	"weapon", "weapons", "rifle", "rifles")

// crimeDegrees qualify a crime's name: "aggravated assault", "sexual
// assault", "armed robbery", "deadly weapon".
// "Terrorist attack" is not one of them: that is a label.
var crimeDegrees = setOf("sexual", "aggravated", "indecent", "armed", "physical", "deadly", "knife", "gun")

// crimeNouns are the crimes and the means a degree may qualify.
var crimeNouns = setOf("assault", "assaults", "rape", "robbery", "battery", "murder", "manslaughter",
	"burglary", "kidnapping", "sexual", "weapon", "weapons", "force", "attack", "attacks", "robberies")

// factAt reports whether token i is a plain word of a crime, a death or an
// accident, or a legal degree of one ("aggravated" in "aggravated
// assault"), not loaded wording. lemma is the word's form in the lexicon.
func factAt(toks []token, i int, lemma string) bool {
	k := toks[i].key
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].key
	}
	switch {
	case crimeNames[k] || crimeNames[lemma]:
		return i > 0 && (crimeDegrees[toks[i-1].key] || attackKinds[toks[i-1].key]) || crimeAfter[next]
	case newsFacts[k] || newsFacts[lemma]:
		return true
	case crimeDegrees[k] || crimeDegrees[lemma]:
		return crimeNouns[next]
	}
	return false
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
