/**
 * One-word names of bodies that wire copy cites often and compromise's word list lacks: news
 * agencies, parties and armed groups, legislatures, international agencies and large companies.
 * Lower case; looked up by `isKnownOrganization`.
 */
export const EXTRA_ORGANIZATIONS = new Set([
  // News agencies and outlets
  'reuters',
  'xinhua',
  'interfax',
  'tass',
  'yonhap',
  'bernama',
  'kyodo',
  'anadolu',
  // Parties, movements and armed groups
  'taliban',
  'hamas',
  'hezbollah',
  'fatah',
  'houthis',
  'isil',
  'daesh',
  'al-qaeda',
  'al-shabaab',
  'likud',
  'fidesz',
  'syriza',
  'podemos',
  'labour',
  'tories',
  'ukip',
  // Legislatures and institutions
  'knesset',
  'bundestag',
  'duma',
  'politburo',
  'smithsonian',
  'interpol',
  'europol',
  'frontex',
  'unicef',
  'greenpeace',
  'oxfam',
  // Companies
  'gazprom',
  'rosneft',
  'aramco',
  'pemex',
  'huawei',
  'airbus',
  'ubisoft',
  'budweiser',
  'nvidia',
  'netflix',
  'spotify',
  'alibaba',
  'tencent',
  'baidu',
  'foxconn',
  'unilever',
  'siemens',
  'volkswagen',
  'renault',
  'ryanair',
  'lufthansa',
  'qantas',
  'glencore',
  'fonterra',
  'vodafone',
  'ericsson',
  'nokia',
]);

/**
 * Names of several words that wire copy cites often and whose words mislead the rules ("Al" reads
 * as a given name, "Sky" and "Fox" as ordinary words): news agencies, broadcasters and papers.
 */
const KNOWN_MULTIWORD = [
  'Al Jazeera',
  'Al Arabiya',
  'Associated Press',
  'Agence France-Presse',
  'Press Trust of India',
  'Sky News',
  'Fox News',
  'NBC News',
  'CBS News',
  'ABC News',
  'CNN Philippines',
  'Deutsche Welle',
  'Radio Free Europe',
  'Voice of America',
  'Der Spiegel',
  'Le Monde',
  'Le Figaro',
  'El País',
  'La Repubblica',
  'Wall Street Journal',
  'Financial Times',
  'Washington Post',
  'New York Times',
  'Los Angeles Times',
  'South China Morning Post',
  'Times of India',
  'Hindustan Times',
  'Jakarta Post',
  'Kyiv Post',
  'Moscow Times',
  'Japan Times',
  'Daily Telegraph',
  'Daily Mail',
  'Sydney Morning Herald',
  'Straits Times',
  'Bangkok Post',
  'Korea Herald',
  'Global Times',
  "People's Daily",
].map((name) => name.split(/\s+/));

/** The number of words of a known multi-word organisation's name at `at`, or 0. */
export function knownOrganizationLength(words: readonly string[], at: number): number {
  let best = 0;
  for (const name of KNOWN_MULTIWORD) {
    if (name.length > best && name.every((word, k) => words[at + k] === word)) best = name.length;
  }
  return best;
}
