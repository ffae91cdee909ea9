/**
 * IPTC ninjs 2.1 for one annotated article. Topics become subjects with Media Topic URIs,
 * countries become places with ISO 3166-1 alpha-2 URIs, entities become people, organisations
 * and (other) places. Quotes travel in the extension field `broadsheet:quotes`: ninjs 2.1 has no
 * extension point, so a validator that enforces `unevaluatedProperties: false` needs
 * `--no-extensions`, which leaves it out.
 */
import type { AnnotatedArticle } from '../schema';

/** Country names from the runtime's own tables (Node and browsers), so the export needs no gazetteer. */
let regionNames: Intl.DisplayNames | null | undefined;
function runtimeCountryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

const MEDIA_TOPIC = 'http://cv.iptc.org/newscodes/mediatopic/';
const COUNTRY = 'http://cvx.iptc.org/iso3166-1a2/';

export interface NinjsName {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
  relevance?: number;
}

export interface NinjsQuote {
  id: string;
  text: string;
  kind: string;
  start: number;
  end: number;
  speaker?: { name: string; literal: string };
  cue?: string;
}

export interface NinjsItem {
  uri: string;
  standard: { name: 'ninjs'; version: '2.1'; schema: string };
  type: 'text';
  representationtype: 'full';
  firstcreated?: string;
  versioncreated?: string;
  language?: string;
  headlines: { role: string; contenttype: string; value: string }[];
  bodies: {
    role: string;
    contenttype: string;
    value: string;
    charcount: number;
    wordcount: number;
  }[];
  by?: string;
  infosources: NinjsName[];
  subjects: NinjsName[];
  places: NinjsName[];
  people: NinjsName[];
  organisations: NinjsName[];
  'broadsheet:quotes'?: NinjsQuote[];
}

/** ninjs wants date-times; a bare date is taken as midnight UTC. */
function dateTime(published: string): string | undefined {
  if (!published) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T00:00:00Z` : published;
}

export function toNinjs(
  article: AnnotatedArticle,
  options: { extensions?: boolean; countryName?: (code: string) => string } = {},
): NinjsItem {
  const countryName = options.countryName ?? runtimeCountryName;
  const created = dateTime(article.published);
  const quoted = new Set(article.quotes.flatMap((quote) => quote.speaker?.entityId ?? []));
  const byType = (type: string) => article.entities.filter((entity) => entity.type === type);
  const countryCodes = new Set(article.countries.map((country) => country.code));
  const item: NinjsItem = {
    uri: `urn:broadsheet:article:${article.id}`,
    standard: {
      name: 'ninjs',
      version: '2.1',
      schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
    },
    type: 'text',
    representationtype: 'full',
    ...(created ? { firstcreated: created, versioncreated: created } : {}),
    ...(article.language ? { language: article.language } : {}),
    headlines: [{ role: 'main', contenttype: 'text/plain', value: article.title }],
    bodies: [
      {
        role: 'main',
        contenttype: 'text/plain',
        value: article.body,
        charcount: article.body.length,
        wordcount: article.body.split(/\s+/).filter(Boolean).length,
      },
    ],
    ...(article.byline ? { by: article.byline } : {}),
    infosources: [{ name: article.source.name, rel: 'originator' }],
    subjects: article.topics.map((topic) => ({
      name: topic.label,
      uri: `${MEDIA_TOPIC}${topic.code.replace(/^medtop:/, '')}`,
      relevance: Math.round(topic.score * 100),
    })),
    places: [
      ...article.countries.map((country) => ({
        name: countryName(country.code) || country.code,
        rel: country.role,
        uri: `${COUNTRY}${country.code.toLowerCase()}`,
      })),
      // Places below country level (cities, regions) by name, with their corpus id.
      ...byType('location')
        .filter(
          (place) =>
            !(
              place.country &&
              countryCodes.has(place.country) &&
              place.name === countryName(place.country)
            ),
        )
        .map((place) => ({ name: place.name, literal: place.id })),
    ],
    people: byType('person').map((person) => ({
      name: person.name,
      rel: quoted.has(person.id) ? 'quoted' : 'mentioned',
      literal: person.id,
    })),
    organisations: byType('organization').map((organisation) => ({
      name: organisation.name,
      literal: organisation.id,
    })),
  };
  if (options.extensions !== false) {
    item['broadsheet:quotes'] = article.quotes.map((quote) => ({
      id: quote.id,
      text: article.body.slice(quote.start, quote.end),
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      ...(quote.speaker
        ? { speaker: { name: quote.speaker.name, literal: quote.speaker.entityId } }
        : {}),
      ...(quote.cue ? { cue: quote.cue } : {}),
    }));
  }
  return item;
}
