package quote

// The word lists the rules read. They are general English and newswire
// vocabulary, not tuned to any article.

// speechVerbs introduce or attribute words: "X said", "said X", "X told".
var speechVerbs = set(`said says say saying told tells tell telling added adds adding asked asks
	argued argues claimed claims insisted insists admitted admits conceded concedes noted
	explained explains wrote writes tweeted tweets declared declares warned warns stated
	continued continues replied replies responded responds recalled recalls remarked
	announced announces acknowledged acknowledges agreed observed suggested suggests
	predicted predicts promised promises vowed vows pledged pledges urged urges shouted
	yelled joked jokes quipped boasted boasts complained complains lamented laments
	cautioned emphasized stressed repeated countered contended maintained testified
	posted reported confirmed denied mused blasted slammed fumed proclaimed proclaims
	exclaimed whispered reiterated answered insisting claiming arguing explaining
	warning noting recalling writing declaring announced retorted snapped concluded
	summarized acknowledging recounted described describes describing called calls
	calling labeled branded dubbed criticized criticizing mocked mocking condemned condemning
	praised praising attacked attacking accused accusing derided deriding denounced
	denouncing chanted chanting sang sings singing cited cites citing rated rates rating
	referenced quoted quoting asserted asserting hailed hailing dismissed dismissing
	likened likening characterized characterizing termed touted touting blamed blaming
	questioned wondered wondering bemoaned bemoaning bragged bragging threatened
	threatening mentioned mentioning deemed nicknamed compared comparing tweeting
	writes reads read reiterating stressing emphasizing pleaded begged demanded
	demanding chided scolded scolding lashed ripped call lauded lauding admitting
	reports reporting`)

// cueNouns in a sentence mark the words quoted in it as someone's: "Trump's
// claim that there have been "thousands of shootings"".
var cueNouns = set(`statement statements claim claims remark remarks comment comments words
	phrase term language message tweet tweets speech interview testimony assertion
	assertions allegation allegations accusation accusations promise promises warning
	warnings rhetoric description criticism slogan chant chants quote quotes response
	answer argument insistence pledge vow memo according`)

// audiences are the objects kept with "told": "told reporters".
var audiences = set(`reporters journalists supporters voters listeners viewers lawmakers
	students members crowd audience interviewers`)

// statementNouns end an attribution phrase: "said in a statement".
var statementNouns = set(`statement interview tweet speech email e-mail post letter op-ed
	video message release note memo essay column broadcast podcast appearance`)

// pronouns that may be a speaker, resolved to an earlier mention.
var pronouns = set(`he she they it`)

// orgNouns, after "the", stand for an organisation mentioned before; govNouns
// prefer a public body.
var orgNouns = set(`company firm retailer giant group bank agency department office
	administration bureau commission committee organization organisation government
	ministry network newspaper paper website site union party corporation conglomerate
	startup business chain`)
var govNouns = set(`agency department office administration bureau commission committee
	government ministry`)

// bizNouns, after "the", prefer a business: "the company tweeted" is rarely
// the union or the city council mentioned just before.
var bizNouns = set(`company firm retailer giant corporation conglomerate startup business chain
	carrier bank`)

// civicWords make an organisation other than a business: unions, parties,
// campaigns, clubs, charities, schools.
var civicWords = set(`union party committee association council coalition alliance campaign
	foundation institute university college league club federation caucus pac trust
	society church`)

// spokes speak for the name after "for": "a spokesman for Acme".
var spokes = set(`spokesman spokeswoman spokesperson representative aide`)

// personNouns, after "the", stand for a person mentioned before.
var personNouns = set(`president senator candidate nominee spokesman spokeswoman
	spokesperson governor mayor congressman congresswoman lawmaker official executive
	businessman billionaire chairman founder secretary leader director minister ceo
	former man woman`)

// titles and role words that precede or follow a name: "Sen.", "President",
// "longtime Democratic pollster".
var titles = set(`president president-elect vice vice-president sen. senator rep. representative
	gov. governor lt. mayor speaker secretary director chairman chairwoman chair ceo cfo coo
	chief officer executive dr. gen. general judge justice attorney atty. minister premier
	leader spokesman spokeswoman spokesperson commissioner chancellor ambassador professor
	prof. col. sgt. capt. adm. rev. del. founder co-founder manager candidate nominee host
	anchor sheriff pollster strategist adviser advisor aide analyst economist lawyer deputy
	former longtime campaign press correspondent reporter editor columnist whip congressman
	congresswoman lawmaker activist author businessman businesswoman billionaire mogul coach
	pastor bishop cardinal pope democratic republican democrat gop libertarian senior top
	assistant associate owner partner member fellow scientist researcher expert doctor
	physician surgeon official commentator pundit comedian actor actress singer rapper
	presenter moderator counsel counselor treasurer comptroller prosecutor detective
	inspector captain lieutenant sergeant colonel admiral marshal trustee dean principal
	superintendent councilman councilwoman councilmember assemblyman assemblywoman delegate
	envoy diplomat negotiator organizer chairperson vice-presidential presidential first lady
	majority minority house senate acting interim then-candidate executive-director
	contributor producer director-general secretary-general surrogate operative consultant
	rival retired
	chairman-elect governor-elect`)

// honorifics are dropped from names without becoming a role.
var honorifics = set(`mr. mrs. ms. miss mx. mr mrs ms`)

// personTitles mark the name after them as a person's.
var personTitles = set(`president president-elect sen. senator rep. gov. governor mayor speaker
	secretary dr. gen. judge justice minister mr. mrs. ms. miss rev. del. prof. lt. col. sgt.
	capt. adm. pope chairman chairwoman ceo founder spokesman spokeswoman congressman
	congresswoman first lady candidate nominee vice`)

// connectors may join the words of one name: "Office of the U.S. Trade
// Representative", "Osama bin Laden".
var connectors = set(`of the for de van von der den al bin la le du del da dos`)

// capStops are words that are capitalised for being first in a sentence or
// being calendar words, never names.
var capStops = set(`the a an in on at for but and or so yet after before when while as if since
	because although though still then now later also meanwhile however last this that these
	those it he she they we i his her their our my your its there here what who why how where
	with without by from to of during under over asked speaking according despite given
	instead indeed moreover yes no not neither nor both each every all some many most more
	several other such even only just perhaps maybe once next first second third
	monday tuesday wednesday thursday friday saturday sunday january february march april
	may june july august september october november december today yesterday tomorrow
	mr. mrs. ms. mr mrs ms`)

// skippable words may stand between a speaker and the verb: "X also said",
// "X said Tuesday".
var skippable = set(`also later then has had have would will again previously recently once
	just further simply flatly quickly only even repeatedly first initially subsequently
	privately publicly reportedly earlier famously often frequently never always
	monday tuesday wednesday thursday friday saturday sunday today yesterday tonight`)

// orgWords make a capitalised name an organisation's.
var orgWords = set(`group inc inc. corp corp. company co. ltd ltd. llc party committee agency
	department office administration bureau commission council campaign foundation
	institute university college association union bank network news times post journal
	tribune press reuters associated senate house congress court ministry government center
	centre services airlines motors technologies holdings media federation league club fund
	trust organization organisation republicans democrats gop pac caucus coalition alliance
	project council police army navy cnn msnbc fox nbc abc cbs npr bbc energy oil gas
	power electric pharmaceuticals systems software capital partners solutions industries
	enterprises labs communications entertainment foods steel chemical chemicals
	international worldwide global records studios bancorp financial insurance motors
	automotive railways airways energy telecom wireless`)

// govWords make an organisation a public body, preferred for "the agency".
var govWords = set(`agency department office administration bureau commission ministry government
	representative service court senate house congress police army navy council committee`)

// orgHints after a name make it an organisation's: "Alibaba chairman",
// "Alibaba shares", "Alibaba's platforms", "Norvanta boss".
var orgHints = set(`chairman chairwoman founder co-founder ceo shares stock employees platform
	platforms website headquarters revenue revenues subsidiary subsidiaries brand stores
	customers users boss executive executives spokesman spokeswoman spokesperson`)

// placeWords make a multi-word name a place's rather than a person's.
var placeFirst = set(`new north south east west san los las saint st. fort port lake mount`)
var placeLast = set(`tower house state street avenue park square building center centre island
	river county city valley northwest northeast southwest southeast coast bay beach hall
	airport station university college school hospital church mountains states kingdom
	republic`)

// notAcronyms are all-capital words that are not organisations.
var notAcronyms = set(`US USA UK TV OK AM PM II III IV`)
