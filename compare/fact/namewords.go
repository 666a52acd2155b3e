package fact

// addNameWords adds the word lists that Names uses. They are deliberately
// small: enough to classify the common cases, never a gazetteer.
func addNameWords(add func(lexClass, string)) {
	add(lxStop, "the a an and or but nor so yet of to in on at by for from with without into onto "+
		"over under about after before since until during as than that this these those it its "+
		"he she they we you i me him her them us our your his their my who whom whose which what "+
		"when where why how whether if while though although because despite according also "+
		"still even just only not no yes then there here now thus however meanwhile instead "+
		"is are was were be been being has have had do does did will would could should may might "+
		"must can shall any some many much most few several each every all both either "+
		"neither other another such same last next one given "+
		"let per via among amid against between within across through toward towards upon "+
		"once whatever whoever unlike like including plus said says say told tells added noted wrote "+
		"later earlier afterwards afterward moreover besides nevertheless nonetheless overall "+
		"separately otherwise elsewhere perhaps maybe indeed together again already soon")
	add(lxTitle, "president president-elect vice chairman chairwoman chairperson ceo cfo coo cto "+
		"chief executive officer founder co-founder cofounder director secretary minister premier "+
		"prime chancellor senator sen congressman congresswoman rep gov governor mayor judge "+
		"justice ambassador spokesman spokeswoman spokesperson mr mrs ms dr prof professor sir "+
		"dame lord lady king queen prince princess pope gen lt col capt sgt adm rev chair "+
		"analyst economist commissioner")
	add(lxOrgSuffix, "group inc corp corporation co company ltd limited llc plc holdings "+
		"authority agency office department ministry bank party association institute university "+
		"college council commission committee foundation fund bureau board administration "+
		"organization organisation federation union congress senate parliament times post "+
		"journal network airlines motors technologies systems partners capital securities "+
		"exchange reserve trust media labs images industries press club")
	add(lxCorpSuffix, "group inc corp corporation co company ltd limited llc plc holdings sa ag nv gmbh")
	add(lxOrgPrefix, "office department ministry bank university bureau board council commission "+
		"committee federation association institute church house court college school")
	add(lxPlaceCue, "state city county province prefecture region district tower street avenue "+
		"road boulevard square plaza park island islands river valley bay lake mountain mountains "+
		"sea ocean coast peninsula airport beach heights village hills canyon desert strait gulf "+
		"harbor harbour bridge hall palace")
	add(lxPlacePrefix, "new san santa los las saint fort port mount hong sri rio buenos abu kuala tel")
	add(lxCompass, "north south east west northern southern eastern western northwest northeast "+
		"southwest southeast central midwest")
	add(lxPlace, "us usa america britain england scotland wales ireland uk china taiwan japan korea "+
		"india russia germany france italy spain canada mexico brazil australia europe asia africa "+
		"iran iraq israel syria egypt turkey ukraine pakistan afghanistan vietnam indonesia "+
		"singapore thailand philippines malaysia switzerland netherlands sweden norway poland "+
		"greece argentina chile colombia venezuela cuba nigeria kenya beijing shanghai shenzhen "+
		"hangzhou tokyo seoul london paris berlin moscow washington chicago boston california "+
		"texas florida alaska hawaii brussels geneva dubai mumbai delhi sydney toronto manhattan "+
		"brooklyn hollywood ohio michigan pennsylvania virginia georgia arizona nevada oregon "+
		"seattle atlanta miami denver houston dallas detroit")
	add(lxGivenName, "james john robert michael william david richard joseph thomas charles "+
		"christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin "+
		"brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan "+
		"stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick "+
		"raymond jack dennis jerry tyler aaron jose adam nathan henry douglas peter kyle walter "+
		"ethan jeremy harold keith roger noah gerald carl terry sean arthur lawrence jesse dylan "+
		"bryan joe bruce albert gabriel alan juan wayne roy ralph eugene vincent russell louis "+
		"philip mike bill tom tim jim bob steve dan dave chris nick ted tony drew hillary mary "+
		"patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty "+
		"margaret sandra ashley emily donna michelle carol amanda melissa deborah stephanie "+
		"rebecca sharon laura cynthia kathleen amy angela helen anna brenda pamela nicole emma "+
		"samantha katherine christine rachel catherine janet ruth maria heather diane julie "+
		"victoria olivia kelly lauren joan megan andrea hannah martha ann teresa sara jean alice "+
		"julia grace denise diana natalie sophia charlotte rose ivanka melania barack vladimir "+
		"emmanuel boris shinzo narendra jeff elon warren mitch chuck bernie kamala jared rex "+
		"masayoshi pony robin angela theresa justin xi")
	add(lxDemonym, "american americans chinese japanese british french german germans russian "+
		"russians indian indians korean koreans european europeans asian asians african africans "+
		"canadian canadians mexican mexicans alaskan alaskans australian australians italian "+
		"italians spanish taiwanese iranian iranians israeli israelis arab arabs brazilian "+
		"brazilians swiss dutch irish scottish english western eastern republican republicans "+
		"democratic democrat democrats muslim muslims")
	add(lxConnector, "of the for de del la le van von der den du da di bin al")
	add(lxNotName, "i ipo ceo cfo coo cto gdp ai tv ok am pm faq dna ps ad bc pc")
	add(lxAbbrev, "mr mrs ms dr sen rep gov gen lt col capt sgt adm prof st jr sr inc corp co ltd "+
		"mt ft rev")
}
