package quote

import "strings"

// The word lists the rules read. They are general English and newswire
// vocabulary, not tuned to any article.

// speechVerbs introduce or attribute words: "X said", "said X", "X told",
// "X has quipped", "saying". They are generated, every tense, from the
// lemmas in cueLemmas (see verbForms).
var speechVerbs = verbSet("speechVerbs", cueLemmas)

// cueLemmas are verbs of saying, writing and naming. An entry is a lemma
// ("argue"); "=form" for a single form; "lemma+" when the last consonant doubles ("quip+": quipped,
// quipping); "lemma/past/participle" for an irregular verb. Nouns that are
// rarely verbs (text, message, name, order) are left out: "the text said"
// is not a speaker texting.
const cueLemmas = `say/said/said tell/told/told speak/spoke/spoken write/wrote/written
	sing/sang/sung swear/swore/sworn read/read/read =put
	=go =goes =went =going =gone
	add ask argue claim insist admit+ concede note explain tweet retweet declare warn
	continue reply respond recall remark announce acknowledge agree observe suggest predict
	=stated =stating
	promise vow pledge urge shout yell scream holler bellow roar thunder joke quip+ boast brag+
	complain lament bemoan caution emphasize emphasise stress repeat restate reiterate reaffirm
	counter contend maintain testify post report confirm deny muse blast slam+ fume proclaim
	exclaim whisper murmur mutter grumble answer retort snap+ conclude summarize summarise
	recount describe call label brand dub+ criticize criticise mock condemn praise attack accuse
	deride denounce chant cite exhort rate reference quote assert hail dismiss liken characterize
	characterise term tout blame question wonder threaten mention deem nickname compare plead
	beg+ demand chide scold lash rip+ laud fret+ scoff sneer gush rave rant cry tease taunt
	jab+ preach lecture affirm allege charge protest interject elaborate clarify speculate
	theorize theorise opine reflect confess disclose reveal divulge pronounce implore appeal
	sigh laugh chuckle snort growl hiss wail moan groan whine gripe carp rail decry deplore
	lambaste excoriate castigate berate chastise rebuke upbraid ridicule lampoon trumpet
	insinuate imply hint indicate propose recommend advise assure reassure inform apologize
	apologise thank greet toast eulogize echo paraphrase underline underscore highlight
	refer+ talk chime gloat crow enthuse marvel exult muse blog+ email e-mail spell comment specify`

// verbForms returns every form of the lemmas: base, third person, past,
// participle and -ing ("argue": argue argues argued arguing).
func verbForms(lemmas string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Fields(lemmas) {
		if form, ok := strings.CutPrefix(l, "="); ok {
			m[form] = true // one form only: "stated", not "the United States"
			continue
		}
		if irr := strings.Split(l, "/"); len(irr) == 3 {
			base := irr[0]
			m[base], m[irr[1]], m[irr[2]] = true, true, true
			m[thirdPerson(base)], m[ing(base, false)] = true, true
			continue
		}
		double := strings.HasSuffix(l, "+")
		base := strings.TrimSuffix(l, "+")
		m[base], m[thirdPerson(base)], m[ing(base, double)] = true, true, true
		m[past(base, double)] = true
		if base == "label" || base == "marvel" || base == "counsel" {
			m[base+"led"], m[base+"ling"] = true, true // British spelling
		}
	}
	return m
}

func consonantY(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[len(w)-2]))
}

func thirdPerson(w string) string {
	switch {
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "o"):
		return w + "es"
	}
	return w + "s"
}

func past(w string, double bool) string {
	switch {
	case double:
		return w + w[len(w)-1:] + "ed"
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case consonantY(w):
		return w[:len(w)-1] + "ied"
	}
	return w + "ed"
}

func ing(w string, double bool) string {
	switch {
	case double:
		return w + w[len(w)-1:] + "ing"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye"):
		return w + "ing"
	case strings.HasSuffix(w, "ie"):
		return w[:len(w)-2] + "ying"
	case strings.HasSuffix(w, "e"):
		return w[:len(w)-1] + "ing"
	}
	return w + "ing"
}

// cueNouns in a sentence mark the words quoted in it as someone's: "Trump's
// claim that there have been "thousands of shootings"".
var cueNouns = listSet("cueNouns", `statement statements claim claims remark remarks comment comments words
	phrase term language message tweet tweets speech interview testimony assertion
	assertions allegation allegations accusation accusations promise promises warning
	warnings rhetoric description criticism slogan chant chants quote quotes response
	answer argument insistence pledge vow memo according apology apologies`)

// audiences are the objects kept with "told": "told reporters".
var audiences = listSet("audiences", `reporters journalists supporters voters listeners viewers lawmakers
	students members crowd audience interviewers`)

// statementNouns end an attribution phrase: "said in a statement".
var statementNouns = listSet("statementNouns", `statement interview tweet speech email e-mail post letter op-ed
	video message release note memo essay column broadcast podcast appearance`)

// pronouns that may be a speaker, resolved to an earlier mention.
var pronouns = listSet("pronouns", `he she they it`)

// orgNouns, after "the", stand for an organisation mentioned before; govNouns
// prefer a public body.
var orgNouns = listSet("orgNouns", `company firm retailer giant group bank agency department office
	administration bureau commission committee organization organisation government
	ministry network newspaper paper website site union party corporation conglomerate
	startup business chain`)
var govNouns = listSet("govNouns", `agency department office administration bureau commission committee
	government ministry`)

// bizNouns, after "the", prefer a business: "the company tweeted" is rarely
// the union or the city council mentioned just before.
var bizNouns = listSet("bizNouns", `company firm retailer giant corporation conglomerate startup business chain
	carrier bank`)

// civicWords make an organisation other than a business: unions, parties,
// campaigns, clubs, charities, schools.
var civicWords = listSet("civicWords", `union party committee association council coalition alliance campaign
	foundation institute university college league club federation caucus pac trust
	society church`)

// spokes speak for the name after "for": "a spokesman for Acme".
var spokes = listSet("spokes", `spokesman spokeswoman spokesperson representative aide`)

// personNouns, after "the", stand for a person mentioned before.
var personNouns = listSet("personNouns", `president senator candidate nominee spokesman spokeswoman critic
	congressman congresswoman businessman businesswoman governor
	spokesperson governor mayor congressman congresswoman lawmaker official executive
	businessman billionaire chairman founder secretary leader director minister ceo
	former man woman pro`)

// titles and role words that precede or follow a name: "Sen.", "President",
// "longtime Democratic pollster".
var titles = listSet("titles", `president president-elect vice vice-president sen. senator rep. representative
	gov. governor lt. mayor speaker secretary director chairman chairwoman chair ceo cfo coo
	chief officer executive dr. gen. general judge justice attorney atty. minister premier
	leader spokesman spokeswoman spokesperson commissioner chancellor ambassador professor
	prof. col. sgt. capt. adm. rev. del. founder co-founder manager candidate nominee host
	anchor sheriff pollster strategist adviser advisor aide analyst economist lawyer deputy
	former longtime campaign press correspondent reporter editor columnist whip congressman
	congresswoman lawmaker activist author businessman businesswoman billionaire mogul coach
	pastor bishop cardinal pope democratic republican democrat dem gop libertarian senior top
	assistant associate owner partner member fellow scientist researcher expert doctor
	physician surgeon official commentator pundit comedian actor actress singer rapper
	presenter moderator counsel counselor treasurer comptroller prosecutor detective
	inspector captain lieutenant sergeant colonel admiral marshal trustee dean principal
	superintendent councilman councilwoman councilmember councillor councilor cllr. alderman alderwoman
	assemblyman assemblywoman delegate
	envoy diplomat negotiator organizer chairperson vice-presidential presidential first lady
	majority minority house senate acting interim then-candidate executive-director
	contributor producer director-general secretary-general surrogate operative consultant
	rival retired engineer pilot historian teacher nurse architect planner scholar lecturer
	chairman-elect governor-elect undersheriff constable const. trooper pensioner retiree`)

// honorifics are dropped from names without becoming a role.
var honorifics = listSet("honorifics", `mr. mrs. ms. miss mx. mr mrs ms`)

// personTitles mark the name after them as a person's.
var personTitles = listSet("personTitles", `president president-elect sen. senator rep. gov. governor mayor speaker
	secretary dr. gen. judge justice minister mr. mrs. ms. miss rev. del. prof. lt. col. sgt.
	capt. adm. pope chairman chairwoman ceo founder spokesman spokeswoman congressman
	congresswoman first lady candidate nominee vice councillor councilor cllr. councilman councilwoman
	alderman alderwoman representative undersheriff constable const.`)

// connectors may join the words of one name: "Office of the U.S. Trade
// Representative", "Osama bin Laden".
var connectors = listSet("connectors", `of the for de van von der den al bin la le du del da dos`)

// capStops are words that are capitalised for being first in a sentence or
// being calendar words, never names.
var capStops = listSet("capStops", `the a an in on at for but and or so yet after before when while as if since
	because although though still then now later earlier also meanwhile however last this that these
	those it he she they we i his her their our my your its there here what who why how where
	with without by from to of during under over asked speaking according despite given
	instead indeed moreover yes no not neither nor both each every all some many most more another
	several other such even only just perhaps maybe once next first second third
	monday tuesday wednesday thursday friday saturday sunday january february march april
	may june july august september october november december today yesterday tomorrow
	mr. mrs. ms. mr mrs ms`)

// skippable words may stand between a speaker and the verb: "X also said",
// "X said Tuesday".
var skippable = listSet("skippable", `also later then has had have would will again previously recently once
	just further simply flatly quickly only even repeatedly first initially subsequently
	privately publicly reportedly earlier famously often frequently never always
	monday tuesday wednesday thursday friday saturday sunday today yesterday tonight`)

// sharing words before a cue verb give it the sentence's subject: "X
// ... and said", "X took to Twitter to accuse", "despite admitting".
var sharing = listSet("sharing", `and but then to despite after before while when by without`)

// clauseWords open a clause, not a role: "arguing that Trump ...".
var clauseWords = listSet("clauseWords", `that to as how why if whether what when where which who so than because
	while after before since though although unless until once`)

// prepositions before a name make it an object, not a subject.
var prepositions = listSet("prepositions", `in of at from to for with by on into about against near between`)

// kinNouns name someone by a relation: "Scott's niece, Marcia Price".
var kinNouns = listSet("kinNouns", `wife husband son daughter father mother brother sister niece nephew
	uncle aunt cousin friend partner widow widower colleague critic supporter ally rival
	opponent neighbor neighbour lawyer attorney doctor physician`)

// docNouns are documents that say things: "a Homeland Security memo",
// "the report said".
var docNouns = listSet("docNouns", `memo report study poll survey complaint lawsuit ad article analysis
	document filing letter statement book editorial review audit indictment ruling website cable transcript
	draft resolution slide post suit`)

// objectVerbs take a person as their object, never an inverted subject:
// "telling O'Reilly that", "urged Obama to".
var objectVerbs = verbSet("objectVerbs", `tell/told/told ask inform assure reassure urge thank greet remind
	warn accuse blame criticize criticise praise attack mock condemn call label dub+ brand
	chide scold berate rebuke implore exhort advise compare liken quote cite`)

// reportVerbs take a reported clause: "he said Obama's borrowing ...",
// "DeMint said Steele must apologize". A name in that clause is what was
// said, not who said it.
var reportVerbs = verbSet("reportVerbs", `say/said/said claim add argue insist admit+ concede note explain
	declare warn reply respond acknowledge agree suggest predict =stated =stating promise vow pledge
	contend maintain testify confirm deny conclude assert allege charge complain stress emphasize
	emphasise repeat reiterate write/wrote/written tweet post report recall reveal indicate believe
	think/thought/thought hope fear worry know/knew/known`)

// namingVerbs name or class their object with the words after it: "called
// Steele's comments "unacceptable"".
var namingVerbs = verbSet("namingVerbs", `call label brand dub+ term deem describe characterize characterise`)

// placePrepositions put a title in quotation marks where words were said,
// not what was said: "said on "Face the Nation"".
var placePrepositions = listSet("placePrepositions", `on in at to during for from with by about into onto after before`)

// peopleNouns before "at", "of" or "for" make the name after it the
// speaker's body: "Officials at Homeland Security Investigations".
var peopleNouns = listSet("peopleNouns", `officials official spokesman spokeswoman spokesperson spokespeople
	representatives aides lawyers attorneys officers staff staffers executives leaders
	members researchers analysts economists sources source official aide adviser advisor
	staffer lawmaker`)

// ownedNouns are groups named by whose they are: "Scott's family".
var ownedNouns = listSet("ownedNouns", `family campaign team office camp relatives children parents`)

// goForms are a cue only before "on": "as Trump went on about".
var goForms = listSet("goForms", `go goes went going gone`)

// nounLinks join a cue noun to the words it introduces: "claim that",
// "statement about", "promise of".
var nounLinks = listSet("nounLinks", `that about of on`)

// anonymousNouns are people a story rarely names before calling them so:
// "the reporter asks" is not the congressman named last.
var anonymousNouns = listSet("anonymousNouns", `reporter journalist student man woman person protester demonstrator
	witness resident neighbor neighbour voter caller viewer narrator driver passenger worker
	customer bystander questioner interviewer moderator`)

// subordinators open a clause of time or cause, whose subject a verb
// after "and" may share.
var subordinators = listSet("subordinators", `after before when while because since as although though until once`)

// determiners open a noun phrase: "the senator", "a spokeswoman".
var determiners = listSet("determiners", `the a an this that`)

// auxiliaries may stand between a speaker and the verb: "X has said", "X
// is describing", "X would later say".
var auxiliaries = listSet("auxiliaries", `is are was were be been being has have had will would could should can
	may might must did does do shall not never`)

// notAdverbs end in -ly but are not adverbs that may stand between a
// speaker and the verb.
var notAdverbs = listSet("notAdverbs", `family early july rally ally italy daily weekly monthly yearly holy ugly
	only supply reply apply imply assembly belly bully jelly fly`)

// orgWords make a capitalised name an organisation's.
var orgWords = listSet("orgWords", `group inc inc. corp corp. company co. ltd ltd. llc party committee agency
	department office administration bureau commission council campaign foundation
	institute university college association union bank network news times post journal
	tribune press reuters associated senate house congress court ministry government center
	centre service services airlines motors technologies holdings media federation league club fund
	trust organization organisation republicans democrats gop pac caucus coalition alliance
	project council police army navy cnn msnbc fox nbc abc cbs npr bbc energy oil gas
	power electric pharmaceuticals systems software capital partners solutions industries
	enterprises labs communications entertainment foods steel chemical chemicals
	international worldwide global records studios bancorp financial insurance motors
	automotive railways airways energy telecom wireless weekly magazine daily gazette herald`)

// govWords make an organisation a public body, preferred for "the agency".
var govWords = listSet("govWords", `agency department office administration bureau commission ministry government
	representative service court senate house congress police army navy council committee`)

// orgHints after a name make it an organisation's: "Alibaba chairman",
// "Alibaba shares", "Alibaba's platforms", "Norvanta boss", "Slate magazine".
var orgHints = listSet("orgHints", `chairman chairwoman founder co-founder ceo shares stock employees platform
	platforms website headquarters revenue revenues subsidiary subsidiaries brand stores
	customers users boss executive executives spokesman spokeswoman spokesperson magazine newspaper`)

// placeWords make a multi-word name a place's rather than a person's.
var placeFirst = listSet("placeFirst", `new north south east west san los las saint st. fort port lake mount`)
var placeLast = listSet("placeLast", `tower house state street avenue park square building center centre island
	river county city valley northwest northeast southwest southeast coast bay beach hall
	airport station university college school hospital church mountains states kingdom
	republic bridge tunnel road highway freeway motorway expressway boulevard stadium arena dam
	canal pier wharf plaza mall museum library theatre theater cathedral mosque prison courthouse
	gardens`)

// notAcronyms are all-capital words that are not organisations.
var notAcronyms = listSet("notAcronyms", `US USA UK TV OK AM PM II III IV`)

// maleNames and femaleNames are common first names in English-language
// news, enough to keep "she" from resolving to a man and "he" to a woman.
// A name in neither list says nothing: names borne by men and women alike
// are in eitherNames ("Terry O'Neill" is a woman, "Terry White" a man).
var maleNames = listSet("maleNames", `aaron adam alan albert alex alexander andrew anthony antonio arthur barack
	ben benjamin bernie bill billy bob bobby brad brandon brian bruce carl carlos charles
	charlie chris christopher chuck craig dan daniel danny dave david dennis dick don donald
	doug douglas ed eddie edward eric frank fred gary george gerald greg gregory harry henry
	howard jack jacob jake james jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe john
	johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin larry
	lawrence luis marco mark martin matt matthew michael mike mitch mitt nathan
	newt nicholas paul peter phil philip ralph randy raymond reince richard rick robert roger
	ron ronald roy rudy russell ryan sam samuel scott sean stephen steve steven ted
	thomas tim timothy todd tom tony vladimir walter wayne william willie xi`)

var femaleNames = listSet("femaleNames", `alice alicia amanda amy andrea angela ann anna anne barbara betty
	betsy beverly brenda carly carol caroline catherine cheryl chelsea christina christine
	cindy claire claudia cynthia deborah debbie debra denise diana diane donna doris dorothy
	elizabeth ellen emily emma evelyn frances gloria hannah heather helen hillary hope huma
	ivanka jacqueline jane janet janice jennifer jessica jill joan joanne joyce
	judith judy julia julie karen katherine kathleen kathy kellyanne kimberly laura
	lauren linda lisa loretta lori louise lynn margaret maria marie marilyn martha mary megan
	melania melissa michelle nancy natalie nicole nikki olivia pamela patricia patty paula
	rachel rebecca rosa ruth sandra sara sarah sharon shirley stephanie susan teresa theresa
	tina virginia wendy`)

// eitherNames are common first names borne by men and women alike: they
// tell that a name is a person's, not which sex.
var eitherNames = listSet("eitherNames", `jackie jean kelly lee terry`)
