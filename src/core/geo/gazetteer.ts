/**
 * The place gazetteer: country names and short forms (from i18n-iso-countries plus COUNTRY_FACTS),
 * demonyms, capitals and major cities, and world regions. Matching is case-sensitive and
 * token-based, longest match first.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_FACTS } from './places';

countries.registerLocale(english);

export type PlaceKind = 'country' | 'city' | 'demonym' | 'region';

export interface Place {
  /** The place's canonical name ("Japan", "Tokyo"). */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country it is or lies in. */
  code?: string;
}

/** Phrase (space-joined tokens) -> place. */
const PLACES = new Map<string, Place>();
/** Longest phrase length in tokens, to bound the matcher. */
let maxTokens = 1;

function add(phrase: string, place: Place): void {
  const key = phrase.trim().replace(/\s+/g, ' ');
  if (!key || PLACES.has(key)) return;
  PLACES.set(key, place);
  maxTokens = Math.max(maxTokens, key.split(' ').length);
}

const shortNames = countries.getNames('en', { select: 'official' });
const allNames = countries.getNames('en', { select: 'all' });
const displayName = new Map<string, string>();

function buildCountries(): void {
  for (const line of COUNTRY_FACTS.trim().split('\n')) {
    const [code = '', demonyms = '', cities = '', extra = ''] = line.split('|');
    const names = split(extra);
    const name = names[0] && !shortNames[code]?.includes(' ') ? names[0] : undefined;
    displayName.set(code, preferredName(code, name));
    for (const alias of names)
      add(alias.replace(/^the /, ''), {
        name: displayName.get(code) ?? alias,
        kind: 'country',
        code,
      });
    for (const city of split(cities)) add(city, { name: city, kind: 'city', code });
    for (const demonym of split(demonyms))
      add(demonym, { name: displayName.get(code) ?? code, kind: 'demonym', code });
  }

  for (const [code, names] of Object.entries(allNames)) {
    const list = Array.isArray(names) ? names : [names];
    const name = displayName.get(code) ?? preferredName(code);
    for (const alias of list) {
      if (/[,(]/.test(alias)) continue;
      add(alias.replace(/^The /, ''), { name, kind: 'country', code });
      if (/^The /.test(alias)) add(alias, { name, kind: 'country', code });
    }
  }
}

/** Short, common English names for countries whose official names are long. */
const COMMON_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  KR: 'South Korea',
  KP: 'North Korea',
  RU: 'Russia',
  IR: 'Iran',
  SY: 'Syria',
  LA: 'Laos',
  MD: 'Moldova',
  TZ: 'Tanzania',
  VN: 'Vietnam',
  CZ: 'Czechia',
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
  TW: 'Taiwan',
  BO: 'Bolivia',
  VE: 'Venezuela',
  PS: 'Palestine',
  VA: 'Vatican City',
  FM: 'Micronesia',
  MK: 'North Macedonia',
  CI: "Côte d'Ivoire",
  TR: 'Turkey',
  NL: 'Netherlands',
  GM: 'Gambia',
  BS: 'Bahamas',
  AE: 'United Arab Emirates',
};

function preferredName(code: string, fallback?: string): string {
  const official = shortNames[code];
  return (
    COMMON_NAMES[code] ?? (typeof official === 'string' ? official : undefined) ?? fallback ?? code
  );
}

function split(list: string): string[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** World regions, seas and other well-known places that are no country. */
const REGIONS = [
  'Africa',
  'Asia',
  'Europe',
  'Oceania',
  'Antarctica',
  'Arctic',
  'Antarctic',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Middle East',
  'Southeast Asia',
  'East Asia',
  'South Asia',
  'Central Asia',
  'West Africa',
  'East Africa',
  'Southern Africa',
  'North Africa',
  'Sub-Saharan Africa',
  'Horn of Africa',
  'Sahel',
  'Balkans',
  'Caribbean',
  'Pacific',
  'Atlantic',
  'Indian Ocean',
  'Pacific Ocean',
  'Atlantic Ocean',
  'Mediterranean',
  'Red Sea',
  'Black Sea',
  'South China Sea',
  'East China Sea',
  'Baltic',
  'Scandinavia',
  'Amazon',
  'Andes',
  'Himalayas',
  'Sahara',
  'Gulf',
  'Persian Gulf',
  'Gaza',
  'West Bank',
  'Kashmir',
  'Crimea',
  'Donbas',
  'Tasmania',
  'Queensland',
  'New South Wales',
  'Victoria',
  'Western Australia',
  'South Australia',
  'Siberia',
  'Patagonia',
  'Catalonia',
  'Bavaria',
  'Ontario',
  'Quebec',
  'British Columbia',
  'Alberta',
  'Punjab',
  'Bengal',
  'Mindanao',
  'Luzon',
  'Java',
  'Sumatra',
  'Borneo',
  'Papua',
  'Hokkaido',
  'Kyushu',
  'Honshu',
  'Bougainville',
  'Canterbury',
  'Northland',
  'Waikato',
  'Otago',
];
buildCountries();
for (const region of REGIONS) add(region, { name: region, kind: 'region' });

const REGION_COUNTRY: Record<string, string> = {
  Tasmania: 'AU',
  Queensland: 'AU',
  'New South Wales': 'AU',
  'Western Australia': 'AU',
  'South Australia': 'AU',
  Siberia: 'RU',
  Catalonia: 'ES',
  Bavaria: 'DE',
  Ontario: 'CA',
  Quebec: 'CA',
  'British Columbia': 'CA',
  Alberta: 'CA',
  Punjab: 'IN',
  Mindanao: 'PH',
  Luzon: 'PH',
  Java: 'ID',
  Sumatra: 'ID',
  Hokkaido: 'JP',
  Kyushu: 'JP',
  Honshu: 'JP',
  Bougainville: 'PG',
  Canterbury: 'NZ',
  Northland: 'NZ',
  Waikato: 'NZ',
  Otago: 'NZ',
  Crimea: 'UA',
  Donbas: 'UA',
  Gaza: 'PS',
  'West Bank': 'PS',
  Kashmir: 'IN',
};
for (const [region, code] of Object.entries(REGION_COUNTRY)) {
  const place = PLACES.get(region);
  if (place) place.code = code;
}

/** The place a phrase names exactly, if any ("Japan", "Tokyo", "Japanese"). */
export function lookupPlace(phrase: string): Place | undefined {
  return PLACES.get(phrase);
}

/** The longest gazetteer phrase starting at token i: its length in tokens and place. */
export function matchPlaceAt(
  words: readonly string[],
  i: number,
): { length: number; place: Place } | undefined {
  for (let length = Math.min(maxTokens, words.length - i); length >= 1; length--) {
    const place = PLACES.get(words.slice(i, i + length).join(' '));
    if (place) return { length, place };
  }
  return undefined;
}

/** The English display name of a country code ("JP" -> "Japan"). */
export function countryName(code: string): string {
  return displayName.get(code) ?? preferredName(code);
}
