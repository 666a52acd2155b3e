package framing

import "strings"

// The second part of storydiff's news lexicon, in sets the BASIL evaluation
// turns on or off by cross-validation (see Tuning). Written for this
// project, like newslex.go, from the categories of Recasens, Danescu-
// Niculescu-Mizil & Jurafsky 2013 ("Linguistic models for analyzing and
// detecting biased language"): strong-subjective words, factive and
// implicative verbs, and from the newsroom's lists of dramatising idioms.
// No third-party list is copied.

// Sets of the news lexicon beyond the core of newslex.go; an entry needs
// every set of its mask turned on.
const (
	setSubjective  uint8 = 1 << iota // strong-subjective adjectives, nouns and verbs
	setDerived                       // adverbs and -ness nouns made from the evaluative adjectives
	setImplicative                   // factive and implicative verbs: revealed, failed to, refused to
	setFigurative                    // more idioms that dramatise
)

// Categories of the sets above.
const (
	CatFactive     = "factive verb"     // revealed, exposed: the writer vouches for what follows
	CatImplicative = "implicative verb" // failed to, refused to: the writer judges an outcome
)

// moreWords are single words, as newsWords, with the set they belong to.
var moreWords = []struct {
	set              uint8
	cat, tone, words string
}{
	{setSubjective, CatEvaluative, ToneNegative, `alarming atrocious awful baffling brutal callous
		careless chilling clumsy contemptuous contentious crass cruel deceitful deranged
		desperate destructive disturbing dodgy exploitative extravagant farcical fatuous
		flimsy foolhardy fraudulent frivolous gratuitous greedy grotesque gutless half-baked
		harsh hostile idiotic ignorant ill-advised illegitimate illiberal imperious impotent
		incoherent indefensible ineffective ineffectual inexcusable insensitive insidious
		irrational lax lazy lurid malicious manipulative meddlesome mean-spirited mediocre
		menacing mendacious messy mindless nasty nefarious negligent obnoxious obscene
		obstinate odious offensive overblown overheated overwrought paranoid pernicious
		petty phony phoney pompous predatory pretentious provocative rash reactionary rigged
		ruthless sanctimonious scary selfish sensational sensationalist shambolic sinister
		slick slippery sneaky sordid spiteful stingy stubborn tawdry tone-deaf troubling
		unacceptable unconscionable unethical unfair unjust unreasonable unrealistic
		unseemly untenable unwarranted unwise vicious vindictive vile vulgar wicked
		wrongful heartless hateful hostile intolerant intransigent recalcitrant obstructive
		elitist entitled pampered privileged overpaid bloodthirsty warlike
		murderous savage barbaric monstrous sickening revolting disgusting horrific
		horrendous dreadful terrible horrible lousy crummy shoddy pitiful pitiable
		hapless clueless witless hopeless helpless toothless powerless useless pointless
		senseless needless baseless heedless thoughtless ruthless reckless
		overbearing domineering bullying meddling scheming conniving lying cheating
		grandstanding posturing pandering flailing floundering struggling ailing
		crumbling collapsing sagging sputtering stalled stalling moribund
		abrasive adversarial antagonistic audacious blunt boastful brash bruising brusque
		cantankerous caustic cocky coercive conspiratorial convoluted cranky crude cutthroat
		dastardly delusional demeaning derisive derogatory disparaging disruptive distasteful
		dogmatic egotistical embittered fickle foul frantic furious gloomy grandiose grudging
		harrowing ill-tempered impetuous impulsive indignant insular irate irascible
		jingoistic lackadaisical lopsided megalomaniacal mercurial narcissistic pesky
		pig-headed pugnacious quixotic rambling relentless rude scornful seething
		short-sighted shortsighted simplistic snide surly tactless tempestuous thin-skinned
		truculent unbridled uncompromising unruly untruthful vainglorious vengeful volatile
		wily wishy-washy wobbly whopping pricey sprawling unwieldy cumbersome onerous
		burdensome punishing crushing crippling ruinous devastating intrusive invasive
		overbroad drastic hard-right hard-left`},
	{setSubjective, CatEvaluative, TonePositive, `admirable affable candid capable commendable
		competent credible dedicated distinguished dynamic eloquent energetic exemplary
		fair-minded formidable forthright gracious honest honorable honourable humble
		inspiring inspirational judicious legendary magnanimous noble prudent reasonable
		reliable reputable seasoned skilled skilful skillful statesmanlike stellar
		thoughtful trusted valiant wise selfless dignified upstanding well-respected
		 beloved heroic tenacious gritty determined resilient unwavering
		unstoppable`},
	{setSubjective, CatLoadedVerb, ToneNegative, `browbeat cheat concoct dupe exaggerate fabricate flail
		ignore manipulate masquerade misrepresent misstate overstate posture prevaricate scapegoat shirk splurge grandstand
		fearmonger slander loot plunder hector bludgeon pummel lampoon smirk brandish insinuate
		feign pretend inflate stifle suppress quash crush sully tarnish besmirch discredit
		malign impugn dismiss disregard neglect jettison gloat boast bluster threaten menace
		blackmail extort bribe coax woo exploit profiteer siphon squander mismanage mishandle
		misjudge misread overreach overplay backfire flout snub howl bellow holler snarl growl
		bluster nag goad antagonize antagonise alienate offend infuriate enrage irk rankle vex
		dismay rattle spook blindside ambush sandbag sucker-punch nix squelch buckle squirm
		wriggle weasel decimate ravage lavish steamroll hobnob schmooze`},
	{setSubjective, CatLoadedVerb, TonePositive, `salvage rescue spearhead pioneer safeguard
		  honor honour  praise applaud commend salute 
		triumph prevail`},
	{setSubjective, CatLabel, ToneNegative, `absurdity arrogance bluster bombast brouhaha bully
		charlatan  crook demagoguery deception duplicity excess extremism fearmongering
		folly fraud grandstanding greed hypocrisy hysteria incompetence ineptitude kickback
		malfeasance misconduct mismanagement negligence nonsense obstruction opportunist
		partisanship pettiness profiteer racket ruse scam shakedown shenanigans spectacle
		stonewalling subterfuge travesty trickery whopper zealotry bigot racist liar
		hypocrite  shill mouthpiece hardliner acolyte loyalist  cronies
		 agitators radicals   lawlessness anarchy mayhem havoc
		 bloodbath   rampage frenzy hysteria paranoia
		intransigence obstinacy defiance disarray dysfunction gridlock stalemate impasse
		deadlock standoff squabble bickering infighting feud spat   debacle
		mess misstep blunder gaffe flop fiasco embarrassment`},
	{setSubjective, CatLabel, TonePositive, `reformer statesman patriot defender hero heroine
		savior saviour crusader champion  triumph  breakthrough`},
	{setImplicative, CatFactive, ToneNegative, `reveal expose uncover unmask discover`},
	{setImplicative, CatImplicative, ToneNegative, `fail refuse neglect decline forget avoid
		hesitate evade ignore resist reject dismiss rebuff`},
	{setImplicative, CatImplicative, TonePositive, `manage dare bother`},
}

// morePhrases are idioms of the figurative set, as newsPhrases.
var morePhrases = []struct {
	set       uint8
	cat, tone string
	rows      []string
}{
	{setFigurative, CatFigurative, ToneNegative, []string{
		"under the bus", "at loggerheads", "war of words", "mudslinging|mud-slinging|mud slinging",
		"end run|end-run", "sweetheart deal|sweetheart deals", "backroom deal|backroom deals|back-room deal",
		"behind closed doors", "cut and run", "jump ship|jumped ship|jumping ship",
		"drain the swamp", "nanny state", "gravy train", "cash cow", "golden parachute|golden parachutes",
		"soft on crime", "job killer|job-killer|job killers", "gun grab", "death tax",
		"government takeover", "big government", "free ride|free pass",
		"sour grapes", "flies in the face|fly in the face|flew in the face",
		"turned a blind eye|turn a blind eye|turning a blind eye|turns a blind eye",
		"stab in the back|stabbed in the back|backstabbing", "knee-jerk|knee jerk",
		"bowed to pressure|bowing to pressure|bow to pressure|caved to pressure",
		"in the  of", "bought and paid for", "pay to play|pay-to-play",
		"crony capitalism", "revolving door", "fat cat|fat cats", "corporate welfare",
		"special interests|special-interest", "culture war|culture wars", "partisan bickering",
		"hot-button|hot button", "lightning rod", "political stunt|publicity stunt",
		"photo op|photo-op", "victory lap", "trial balloon", "pulled the plug|pull the plug|pulls the plug",
		"shot across the bow", "cold feet", "dead on arrival", "last-ditch|last ditch",
		"hail mary", "uphill battle|uphill fight", "slippery slope", "tip of the iceberg",
		"ticking time bomb", "house of cards", "perfect storm", "train wreck", "powder keg",
		"wake-up call", "slap on the wrist", "stacked the deck|stack the deck",
		"rigged system", "moving the goalposts|moved the goalposts|move the goalposts",
		"cherry-pick|cherry-picked|cherry-picking|cherry-picks",
		"head in the sand|heads in the sand", "ivory tower", "swept under the rug|sweep under the rug|swept under the carpet",
		"paper over|papered over|papering over|papers over", "sounded the alarm|sound the alarm|sounding the alarm",
		"raised eyebrows|raise eyebrows|raising eyebrows", "ruffled feathers|ruffle feathers",
		"open season", "scare tactics|bully tactics|strong-arm tactics|strong-arm",
		"poured cold water|pour cold water|pouring cold water|threw cold water",
		"took a swipe|take a swipe|taking a swipe|takes a swipe", "swipe at",
		"jab at|jabs at|jabbed at", "dig at|digs at",
		"in the crosshairs|in the cross hairs|in the cross-hairs|in its crosshairs|in their crosshairs|in his crosshairs|in her crosshairs",
		"on the warpath",
		"feeding frenzy", "political suicide", "nail in the coffin", "salt in the wound",
		"in bed with", "red tape", "sugarcoat|sugar-coat|sugarcoated|sugar-coated|sugarcoating",
		"walked back|walk back|walking back|walks back", "climbdown|climb-down",
		"came under fire|come under fire|comes under fire|coming under fire",
		"hard-line stance", "tough talk", "saber-rattling|sabre-rattling|saber rattling",
		"chest-thumping|chest thumping", "fear-mongering", "hand-wringing|hand wringing",
		"nanny-state", "handout", "free lunch", "fleece taxpayers", "on the taxpayer's dime|on the taxpayers' dime",
		"taxpayer-funded", "tax-and-spend", "big spender|big spenders", "tax hike|tax hikes",
		"secret deal|secret deals", "shady deal|shady deals", "dirty tricks",
		"smear campaign|smear campaigns", "nuclear option",
		"all-out war|all out war", "full-blown", "full-scale assault", "frontal assault",
		"declared war|declare war|declares war", "war against", "battle royal",
		"bitter pill", "backfired", "blew up|blow up in", "boiling point", "fever pitch",
		"up in arms", "out of control|out-of-control", "spiraling out|spiralling out",
		"crying foul|cried foul|cry foul|cries foul", "fell flat|falls flat|fall flat",
		"sent shockwaves|sent shock waves", "shell game", "three-ring circus", "kangaroo court",
		"show trial", "lynch mob", "banana republic",
		"seize on|seized on|seizes on|seizing on|seized upon|seizing upon",
		"jump on|jumped on|jumps on|jumping on", "cash in on|cashed in on|cashing in on",
		"latch onto|latched onto|latching onto|latched on to", "dig in|dug in|digging in|digs in",
		"push back|pushed back|pushing back|pushes back|pushback",
		"bow to|bowed to|bowing to|bows to", "give in|gave in|giving in|gives in|given in",
		"fall in line|fell in line|falling in line", "toe the line|toed the line|toeing the line",
		"hit hard|hard-hit", "rushed through|rush through|rushing through",
		"prop up|propped up|propping up|props up", "dole out|doled out|doling out",
	}},
	{setFigurative, CatFigurative, TonePositive, []string{
		"hit the ground running", "won the day", "carried the day", "rose to the occasion",
		"rock star|rock-star", "tour de force", "a cut above", "bright spot",
	}},
}

// uses reports whether t turns on every set of mask.
func (t Tuning) uses(mask uint8) bool { return t.sets()&mask == mask }

func (t Tuning) sets() uint8 {
	var s uint8
	if t.Subjective {
		s |= setSubjective
	}
	if t.Derived {
		s |= setDerived
	}
	if t.Implicative {
		s |= setImplicative
	}
	if t.Figurative {
		s |= setFigurative
	}
	return s
}

// adverb and ness make an adjective's adverb ("reckless": recklessly;
// "shady": shadily; "feeble": feebly; "cynical": cynically) and its noun of
// quality (recklessness, shadiness). A form that is not English matches no
// word of a sentence, so the rules may overshoot.
func adverb(adj string) string {
	switch {
	case strings.HasSuffix(adj, "ly"):
		return ""
	case strings.HasSuffix(adj, "y"):
		return adj[:len(adj)-1] + "ily"
	case strings.HasSuffix(adj, "ic"):
		return adj + "ally"
	case strings.HasSuffix(adj, "ble") || strings.HasSuffix(adj, "ple") || strings.HasSuffix(adj, "tle"):
		return adj[:len(adj)-1] + "y"
	case strings.HasSuffix(adj, "ll"):
		return adj + "y"
	}
	return adj + "ly"
}

func ness(adj string) string {
	switch {
	case strings.HasSuffix(adj, "ly"), strings.HasSuffix(adj, "ing"), strings.HasSuffix(adj, "ed"):
		return ""
	case strings.HasSuffix(adj, "y"):
		return adj[:len(adj)-1] + "iness"
	}
	return adj + "ness"
}

// compare makes the comparative and superlative of a short adjective
// ("harsh": harsher, harshest; "shady": shadier; "grim": grimmer); long
// ones take "more" and "most", which the adjective itself then marks.
func compare(adj string) []string {
	n := len(adj)
	if n > 7 || strings.ContainsRune(adj, '-') || strings.HasSuffix(adj, "ly") {
		return nil
	}
	switch last := adj[n-1]; {
	case last == 'y':
		return []string{adj[:n-1] + "ier", adj[:n-1] + "iest"}
	case last == 'e':
		return []string{adj + "r", adj + "st"}
	case n <= 4 && !strings.ContainsRune("aeiouwxy", rune(last)) && strings.ContainsRune("aeiou", rune(adj[n-2])) &&
		!strings.ContainsRune("aeiou", rune(adj[n-3])):
		return []string{adj + string(last) + "er", adj + string(last) + "est"}
	}
	return []string{adj + "er", adj + "est"}
}

// prefixed is a compound whose first part judges whatever it is joined to:
// "ultra-liberal", "hyper-aggressive", "arch-conservative".
func prefixed(key string) bool {
	for _, p := range []string{"ultra-", "hyper-", "arch-", "uber-", "über-"} {
		if rest, ok := strings.CutPrefix(key, p); ok && len(rest) >= 4 {
			return true
		}
	}
	return false
}

// notDerived are forms the derivation must not make: words taken out of
// the lexicon because they were traced to a sample of the evaluation data
// read while writing it (see newslex.go), which the rules would otherwise
// bring back.
var notDerived = map[string]bool{"erroneously": true, "unabashedly": true, "unilaterally": true, "evasively": true}
