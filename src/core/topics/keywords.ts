/**
 * Keyword evidence for each IPTC top-level Media Topic. Entries are lower-case word stems: a word
 * counts when it starts with the stem (so "elect" covers "election", "elected", "electoral").
 * A stem ending in "$" must match the whole word; one starting with "~" counts only where the
 * article writes it in lower case, since the capitalised word names something else ("a labour
 * shortage" is labour, "the Labour Party" is not).
 *
 * The lists are general news vocabulary of each topic (the IPTC subjects under it): a word belongs
 * when a reader would take it as a sign of the topic in any outlet's story, not because it fixes
 * one article. Check a new stem against real text: it catches every word that starts with it.
 */
export const TOPIC_KEYWORDS: Record<string, string> = {
  // arts, culture, entertainment and media
  'medtop:01000000':
    'museum artefact artifact exhibition gallery artist art$ arts$ film cinema festival music musician concert album novel author$ authors$ literature theatre theater opera$ operas$ orchestra$ orchestras$ heritage cultur painting sculpture poet poetry dance broadcast journalis newspaper media$ book$ books$ publish ' +
    'actor actress celebrit comedian television tv$ radio$ documentar netflix hollywood oscar grammy emmy singer song band$ drummer guitarist rapper pop$ jazz writer novelist playwright cartoon anime comicon cosplay entertain magazine photojournalist censorship librar premiere comedy podcast',
  // crime, law and justice
  'medtop:02000000':
    'court judge trial prosecut police arrest crime criminal convict sentenc jail prison fraud corrupt lawsuit legal$ lawyer attorney verdict ruling ruled guilty charged investigat murder theft traffick smuggl justice tribunal appeal detain constitution ' +
    'suspect stab$ stabs$ stabbed stabbing knife gunman gunmen shooting shot$ homicid manslaughter indict plead pleaded custody bail$ bailed warrant extradit robber burglar assault rape abuse kidnap abduct gang$ gangs$ gangster cartel poison detective forensic offence offense offender inmate parole defendant testif jury juror acquit felony subpoena illegal unlawful steal stole loot fugitive manhunt killer clemency pardon extortion bribe embezzl launder sheriff arson',
  // disaster, accident and emergency incident
  'medtop:03000000':
    'disaster earthquake quake tsunami flood landslide wildfire fire$ fires$ eruption volcan cyclone typhoon hurricane evacuat rescue emergency accident crash collapse casualt death toll killed injured survivor relief aid$ displaced damage destroyed bodies unaccounted ' +
    'blaze flames firefight explosion explod derail capsiz sank shipwreck drown overturn pileup collision collided avalanche mudslide aftershock magnitude seismic epicent tremor erupt lava trapped rubble debris wreck stampede missing fatal',
  // economy, business and finance
  'medtop:04000000':
    'econom inflation gdp growth market trade tariff export import$ imports$ imported importer budget deficit debt bank interest$ rate currency peso price prices invest$ invests$ invested investing investment compan business industr revenue profit finance financial tax$ taxes$ taxation taxpayer fiscal monetary stock$ stocks$ share$ shares$ investor manufactur commodit cocoa coffee oil$ mining retail consumer spending recession dollar euro$ euros$ yen ' +
    'supermarket retailer sale$ sales$ acquisit acquire merger takeover shareholder earnings corporat firm$ firms$ brand$ brands$ energy electricity utility utilities outage fuel petrol crude opec agricultur harvest crop wheat shipping freight customer bankrupt insolven loan lend mortgage bond$ bonds$ startup entrepreneur airline billionaire subsid nasdaq',
  // education
  'medtop:05000000':
    'school student teacher universit educat exam$ exams$ examination curriculum classroom pupil college tuition degree academic literacy scholarship campus graduat learning ' +
    'kindergarten preschool enrol semester textbook headteacher',
  // environment
  'medtop:06000000':
    'climate environment emission carbon pollut deforest forest biodivers species wildlife conservation glacier reef coral ocean warming renewable drought salinity ecosystem habitat plastic waste recycl sustainab river$ water$ ' +
    'endangered extinct poach rainforest greenhouse fossil nature$ ozone methane contaminat toxic spill logging solar',
  // health
  'medtop:07000000':
    'health hospital disease virus outbreak vaccin patient doctor nurse medical medicine infect epidemic pandemic cholera fever malaria clinic surgery treatment cases$ symptom mental nhs pharmac drug$ drugs$ diagnos ' +
    'covid coronavirus sars-cov ebola measles influenza flu$ hiv$ aids$ cancer tuberculosis polio mask$ masks$ quarantin lockdown pneumonia illness sick ventilator physician dementia diabetes obesity tobacco overdose opioid abortion superbug antibiotic',
  // human interest
  'medtop:08000000':
    'grandmother grandfather grandchild great-grand centenarian birthday retire heartwarming volunteer community family reunion pet$ pets$ dog$ rescue$ celebrat graduation surprise year-old oldest youngest lifelong wedding anniversar dream$ dreamed',
  // labour
  'medtop:09000000':
    'union strike worker wage salar ~labor$ ~labour$ employ unemploy job$ jobs$ pay$ workforce collective bargain minimum picket walkout overtime pension workplace contract ' +
    'layoff redundanc dismissal hiring',
  // lifestyle and leisure
  'medtop:10000000':
    'tourism tourist travel holiday leisure recreation food cuisine restaurant fashion hobby lifestyle wellness ' +
    'vacation gaming garden recipe wine beer',
  // politics
  'medtop:11000000':
    'election vote voter parliament assembly legislature coalition government minister president prime senate congress lawmaker party opposition polic$ policy diplomat diplomacy summit bilateral treaty referendum campaign cabinet legislat ballot democra sanction electoral ' +
    'governor mayor senator impeach politic premier$ premiers$ chancellor ministry mp$ mps$ protester embassy ambassador sovereign regime dictator resign nominat inaugurat candidate poll$ polls$ republican conservative liberal socialist communist brexit decree caucus primaries$ delegate endorse',
  // religion
  'medtop:12000000':
    'church religio faith pilgrim pilgrimage mosque temple prayer worship bishop priest imam pope cathedral hajj ramadan christian muslim hindu buddhis catholic shrine saint clergy ' +
    'vatican archbishop cardinal nun$ nuns$ monk rabbi synagogue jewish judaism islam$ quran koran bible gospel sermon parish diocese evangelical sikh veil hijab niqab burqa',
  // science and technology
  'medtop:13000000':
    'scien research technolog satellite cyber hacker space rocket lunar moon launch mission telescope observator asteroid physics chemistry laborator experiment digital cyber software internet artificial computing chip semiconductor data$ engineer innovation astronom ' +
    'study$ studies nasa spacex astronaut orbit spacecraft capsule mars$ martian planet galax dinosaur archaeolog genome gene$ genes$ genetic dna$ molecul protein quantum algorithm robot smartphone app$ apps$ hack physicist biolog zoolog microb bacteri evolution exoplanet cosmonaut mathematic invent',
  // society
  'medtop:14000000':
    'refugee migra asylum social welfare poverty inequality housing homeless gender minorit indigenous discriminat rights$ youth elderly demograph population famil children ' +
    'immigra emigra same-sex gay$ lesbian lgbt transgender marriage equality racism racial activist charity humanitarian women$ feminis disab orphan tenant landlord rent$ rents$',
  // sport
  'medtop:15000000':
    'sport football soccer cricket rugby tennis athlet olympic championship tournament match$ matches$ goal coach player team league cup$ medal race$ racing cycling netball curling marathon stadium fifa doping ' +
    'wrestl boxing boxer golf baseball basketball hockey nba nfl afl$ nrl prix swimm sprint ski$ skiing skater skating olympi paralymp striker goalkeeper referee squad innings wicket semi-final quarter-final',
  // conflict, war and peace
  'medtop:16000000':
    'war$ conflict military army navy naval$ troops soldier attack missile drone armed ceasefire peace rebel insurgen militant violence weapon defence defense invasion airspace security bomb guerrilla ' +
    'airstrike shelling artillery battle combat terror isis taliban al-qaeda jihad hostage coup$ coups$ genocide warship explosive patrol incursion',
  // weather
  'medtop:17000000':
    'weather rain$ rains$ rainfall storm forecast temperature heatwave snow winds$ monsoon meteorolog niño nino niña drought frost cyclone ' +
    'typhoon hurricane tropical landfall blizzard hail$ thunderstorm tornado gust wind$ humid celsius fahrenheit fog$ precipitation',
};

/**
 * Words after which a stem names something else: "the Kenya National Union of Teachers" is
 * labour, "the European Union" and "the Rugby Union" are not.
 */
export const NOT_AFTER: Record<string, string> = {
  union:
    'european african soviet eurasian astronomical rugby postal telecommunication customs liberties credit monetary banking football conservation',
};
