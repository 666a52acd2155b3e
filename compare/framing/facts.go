package framing

import "strings"

// A story of crime, death, an accident, an illness or an economy's
// condition names what happened with words
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
	"killing", "killings", "fatal", "deadly", "suicide", "funeral", "funerals", "injured", "injury",
	"injuries", "crime", "crimes", "murder", "murders", "murdered", "murdering", "slain", "slaying",
	"slayings", "homicide", "homicides", "rape", "rapes", "raped",
	"stab", "stabs", "stabbed", "stabbing", "steal", "steals", "stolen", "fraud", "arrested",
	"arrests", "prison", "prisons", "prisoner", "prisoners", "imprisoned", "jailed", "penalty",
	"punishment", "guilty", "offender", "offenders", "weapons", "accident", "crash", "bomb",
	// an illness is a fact of the story as a death is ("near death with a
	// terminal illness", "dying of kidney disease", "bipolar disorder")
	"illness", "illnesses", "disease", "diseases", "disorder", "disorders",
	// and so is an economy's condition, the topic of a budget story: the
	// deficit to reduce, the debt limit, people kept out of poverty, the
	// unemployment rate. VADER rates the condition (deficit -1.7, poverty
	// -2.3), not the writer's word for it; the judging words beside them
	// stay ("a crippling debt", "a crisis")
	"deficit", "deficits", "debt", "debts", "poverty", "unemployment", "recession", "recessions",
	// and so is a contest's result, the topic of an election's or a
	// vote's story: the candidate or the bill defeated. VADER rates the
	// loss (defeat -2.0, defeated -2.1), not the writer's word for it;
	// the judging words are beside it ("a crushing defeat", "soundly
	// defeated", "a stunning upset")
	"defeat", "defeats", "defeated", "defeating")

// crimeNames are words that name a crime only with a word beside them
// ("sexual assault", "armed attack", "assault charges"); alone they are as often a figure of
// political speech ("an assault on Medicare", "attacked his rival").
var crimeNames = setOf("assault", "assaults", "attack", "attacks")

// attackKinds name what attacked, so that "attack" is the event: "a
// terrorist attack" (whose label stays loaded), "a heart attack".
var attackKinds = setOf("terrorist", "terror", "suicide", "bomb", "missile", "rocket", "air", "heart",
	"shark", "dog", "cyber", "pirate", "piracy")

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

// Piracy and hijacking are crimes too, told in words of force that
// politics uses as figures ("hijacked the debate", "attacked his rival",
// "a sinking campaign", "fired off a letter"): the words are the crime's
// where what they act on is a ship or another craft ("pirates attacked a
// merchant vessel", "sinking a Thai fishing trawler", "a hijacked
// airliner", "pirates who threatened a merchant vessel", "rescuing the
// ship"), and gunfire is fired at or on something, or fires shots.
// The crime's own names are plain ("piracy", "abduction").

// forceWords are the words of force that name such a crime beside a craft.
var forceWords = setOf("attack", "attacks", "attacked", "attacking", "hijack", "hijacks", "hijacked",
	"hijacking", "hijackings", "commandeer", "commandeered", "commandeering", "sink", "sinks", "sank",
	"sunk", "sinking", "fire", "fired", "firing", "ram", "rammed", "ramming", "board", "boarded", "boarding",
	"threaten", "threatens", "threatened", "threatening", "rescue", "rescues", "rescued", "rescuing")

// craft are ships, boats, aircraft and vehicles, the things such a crime
// seizes, sinks or fires on.
var craft = setOf("ship", "ships", "vessel", "vessels", "boat", "boats", "trawler", "trawlers", "tanker",
	"tankers", "freighter", "freighters", "skiff", "skiffs", "dhow", "dhows", "yacht", "yachts", "ferry",
	"ferries", "warship", "warships", "frigate", "frigates", "mothership", "liner", "barge", "tug",
	"speedboat", "speedboats", "plane", "planes", "aircraft", "airliner", "airliners", "jet", "jets",
	"helicopter", "helicopters", "bus", "buses", "truck", "trucks", "lorry", "lorries", "convoy")

// gunfire are the words after which "fire" and "fired" are shooting.
var gunfire = setOf("at", "on", "upon", "shots", "rounds", "warning", "weapons", "guns", "rockets", "missiles")

// crimeWords are the plain names of piracy and of taking people.
var crimeWords = setOf("piracy", "abduction", "abductions", "abducted", "kidnapping", "kidnappings",
	"kidnapped", "hostage", "hostages")

// craftNear reports whether a craft is named within a few words of token
// i, in its clause: its object ("attacked a merchant vessel"), its subject
// ("the tanker was hijacked") or the noun it qualifies ("a hijacked ship").
func craftNear(s string, toks []token, i int) bool {
	const reach = 4
	for j := i + 1; j < len(toks) && j <= i+reach; j++ {
		if strings.ContainsAny(s[toks[j-1].end:toks[j].start], ".;:!?") {
			break
		}
		if craft[toks[j].key] {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-reach; j-- {
		if strings.ContainsAny(s[toks[j].end:toks[j+1].start], ".;:!?") {
			break
		}
		if craft[toks[j].key] {
			return true
		}
	}
	return false
}

// factAt reports whether token i is a plain word of a crime, a death or an
// accident, or a legal degree of one ("aggravated" in "aggravated
// assault"), not loaded wording. lemma is the word's form in the lexicon.
func factAt(s string, toks []token, i int, lemma string) bool {
	k := toks[i].key
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].key
	}
	switch {
	case forceWords[k] && craftNear(s, toks, i), (k == "fire" || k == "fired" || k == "firing") && gunfire[next],
		crimeWords[k] || crimeWords[lemma]:
		return true
	case crimeNames[k] || crimeNames[lemma]:
		return i > 0 && (crimeDegrees[toks[i-1].key] || attackKinds[toks[i-1].key]) || crimeAfter[next]
	case newsFacts[k] || newsFacts[lemma]:
		return true
	case plainSense(s, toks, i):
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

// Some words VADER rates for a judging sense name, in news copy, an
// ordinary act or thing: a case dismissed by a court, the damages a suit
// seeks, an aide fired, a fire or a riot that broke out, laws broken,
// glass broken. plainSense tells these senses by the words beside them;
// the judging senses stay loaded ("dismissed that criticism", "broke
// his silence", "a broken system", "fired off a statement").

// courtNouns are what a court dismisses, and the laws a crime breaks.
var courtNouns = setOf("lawsuit", "lawsuits", "suit", "suits", "case", "cases", "charge", "charges",
	"indictment", "complaint", "appeal", "appeals", "petition", "law", "laws", "statute", "statutes")

// particles make "broke" a phrasal verb of an event or a motion ("the fire
// broke out", "broke off their attack", "broke away from the vigil").
var particles = setOf("out", "off", "away", "down", "into", "through", "loose")

// plainSense reports whether token i is one of those words in its plain
// sense.
func plainSense(s string, toks []token, i int) bool {
	k, next := toks[i].key, ""
	if i+1 < len(toks) && strings.TrimSpace(s[toks[i].end:toks[i+1].start]) == "" {
		next = toks[i+1].key
	}
	switch k {
	case "damages":
		// the money a suit seeks ("punitive damages", "$5 million in
		// damages"); the verb takes an object ("damages his standing")
		return !determiners[next] && !strings.HasSuffix(next, "'s") && !objectPronouns[next]
	case "fired", "firing":
		// a job lost or a gun fired; "fired off", "fired up" are figures
		return next != "off" && next != "up" && next != "back"
	case "dismiss", "dismisses", "dismissed", "dismissing":
		return next == "from" || courtNear(s, toks, i)
	case "broke", "broken", "break", "breaks", "breaking":
		return particles[next] || courtNear(s, toks, i)
	case "ill":
		// "terminally ill", "ill with cancer"; "ill will" and "ill-advised" judge
		return i > 0 && illDegrees[toks[i-1].key] || next == "with"
	case "cancer", "cancers":
		// the illness ("died of cancer"); "is a cancer that must be cut
		// out", "a cancer on the presidency" are figures
		return next != "on" && (i == 0 || toks[i-1].key != "a" && toks[i-1].key != "an")
	case "suffer", "suffers", "suffered", "suffering":
		// a condition one suffers from, named ("suffers from kidney
		// disease"); "what America is suffering from?" asks for a figure
		return next == "from" && i+2 < len(toks) && strings.TrimSpace(s[toks[i+1].end:toks[i+2].start]) == ""
	case "routed", "routing":
		// sent by a way ("data routed through servers", "calls routed
		// to a hotline"): "route", whose forms undo to "rout"; a rout,
		// a defeat, has no way after it ("the rebels were routed")
		return routeWays[next]
	case "poor", "rich", "needy", "blind":
		// the people of that condition, as a group ("programs for the
		// poor", "the urban poor and the elderly"); before its noun the
		// adjective may judge ("a poor response")
		return groupNoun(s, toks, i)
	case "prevail", "prevails", "prevailed":
		// in force, current: "levels that prevailed before the boom",
		// "the conditions which prevail"; a side prevails over or
		// against another, or "who" prevailed, in triumph
		return i > 0 && (toks[i-1].key == "that" || toks[i-1].key == "which") && !rivalPrepositions[next]
	case "prevailing":
		// "the prevailing wage", "prevailing winds": the current one
		return next != "" && !prepositions[next] && !rivalPrepositions[next] && !determiners[next]
	case "threat", "threats":
		// a danger to a thing ("a threat to the levee", "a threat to
		// their homes"); before a verb the threat is someone's menace,
		// which judges ("the GOP's threat to filibuster"), and a bare
		// noun after "to" may be either, so it stays
		return next == "to" && i+2 < len(toks) && (determiners[toks[i+2].key] || toks[i+2].number)
	}
	return false
}

// rivalPrepositions name whom or what a side prevails over.
var rivalPrepositions = setOf("over", "against", "upon", "on", "in")

// routeWays are the words that give a route's way after "routed".
var routeWays = setOf("through", "via", "around", "across", "over", "into", "onto", "to", "toward", "towards")

// illDegrees say how ill someone is: "terminally ill", "critically ill".
var illDegrees = setOf("terminally", "critically", "seriously", "gravely", "chronically", "mentally",
	"severely", "very")

// objectPronouns are the pronouns only an object takes.
var objectPronouns = setOf("me", "him", "her", "us", "them", "it")

// courtNear reports whether a court's noun is the object of the verb at i
// (up to four words on) or, for a passive ("may soon be dismissed",
// "laws had been broken"), its subject earlier in the clause.
func courtNear(s string, toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if strings.ContainsAny(s[toks[j-1].end:toks[j].start], ".;:!?,") {
			break
		}
		if courtNouns[toks[j].key] {
			return true
		}
	}
	if i == 0 || !passiveAux[toks[i-1].key] {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		// not at a dot: in one sentence it ends an abbreviation ("U.S.")
		if strings.ContainsAny(s[toks[j].end:toks[j+1].start], ";:!?") {
			break
		}
		if courtNouns[toks[j].key] {
			return true
		}
	}
	return false
}

// passiveAux are the forms of "be" before a passive participle.
var passiveAux = setOf("be", "been", "being", "is", "are", "was", "were")

// "Major" says how much of an event there was ("a major blow", "a major
// fire"), but before the noun of a body, a place or a league it ranks one
// among its kind by size ("a major political party", "major Internet
// companies", "a major port city", "major league history"): a fact of
// size, the opposite of "minor", not the writer's emphasis.

// rankedKinds are the nouns "major" ranks.
var rankedKinds = setOf("party", "parties", "company", "companies", "corporation", "corporations", "firm",
	"firms", "bank", "banks", "airline", "airlines", "carrier", "carriers", "network", "networks",
	"newspaper", "newspapers", "studio", "studios", "label", "labels", "agency", "agencies", "franchise",
	"franchises", "league", "leagues", "organisation", "organisations", "organization", "organizations",
	"city", "cities", "port", "ports", "airport", "airports", "hospital", "hospitals", "university",
	"universities", "retailer", "retailers", "automaker", "automakers", "economy", "economies",
	"donor", "donors", "power", "powers", "union", "unions", "outlet", "outlets", "religion", "religions")

// ranksAmong reports whether token i, "major", qualifies a noun of
// rankedKinds, directly or across the words of its kind ("major
// Internet companies", "a major ratings agency"), in one phrase.
func ranksAmong(s string, toks []token, i int) bool {
	if toks[i].key != "major" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if g := strings.TrimSpace(s[toks[j-1].end:toks[j].start]); g != "" && g != "-" {
			return false
		}
		if rankedKinds[toks[j].key] {
			return true
		}
		if determiners[toks[j].key] || prepositions[toks[j].key] {
			return false
		}
	}
	return false
}

// The adjectives above have, in WordNet 3.0, a noun sense in noun.group
// glossed as people of that condition "considered as a group" or
// "collectively" (aged, blind, disabled, elderly, handicapped, needy,
// poor, rich, unemployed, young; those VADER rates are listed). Written
// "the poor", the word names a class of people, the subject of a budget
// or welfare story, with no judgement of the writer's: as "poverty" is a
// fact (newsFacts), "the poor" are its people.

// groupNoun reports whether token i is the noun of such a group: after
// "the", maybe with a word between ("the urban poor", "the very rich"),
// and with no noun after it: the sentence or clause ends, or a
// preposition, a conjunction, a relative pronoun or a verb of being or
// having follows ("the poor and the elderly", "the poor who", "the rich
// are getting richer").
func groupNoun(s string, toks []token, i int) bool {
	the := i > 0 && toks[i-1].key == "the" ||
		i > 1 && toks[i-2].key == "the" && !toks[i-1].upper && strings.TrimSpace(s[toks[i-2].end:toks[i].start]) == s[toks[i-1].start:toks[i-1].end]
	if !the {
		return false
	}
	if i+1 == len(toks) || strings.TrimSpace(s[toks[i].end:toks[i+1].start]) != "" {
		return true
	}
	next := toks[i+1].key
	return prepositions[next] || coordinators[next] || afterGroup[next]
}

// afterGroup are the relative pronouns and the verbs of being and having
// that may follow a group's noun, where no noun of the adjective's
// would.
var afterGroup = setOf("who", "whom", "whose", "that", "are", "were", "have", "had", "will", "would",
	"can", "could", "should", "must", "to", "than", "get", "got", "pay", "paid")
