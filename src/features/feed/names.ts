import { topicByCode } from '@/core/topics/mediaTopics';

let regionNames: Intl.DisplayNames | undefined;

/**
 * English country names from the browser's own tables (Intl.DisplayNames), for countries the
 * manifest does not name (a code typed into the URL). Not the app's name table
 * (src/lib/countryNames.ts): that would add to the front page's first JavaScript, and the
 * manifest names every country of the corpus. The browser's tables load on first use (a fifth
 * of a second on a slow phone), so they are asked only then.
 */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    // No region names in this browser, or not a region code: show the code as it is.
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

/**
 * Names from the manifest's vocabularies (people, sources, the corpus's countries), and the
 * browser's own tables for other countries (asked only then, see countryName).
 */
export function createFeedNames(
  people: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, string>,
  countries: ReadonlyMap<string, string> = new Map(),
): FeedNames {
  return {
    country: (code) => countries.get(code) ?? countryName(code),
    topic: topicLabel,
    person: (id) => people.get(id) ?? humanizeId(id),
    source: (id) => sources.get(id) ?? humanizeId(id),
  };
}

/** "1 article", "12 articles". */
export const formatArticleCount = (count: number): string =>
  count === 1 ? '1 article' : `${count} articles`;
