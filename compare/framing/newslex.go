package framing

import "strings"

// storydiff's own framing lexicon: the wording with which news copy judges
// while it reports. It is written for this project (no third-party list),
// from the categories of the media-bias literature: Recasens, Danescu-
// Niculescu-Mizil & Jurafsky 2013 (subjective intensifiers, factive and
// assertive verbs, hedges), Fan et al. 2019 (BASIL's lexical bias: loaded
// verbs and evaluative adjectives aimed at a story's people), and the
// newsroom style guides' warnings about verbs of attribution and labels
// (AP Stylebook, Reuters Handbook). Each entry has a category, so the
// interface can say what kind of loading a word carries, and a tone.
//
// Words are lemmas; regular inflections ("scrambled", "cronies") resolve
// to them as for VADER (see resolve). Phrases are listed with their forms,
// as in tables.go. The lists stay clear of words whose valence is the
// story's topic rather than the writer's choice ("killed", "war",
// "emergency", "approved"): those are facts, not framing.

// Categories of framing words.
const (
	CatLoadedVerb = "loaded verb"     // scrambled, touted, pounced, caved
	CatEvaluative = "evaluative"      // adjectives and adverbs that judge: embattled, reckless, brazenly
	CatLabel      = "label"           // nouns that judge: pariah, cronies, fiasco, power grab
	CatFigurative = "figurative"      // idioms that dramatise: slap in the face, witch hunt
	CatSentiment  = "sentiment"       // a strongly rated word of VADER's lexicon
	CatScareQuote = "scare quotes"    // a word or two set in quotation marks by the writer
	CatHedge      = "hedge"           // reportedly, may, appears to
	CatIntensify  = "intensifier"     // very, soaring, record high
	CatNegation   = "negation"        // not, never
	CatNeutral    = "neutral verb"    // said, told
	CatDoubt      = "doubt verb"      // claimed, insisted
	CatConcession = "concession verb" // admitted, conceded
	CatAssertion  = "assertion verb"  // vowed, warned, denied
	CatEmotive    = "emotive verb"    // slammed, blasted, lashed out
)

// newsWords are single words: category, tone, then lemmas separated by spaces.
var newsWords = []struct{ cat, tone, words string }{
	{CatLoadedVerb, ToneNegative, `scramble flounder stumble bungle botch fumble flub blunder
		backpedal backtrack flip-flop waffle dither dodge duck sidestep stonewall evade skirt
		stall obstruct
		rebuff snub spurn scorn deride mock ridicule taunt jeer heckle belittle disparage
		demean denigrate insult smear vilify demonize demonise lambast lambaste excoriate
		castigate berate scold chide rebuke reprimand admonish harangue assail bash savage
		skewer eviscerate pillory trash rail decry denounce condemn
		pounce exploit weaponize weaponise politicize politicise hijack
		incite stoke inflame foment provoke
		scheme conspire collude meddle orchestrate mastermind
		cave capitulate grovel kowtow pander appease cower
		whine gripe grumble moan bemoan bristle chafe balk seethe rage erupt
		meddle bully strong-arm coerce intimidate bulldoze railroad accost
		gut slash ax axe scrap torpedo derail sabotage scuttle
		lure cajole
		renege betray
		whitewash downplay gloss distort mislead peddle tout hype trumpet
		crow gloat preen
		squabble bicker feud spar wrangle
		unravel implode crumble falter languish
		oust purge muzzle gag censor
		rant rage sneer snipe
		spew spout parrot flaunt squander bilk fleece swindle gouge hoard usurp stymie thwart
		hamstring cripple undermine subvert trample flout defy shun ostracize ostracise persecute
		harass hound badger cling lurch spiral balloon`},
	{CatLoadedVerb, TonePositive, `champion hail laud tout herald spearhead trailblaze
		galvanize galvanise`},
	{CatEvaluative, ToneNegative, `controversial divisive polarizing polarising radical extremist
		far-right far-left hard-line hardline ultraconservative ultra-conservative ultraliberal
		militant fringe reckless disastrous catastrophic disgraceful shameful outrageous
		scandalous egregious appalling shocking deplorable despicable abhorrent heinous
		embattled beleaguered besieged beset troubled hapless inept incompetent bumbling feckless
		bizarre erratic unhinged combative confrontational defiant brazen blatant flagrant
		shameless arrogant dismissive condescending haughty smug petulant testy prickly
		partisan hyperpartisan hyper-partisan draconian punitive heavy-handed high-handed
		vitriolic inflammatory incendiary toxic corrosive scathing blistering withering
		searing acrimonious rancorous raucous chaotic dysfunctional bloated wasteful lavish
		cushy posh ritzy swanky glitzy bogus dubious questionable murky shadowy secretive cozy cosy notorious
		infamous disgraced discredited self-proclaimed self-styled would-be
		zealous fanatical rabid die-hard diehard strident shrill hysterical alarmist
		fearmongering fear-mongering racist bigoted xenophobic nativist sexist misogynist
		homophobic anti-immigrant demagogic authoritarian autocratic dictatorial tyrannical
		thuggish corrupt crooked sleazy shady unscrupulous devious deceptive dishonest
		duplicitous hypocritical disingenuous cynical opportunistic self-serving craven
		spineless cowardly weak feeble lackluster lacklustre lame tepid half-hearted
		haphazard sloppy shoddy flawed failed failing doomed ill-fated ill-conceived
		misguided wrongheaded foolish reckless irresponsible dangerous ominous dire grim
		bleak dismal abysmal woeful miserable pathetic laughable ludicrous ridiculous
		absurd preposterous outlandish wild fiery heated bitter fierce rocky tumultuous
		turbulent explosive stormy frosty icy chilly testy tense uneasy fragile
		cagey vague unpopular unpalatable unaffordable exorbitant excessive
		overreaching overzealous aggressive belligerent bellicose hawkish warmongering
		embarrassing humiliating damaging damning scandal-plagued scandal-ridden gaffe-prone
		weakened diminished erroneous false misleading baseless unfounded
		unsubstantiated spurious specious
		extreme hard-core hardcore vehement adamant job-killing anti-business tax-and-spend big-government
		left-wing right-wing ideological obstructionist do-nothing scandal-tarred tainted
		tarnished debunked unproven kooky wacky loony nutty venomous stinging self-described
		self-appointed`},
	// "Vocal" is not among the praising words: it says that one speaks
	// up ("a vocal supporter", "vocal critics"), which a report tells of
	// friend and foe alike, not how well.
	{CatEvaluative, TonePositive, `landmark bold courageous brave heroic visionary brilliant savvy
		shrewd deft adroit masterful principled steadfast tireless stalwart beloved iconic
		celebrated acclaimed revered venerable esteemed respected charismatic
		pragmatic sensible commonsense common-sense bipartisan
		groundbreaking trailblazing game-changing transformative ambitious generous
		compassionate decisive resolute staunch ardent fervent passionate outspoken
		unflinching impressive remarkable extraordinary robust`},
	{CatEvaluative, ToneNegative, `brazenly blatantly flagrantly shamelessly recklessly
		defiantly bitterly fiercely sharply harshly angrily furiously vehemently
		scathingly mockingly dismissively sarcastically testily
		falsely wrongly misleadingly conveniently curiously oddly bizarrely
		unapologetically stubbornly grudgingly reluctantly`},
	{CatEvaluative, TonePositive, `boldly bravely courageously deftly shrewdly tirelessly
		staunchly proudly triumphantly`},
	{CatLabel, ToneNegative, `pariah crony cronyism henchman lackey minion stooge puppet apologist
		thug tyrant despot strongman demagogue ideologue firebrand zealot extremist fanatic
		radical agitator provocateur rabble-rouser troublemaker renegade rogue maverick
		regime junta cabal clique
		scheme ploy stunt gimmick charade sham farce fiasco debacle boondoggle giveaway
		handout bailout pork freebie
		smear slur tirade rant diatribe screed harangue meltdown outburst tantrum gaffe
		blunder flip-flop u-turn backlash firestorm uproar outcry furor furore frenzy
		onslaught broadside barrage salvo crusade vendetta payback witch-hunt hoax
		scandal disgrace embarrassment humiliation rebuke snub slap setback
		debacle rout drubbing shellacking trouncing meltdown chaos
		turmoil mess quagmire morass fiasco
		propaganda rhetoric talking-points
		amnesty appeasement capitulation surrender
		elitist elites illegals gamble gambit overreach obstructionism vitriol venom invective
		ire wrath fury outrage clamor clamour rift spat showdown brinkmanship bombshell circus
		sideshow smokescreen`},
	{CatLabel, TonePositive, `hero champion stalwart visionary trailblazer pioneer icon legend
		rising-star breakthrough landmark milestone`},
}

// newsPhrases are idioms and phrasal verbs, as category, tone, and rows of
// forms (see tables.go for the notation).
var newsPhrases = []struct {
	cat, tone string
	rows      []string
}{
	{CatLoadedVerb, ToneNegative, []string{
		"tear into|tears into|tore into|tearing into|torn into",
		"rail against|rails against|railed against|railing against",
		"lash back|lashes back|lashed back|lashing back",
		"fire back|fires back|fired back|firing back",
		"shoot back|shoots back|shot back|shooting back",
		"hit back|hits back|hitting back",
		"go after|goes after|went after|going after",
		"double down|doubles down|doubled down|doubling down",
		"back down|backs down|backed down|backing down",
		"brush off|brushes off|brushed off|brushing off|brushed aside|brushes aside|brush aside",
		"shrug off|shrugs off|shrugged off|shrugging off",
		"cover up|covers up|covered up|covering up|cover-up",
		"gloss over|glosses over|glossed over|glossing over",
		"play down|plays down|played down|playing down",
		"ram through|rammed through|ramming through",
		"jam through|jammed through|jamming through",
		"cozy up|cozied up|cozying up|cosy up|cosied up",
		"cave in|caves in|caved in|caving in",
		"stir up|stirs up|stirred up|stirring up|whip up|whipped up|whipping up",
		"took aim at|take aim at|takes aim at|taking aim at",
	}},
	{CatFigurative, ToneNegative, []string{
		"slap in the face", "witch hunt|witch-hunt", "power grab|power-grab",
		"smoke and mirrors", "bait and switch|bait-and-switch", "red meat",
		"political football", "rubber stamp|rubber-stamp|rubber-stamped",
		"lame duck|lame-duck", "war on", "class warfare", "death panels",
		"dog whistle|dog-whistle", "talking points", "fig leaf",
		"poison pill", "scorched earth|scorched-earth", "under fire",
		"in hot water", "firestorm of criticism", "black eye",
		"kick the can", "slush fund", "pork barrel|pork-barrel",
		"tin ear", "thumbed his nose|thumbed her nose|thumbing his nose",
		"conspiracy theory|conspiracy theories", "politically motivated", "thinly veiled",
		"political theater|political theatre", "line in the sand", "hatchet job", "hit piece",
		"welfare queen", "fake news", "mainstream media", "liberal elite|liberal elites|liberal media",
		"radical left|radical right", "pile on|piled on|piling on",
		"out of touch|out-of-touch", "over the top|over-the-top",
		"blank check|blank cheque",
		"bully pulpit", "hard line", "the last straw",
	}},
	{CatFigurative, TonePositive, []string{
		"rising star", "breath of fresh air", "shot in the arm", "game changer|game-changer",
	}},
}

// neutralPhrases are compounds in which a word that is loaded on its own
// names a plain thing: matched, they hide their words from every table.
var neutralPhrases = []string{
	"emergency room|emergency rooms|emergency department|emergency services|emergency responders" +
		"|emergency workers|emergency crews|emergency medical|emergency management|emergency landing" +
		"|emergency funding|emergency aid|emergency session|emergency meeting",
	"intensive care", "health care|healthcare", "death penalty", "death toll", "death row",
	"free trade", "free speech", "fair trade", "good faith", "top secret", "best practices",
	"war crimes", "civil war", "cold war", "world war", "trade war",
	"crime scene", "attack ads|attack ad",
	// A category's name: "hate" before the noun of its kind is no one's
	// hatred told by the writer ("monitors hate groups").
	"hate crime|hate crimes|hate group|hate groups|hate speech|hate mail|hate incident|hate incidents",
	"fight against|fight back", "great britain|great lakes|great depression|great recession",
	"supreme court", "poor countries", "natural disaster|natural disasters",
	// A commodity's and a signal's names: the judging sense of "crude"
	// ("a crude attempt") and of "distress" is not theirs.
	"crude oil|crude oils", "distress call|distress calls|distress signal|distress signals",
	// A court's remedies: "punitive" names the kind of damages, not a
	// judgement of anyone.
	"punitive damages|compensatory damages|monetary damages|financial damages|actual damages|treble damages",
	// A cause named, not a charge made: "arson is to blame for the fire".
	"is to blame|are to blame|was to blame|were to blame|be to blame|been to blame",
	// The newsroom's formula for no comment: the implicative "declined"
	// frames nothing here. Declining to say or answer what was asked
	// ("declined to say whether the picture was of him") keeps it.
	"declined to comment|declines to comment|declining to comment|declined comment|declined to be interviewed",
	// A plea in court: "pleaded guilty", "pleading the Fifth" name what
	// a defendant or a witness entered, the court's fact, where the
	// emotive "pleaded" of an entreaty ("pleaded with him to stop")
	// is the writer's choice.
	"pleaded guilty|pleads guilty|plead guilty|pleading guilty|pled guilty" +
		"|pleaded not guilty|pleads not guilty|plead not guilty|pleading not guilty|pled not guilty" +
		"|pleaded innocent|pleads innocent|plead innocent|pleaded no contest|pleads no contest|plead no contest" +
		"|pleaded the fifth|pleads the fifth|plead the fifth|pleading the fifth|pled the fifth",
	// A figure's literal sense: traffic that does not move.
	"traffic gridlock|traffic jam|traffic jams",
	// Pity, not an apology: "felt sorry for the young" is sorrow for
	// others, where "sorry" said of oneself concedes (tables.go).
	"feel sorry for|feels sorry for|felt sorry for|feeling sorry for" +
		// Sympathy: "sorry to hear of his death", "sorry for your loss"
		// grieve with others and concede nothing.
		"|sorry to hear|sorry to learn|sorry for your loss|sorry for their loss|sorry for his loss|sorry for her loss",
	// The law's terms of art: a charge's circumstances and factors, the
	// manner of a crime ("lying in wait", not the dishonest "lying"),
	// the arrest it avoided or resisted; and the law's test of a belief
	// ("sincerely held religious beliefs"). The words alone may judge
	// ("special", "aggravating", "avoid"); here they name.
	"special circumstance|special circumstances|aggravating circumstance|aggravating circumstances" +
		"|aggravating factor|aggravating factors|mitigating circumstances|mitigating factors",
	"lying in wait|lie in wait|lay in wait|lies in wait",
	"avoid arrest|avoiding arrest|avoided arrest|resisting arrest|resist arrest|resisted arrest" +
		"|evading arrest|evade arrest|evaded arrest",
	"sincerely held|sincerely-held",
	// A statistician's terms: the error a poll or a sample allows is a
	// measure, no one's mistake.
	"margin of error|margins of error|sampling error|standard error|trial and error",
	// "Regime" in its other sense, a system of rules (WordNet's "a
	// systematic plan", as of a diet): a noun of the domain before it
	// names what the rules govern ("tax regimes", "the sanctions
	// regime"); the government sense judges ("the Assad regime", "a
	// brutal regime").
	"tax regime|tax regimes|regulatory regime|regulatory regimes|sanctions regime|sanctions regimes" +
		"|trade regime|trade regimes|visa regime|visa regimes|inspection regime|inspection regimes" +
		"|pension regime|pension regimes|treatment regime|treatment regimes|training regime|training regimes",
	// A casualty's condition, the hospital's word: "critically" is how
	// badly, no criticism and no acclaim.
	"critically injured|critically injuring|critically wounded|critically wounding|critically ill|critically hurt",
	// A title: the implicative "managing" (managing to) is no one's
	// success in "the managing director of the I.M.F.".
	"managing director|managing directors|managing editor|managing editors|managing partner|managing partners",
}

// newsEntry is one lemma of the news lexicon.
type newsEntry struct {
	lemma, cat, tone string
	set              uint8 // the sets the entry needs (newslex_more.go); 0 for the core
	near             uint8 // for a word proposed by vectors, its cosine to the seed in hundredths; 0 when listed
}

// buildNewsLexicon is the listed lexicon, then the vectors' neighbours of
// its words (neighbours.go), which the tuning admits by cosine.
func buildNewsLexicon() []newsEntry {
	return appendNeighbours(listedLexicon())
}

// listedLexicon reads the word lists, in order; a word listed twice
// keeps its first category.
func listedLexicon() []newsEntry {
	listed := 0
	for _, l := range newsWords {
		listed += countWords(l.words)
	}
	for _, l := range moreWords {
		listed += countWords(l.words)
	}
	out := make([]newsEntry, 0, listed+listed/2)
	seen := make(map[string]bool, listed+listed/2)
	for _, l := range newsWords {
		for w := range strings.FieldsSeq(l.words) {
			if !seen[w] {
				seen[w] = true
				out = append(out, newsEntry{w, l.cat, l.tone, 0, 0})
			}
		}
	}
	for _, l := range moreWords {
		for w := range strings.FieldsSeq(l.words) {
			if !seen[w] {
				seen[w] = true
				out = append(out, newsEntry{w, l.cat, l.tone, l.set, 0})
			}
		}
	}
	// The evaluative adjectives' adverbs, nouns of quality and degrees, in
	// the derived set: "reckless" gives recklessly and recklessness,
	// "harsh" harsher and harshest.
	n := len(out)
	for _, e := range out[:n] {
		if e.cat != CatEvaluative {
			continue
		}
		for _, d := range append([]string{adverb(e.lemma), ness(e.lemma)}, compare(e.lemma)...) {
			if d != "" && !seen[d] && !notDerived[d] {
				seen[d] = true
				out = append(out, newsEntry{d, e.cat, e.tone, e.set | setDerived, 0})
			}
		}
	}
	return out
}

// countWords is len(strings.Fields(s)) without the slice.
func countWords(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// inflect returns the regular inflections of a lemma that stem would
// undo ("slam": slams, slammed, slamming...), so they are found in one
// look-up. A few are not English ("slamed"); no word a sentence holds is
// spelt so, and the rest are what stem would have matched anyway. The
// forms share one allocation.
func inflect(lemma string, forms []string) []string {
	var buf [8 * 72]byte
	b := buf[:0]
	var ends [maxInflections]int
	k := 0
	add := func(stem, suffix string) {
		b = append(append(b, stem...), suffix...)
		ends[k] = len(b)
		k++
	}
	double := func(suffix string) { // slammed: the last consonant doubled
		b = append(append(append(b, lemma...), lemma[len(lemma)-1]), suffix...)
		ends[k] = len(b)
		k++
	}
	add(lemma, "s")
	add(lemma, "es")
	add(lemma, "ed")
	add(lemma, "ing")
	if n := len(lemma); n >= 2 {
		switch last := lemma[n-1]; {
		case last == 'y':
			add(lemma[:n-1], "ies")
			add(lemma[:n-1], "ied")
		case last == 'e':
			add(lemma, "d")
			add(lemma[:n-1], "ing")
		case !strings.ContainsRune("aeiouwxy", rune(last)) && last >= 'a' && last <= 'z':
			double("ed")
			double("ing")
		}
	}
	all := string(b)
	start := 0
	for _, end := range ends[:k] {
		forms = append(forms, all[start:end])
		start = end
	}
	return forms
}

// maxInflections is the most forms inflect returns.
const maxInflections = 6
