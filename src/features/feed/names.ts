import { topicByCode } from '@/core/topics/mediaTopics';

/** The browser knows every country's English name: no table needs to ship. */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "Japan" for "JP"; the code itself for anything the browser does not know. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Economy, business and finance" for "medtop:04000000": IPTC labels, first letter capital. */
export function topicLabel(code: string): string {
  const label = topicByCode(code)?.label ?? code;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Display names for facet values, one lookup per facet. */
export interface FeedNames {
  country: (code: string) => string;
  topic: (code: string) => string;
  person: (id: string) => string;
  source: (id: string) => string;
}

/** A readable stand-in for an id nobody named ("jane-doe" -> "jane doe"). */
export const humanizeId = (id: string): string => id.replace(/^[a-z]-/, '').replace(/[-_]+/g, ' ');

/** Names from the manifest's vocabularies (people, sources) and the platform (countries). */
export function createFeedNames(
  people: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, string>,
): FeedNames {
  return {
    country: countryName,
    topic: topicLabel,
    person: (id) => people.get(id) ?? humanizeId(id),
    source: (id) => sources.get(id) ?? humanizeId(id),
  };
}

/** "1 article", "12 articles". */
export const formatArticleCount = (count: number): string =>
  count === 1 ? '1 article' : `${count} articles`;
