package framing

// The word tables. Each row is one lemma: its forms separated by "|", the
// first being the lemma itself. A form may hold several words ("lashed out"),
// matched only when the sentence has nothing but spaces between them, and
// may carry prefixes that limit where it counts:
//
//	"*"  not after a determiner or a possessive: "the blast", "his claims" are nouns
//	"#"  not before a number: "May 5", "No. 10"
//	"="  the lemma only, never matched: "state" is mostly a noun, "stated" is not
//	"~"  not after a comma: there a participle's subject is the clause before
//	     (", suggesting it had not done enough"), a finding, not a speaker
//	"!"  only after "to": the bare form of a verb that is mostly a noun
//	     ("the blast") is the verb in an infinitive ("to blast her sister")
//	"^"  not after a determiner, a possessive or a preposition: there an
//	     adjective classifies the noun after it ("a poll of likely voters",
//	     "his likely rival"), where elsewhere it hedges ("will likely win")
//	"@"  only after a subject (see afterSubject): the verb of a word that is
//	     mostly a noun ("investigators suspect arson", not "the suspect fled")
//	"%"  only where what was said follows (see saysWhat): a verb of saying
//	     that has another sense with a plain object is that sense before a
//	     noun phrase with no verb of its own ("claimed another coach",
//	     "maintained its lead"), and reports speech before a clause or a
//	     quotation ("claimed the deal was fair", "claimed: ...")
//
// Like every word here, a form capitalised inside a sentence is taken for a
// name and skipped ("Theresa May", "Washington State"), unless the whole
// sentence is in title case.
//
// Tables are searched longest form first, then in the order attribution,
// hedge, intensifier, negation, so "is said to" is a hedge, "could not" a
// negation and "nothing short of" an intensifier.
type row struct {
	forms string
	tone  string
}

// attributionVerbs are the words a reporter chooses to introduce what someone
// said. The tone classes follow the standard newsroom advice on words of
// attribution (the AP Stylebook's entry on "said", the Reuters Handbook of
// Journalism): "said" and its plain kin are neutral; "claimed", "insisted",
// "maintained" signal the writer's doubt; "admitted", "conceded" imply the
// speaker gave ground; "declared", "vowed", "stressed" report force; and
// "slammed", "blasted", "boasted" characterise the speaker's mood.
// "Accused" and "blamed" report a charge and are listed as assertion.
var attributionVerbs = []row{
	{"say|says|said|saying", ToneNeutral},
	{"tell|tells|told|telling", ToneNeutral},
	{"#add|#adds|*#added|#adding", ToneNeutral}, // not "would add 400 jobs"
	{"=state|stated|stating", ToneNeutral},
	{"=note|*notes|noted|noting", ToneNeutral},
	{"explain|explains|explained|explaining", ToneNeutral},
	// "remarked" is a plain verb of saying; "remark" and "remarks" are
	// mostly the noun ("Braley's remarks"), which frames nothing.
	{"=remark|remarked|remarking", ToneNeutral},
	{"write|writes|wrote", ToneNeutral},
	{"=tweet|*tweets|tweeted|tweeting", ToneNeutral},
	{"announce|announces|announced|announcing", ToneNeutral},
	{"reply|replies|replied|replying", ToneNeutral},
	{"respond|responds|responded|responding", ToneNeutral},
	{"ask|asks|asked", ToneNeutral},
	{"suggest|suggests|suggested|~suggesting", ToneNeutral},
	{"according to", ToneNeutral},
	{"*%claim|*%claims|%claimed|%claiming", ToneDoubt},
	{"allege|alleges|*alleged|alleging", ToneDoubt},
	{"insist|insists|insisted|insisting", ToneDoubt},
	{"%maintain|%maintains|%maintained|%maintaining", ToneDoubt},
	{"contend|contends|contended|contending", ToneDoubt},
	{"admit|admits|admitted|admitting", ToneConcession},
	{"concede|concedes|conceded|conceding", ToneConcession},
	{"acknowledge|acknowledges|acknowledged|acknowledging", ToneConcession},
	{"confess|confesses|confessed|confessing", ToneConcession},
	// An apology gives ground as an admission does: "apologized for his
	// remarks" concedes a wrong, where "said" reports the words alone.
	// So does "sorry" said of oneself ("he is
	// sorry", "I'm sorry"), not the adjective before its noun, which
	// judges ("a sorry excuse", "the sorry state of the roads").
	{"apologize|apologizes|apologized|apologizing", ToneConcession},
	{"^sorry", ToneConcession},
	{"declare|declares|declared|declaring", ToneAssertion},
	{"*vow|*vows|vowed|vowing", ToneAssertion},
	{"=stress|*stresses|stressed|stressing", ToneAssertion},
	{"assert|asserts|asserted|asserting", ToneAssertion},
	{"argue|argues|argued|arguing", ToneAssertion},
	{"warn|warns|warned|*warning", ToneAssertion},
	// "deny" reports speech before what was said ("denied that",
	// "denied the allegations", "denies sending"), not where it withholds
	// a thing ("denying tax credits to", "deny service over", "protections
	// previously denied to them"): see saysWhat.
	{"%deny|%denies|%denied|%denying", ToneAssertion},
	{"=pledge|*pledges|pledged|pledging", ToneAssertion},
	{"emphasise|emphasises|emphasised|emphasising|emphasize|emphasizes|emphasized|emphasizing", ToneAssertion},
	{"accuse|accuses|*accused|accusing", ToneAssertion},
	{"blame|*blames|blamed|blaming", ToneAssertion},
	{"slam|*slams|slammed|slamming", ToneEmotive},
	{"=blast|!blast|*blasts|blasted|blasting", ToneEmotive},
	{"lash out|lashes out|lashed out|lashing out", ToneEmotive},
	{"hit out|hits out|hitting out", ToneEmotive},
	{"boast|*boasts|boasted|boasting", ToneEmotive},
	{"brag|brags|bragged|bragging", ToneEmotive},
	{"scoff|scoffs|scoffed|scoffing", ToneEmotive},
	{"rant|*rants|ranted|ranting", ToneEmotive},
	{"fume|fumed|fuming", ToneEmotive},
	// The rest of the AP Stylebook's warning list of "said" substitutes
	// that characterise the speaker.
	{"complain|complains|complained|complaining", ToneEmotive},
	{"=grumble|grumbled|grumbling", ToneEmotive},
	{"=gripe|griped|griping", ToneEmotive},
	{"whine|whines|whined|whining", ToneEmotive},
	{"=snap|snapped", ToneEmotive},
	{"retort|retorts|retorted|retorting", ToneEmotive},
	{"gush|gushes|gushed|gushing", ToneEmotive},
	{"=crow|crowed|crowing", ToneEmotive},
	{"sneer|sneers|sneered|sneering", ToneEmotive},
	{"=lecture|lectured|lecturing", ToneEmotive},
	{"=plead|pleaded|pleading", ToneEmotive},
	{"=snipe|sniped|sniping", ToneEmotive},
	{"=rail|railed|railing", ToneEmotive},
	{"=bemoan|bemoaned|bemoaning", ToneEmotive},
	{"=lament|lamented|lamenting", ToneEmotive},
	{"=tout|touted|touting", ToneEmotive},
	{"=trumpet|trumpeted|trumpeting", ToneEmotive},
}

// hedges distance the writer from a claim: the epistemic adverbs and modals
// of the hedging literature (Lakoff 1972; Hyland 1998) and the press's
// "reportedly"/"allegedly" family. Approximators before numbers ("about",
// "nearly", "some 300") are left to the fact checker, which reads numbers.
var hedges = []string{
	"reportedly", "allegedly", "apparently", "purportedly",
	"seemingly", "supposedly", "possibly", "probably", "perhaps",
	"^likely", "^unlikely", "#may", "might", "could",
	"appear to|appears to|appeared to",
	"seem to|seems to|seemed to",
	"is said to|are said to|was said to|were said to",
	"is believed to|are believed to|was believed to|were believed to",
	"is thought to|are thought to|was thought to|were thought to",
	"according to sources|according to people familiar",
	"alleged", "purported", "suspected", "unconfirmed", "unverified",
	// Suspicion put on the subject: "investigators suspect arson" (the
	// writer does not state it). "Believe" is left out: as often a creed
	// ("we believe in freedom") as a guess.
	"@suspect",
	"so-called|so called",
}

// intensifiers raise the force of what follows. The adverbs are VADER's
// booster words (B_INCR in vaderSentiment, which govader ports), less the
// slang and the mild ("more", "quite", "so"); the rest are the magnitude words
// of news copy: sensational movement verbs and superlative adjectives.
var intensifiers = []string{
	"very", "extremely", "highly", "deeply", "hugely", "massively",
	"utterly", "totally", "absolutely", "completely", "entirely",
	"incredibly", "remarkably", "enormously", "tremendously",
	"exceptionally", "greatly", "thoroughly", "unbelievably",
	"unusually", "intensely",
	"huge", "massive", "enormous", "tremendous", "staggering",
	"stunning", "dramatic|dramatically", "unprecedented", "historic",
	"sweeping", "major", "sharply", "nothing short of",
	// "Yet" before a repetition counts it against someone: "yet another
	// setback", "delayed yet again", "yet more questions" say the writer
	// has lost patience with the series, where "another setback" only
	// adds one to it.
	"yet another|yet again",
	"record high|record low|record levels|record number|record numbers|record-breaking|record-high|record-low",
	"all-time high|all-time low",
	"soar|soars|soared|soaring",
	"plunge|plunges|plunged|plunging",
	"plummet|plummets|plummeted|plummeting",
	"skyrocket|skyrockets|skyrocketed|skyrocketing",
	"surge|surges|surged|surging",
}

// quantityFigures are the nouns of a natural mass or force that WordNet
// 3.0 also gives as a large indefinite quantity: those whose first sense
// is a natural object or phenomenon (noun.object, noun.phenomenon) and one
// of whose senses lies under "large indefinite quantity". Before "of" they
// are figures of magnitude, the writer's ("a flood of lawsuits",
// "mountains of paperwork", "a torrent of abuse"), where the plain nouns
// of the same hypernym ("a great deal of", "a batch of", "a pile of")
// only count. TestQuantityFigures derives the list from WordNet again.
var quantityFigures = []string{"flood", "inundation", "mountain", "ocean", "sea", "torrent"}

// quantityRows are the intensifier rows of quantityFigures: each noun,
// singular or plural, before "of".
func quantityRows() []string {
	rows := make([]string, len(quantityFigures))
	for i, n := range quantityFigures {
		rows[i] = n + " of|" + n + "s of"
	}
	return rows
}

// negations are VADER's negation words (NEGATE in vaderSentiment) less its
// informal spellings, "rarely", "seldom" and "despite"; contractions ending
// in "n't" are caught by rule, and an auxiliary with "not" is one marker.
var negations = []string{
	"not|do not|does not|did not|is not|are not|was not|were not|has not|have not|had not" +
		"|will not|would not|should not|could not|can not|must not|need not|cannot",
	"#no", "no one", "never", "none", "nobody", "nothing",
	"nowhere", "neither", "nor", "without",
}

// prepositions make a plural after them a noun ("on fakes").
var prepositions = map[string]bool{
	"on": true, "of": true, "in": true, "for": true, "against": true, "about": true,
	"with": true, "from": true, "by": true, "at": true, "over": true, "into": true,
	"among": true,
}

// determiners make the next word a noun, for forms marked "*".
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "any": true, "every": true, "such": true,
}
