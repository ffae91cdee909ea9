/**
 * Keyword evidence for each IPTC top-level Media Topic. Entries are lower-case word stems: a word
 * counts when it starts with the stem (so "elect" covers "election", "elected", "electoral").
 * A stem ending in "$" must match the whole word.
 */
export const TOPIC_KEYWORDS: Record<string, string> = {
  'medtop:01000000':
    'museum artefact artifact exhibition gallery artist art$ arts$ film cinema festival music musician concert album novel author literature theatre theater opera orchestra heritage cultur painting sculpture poet poetry dance broadcaster journalis newspaper media$ book$ books$ publish',
  'medtop:02000000':
    'court judge trial prosecut police arrest crime criminal convict sentenc jail prison fraud corrupt lawsuit legal$ lawyer attorney verdict ruling ruled guilty charged investigat murder theft traffick smuggl justice tribunal appeal detain constitution',
  'medtop:03000000':
    'disaster earthquake quake tsunami flood landslide wildfire fire$ fires$ eruption volcan cyclone typhoon hurricane evacuat rescue emergency accident crash collapse casualt death toll killed injured survivor relief aid$ displaced damage destroyed bodies unaccounted',
  'medtop:04000000':
    'econom inflation gdp growth market trade tariff export import budget deficit debt bank interest rate currency peso price prices invest compan business industr revenue profit finance financial tax fiscal monetary stock share$ shares$ investor manufactur commodit cocoa coffee oil$ mining retail consumer spending recession dollar euro yen',
  'medtop:05000000':
    'school student teacher universit educat exam curriculum classroom pupil college tuition degree academic literacy scholarship campus graduat learning',
  'medtop:06000000':
    'climate environment emission carbon pollut deforest forest biodivers species wildlife conservation glacier reef coral ocean warming renewable drought salinity ecosystem habitat plastic waste recycl sustainab river$ water$',
  'medtop:07000000':
    'health hospital disease virus outbreak vaccin patient doctor nurse medical medicine infection epidemic pandemic cholera fever malaria clinic surgery treatment cases$ symptom mental nhs pharmac drug$ drugs$ diagnos',
  'medtop:08000000':
    'grandmother grandfather grandchild great-grand centenarian birthday retire heartwarming volunteer community family reunion pet dog$ rescue$ celebrat graduation surprise year-old oldest youngest lifelong wedding anniversar dream$ dreamed',
  'medtop:09000000':
    'union strike worker wage salar labour labor employ unemploy job$ jobs$ pay$ workforce collective bargain minimum picket walkout overtime pension workplace contract',
  'medtop:10000000':
    'tourism tourist travel holiday leisure recreation food cuisine restaurant fashion hobby lifestyle wellness',
  'medtop:11000000':
    'election vote voter parliament assembly legislature coalition government minister president prime senate congress lawmaker party opposition polic$ policy diplomat diplomacy summit bilateral treaty referendum campaign cabinet legislat ballot democra sanction electoral',
  'medtop:12000000':
    'church religio faith pilgrim pilgrimage mosque temple prayer worship bishop priest imam pope cathedral hajj ramadan christian muslim hindu buddhis catholic shrine saint clergy',
  'medtop:13000000':
    'scien research technolog satellite cyber hacker space rocket launch lunar moon mission telescope observator asteroid physics chemistry laborator experiment digital cyber software internet artificial computing chip semiconductor data$ engineer innovation astronom',
  'medtop:14000000':
    'refugee migra asylum social welfare poverty inequality housing homeless gender minorit indigenous discriminat rights$ youth elderly demograph population famil children',
  'medtop:15000000':
    'sport football soccer cricket rugby tennis athlet olympic championship tournament match goal coach player team league cup$ medal race$ racing cycling netball curling marathon stadium fifa world cup doping',
  'medtop:16000000':
    'war$ conflict military army navy naval troops soldier attack missile drone armed ceasefire peace rebel insurgen militant violence weapon defence defense invasion airspace security bomb guerrilla',
  'medtop:17000000':
    'weather rain$ rains$ rainfall storm forecast temperature heatwave snow winds$ monsoon meteorolog niño nino niña drought frost cyclone',
};
