import { topicByCode } from '@/core/topics/mediaTopics';

import { countryName } from '@/lib/countryNames';

export { countryName };

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
 * browser's own tables for other countries (asked only then: loading them costs the first
 * screen a fifth of a second on a slow phone).
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
