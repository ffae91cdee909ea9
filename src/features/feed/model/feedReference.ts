/**
 * A reference for the feed's query, written from the rules rather than from the code, for the
 * property test (feedIndex.property.test.ts): it shares nothing with FeedIndex, SearchIndex or
 * the naive baseline (no tokenize, withinOneEdit or sort keys of theirs), so a bug in one of
 * those shows as a difference. Slow on purpose: whole records, a full edit-distance table.
 *
 * The rules: a word of the query matches a word of a record's title, excerpt or quoted people's
 * names that starts with it (a one-letter word: that is it), or, from five letters, one that
 * keeps its first two letters and is one edit away (insert, delete, substitute, or swap two
 * neighbours); words compare in lower case without accents. Values of one facet
 * combine with OR, facets with AND; a facet's counts are taken under the other facets only.
 * Newest first (undated last), or most quoted first then newest; ties keep arrival order.
 */
import type { IndexRecord } from '@/core/schema';
import type { FacetName, FeedState } from './feedState';

const FACET_NAMES: FacetName[] = ['country', 'topic', 'person', 'source'];
const FUZZY_FROM = 5;

export interface ReferenceResult {
  ids: string[];
  counts: Record<FacetName, Map<string, number>>;
  matchedTerms: Set<string> | null;
}

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Optimal string alignment distance (Levenshtein plus neighbour swaps), by the full table. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

function matches(queryWord: string, word: string): boolean {
  if (queryWord.length === 1 ? word === queryWord : word.startsWith(queryWord)) return true;
  return (
    queryWord.length >= FUZZY_FROM &&
    word.slice(0, 2) === queryWord.slice(0, 2) &&
    editDistance(queryWord, word) <= 1
  );
}

function facetValues(record: IndexRecord, facet: FacetName, mentioned: boolean): string[] {
  if (facet === 'country') return mentioned ? [...record.about, ...record.mentions] : record.about;
  if (facet === 'topic') return record.topics;
  if (facet === 'person') return record.people;
  return [record.source];
}

function time(record: IndexRecord): number {
  const parsed = new Date(record.published).getTime();
  return Number.isNaN(parsed) ? -Infinity : parsed;
}

/** The feed's answer to `state` over `records`, worked out record by record. */
export function referenceQuery(
  records: readonly IndexRecord[],
  people: ReadonlyMap<string, string>,
  state: FeedState,
): ReferenceResult {
  const textOf = (record: IndexRecord) =>
    words(
      [record.title, record.excerpt, ...record.people.map((id) => people.get(id) ?? '')].join(' '),
    );
  const query = [...new Set(words(state.q))];
  const found = records
    .map((record, arrival) => ({ record, arrival }))
    .filter(({ record }) => query.every((q) => textOf(record).some((word) => matches(q, word))));
  let matchedTerms: Set<string> | null = null;
  if (query.length > 0) {
    matchedTerms = new Set(
      records.flatMap(textOf).filter((word) => query.some((q) => matches(q, word))),
    );
  }
  const passes = (record: IndexRecord, facet: FacetName) =>
    state[facet].length === 0 ||
    facetValues(record, facet, state.includeMentioned).some((value) =>
      state[facet].includes(value),
    );
  const counts = Object.fromEntries(
    FACET_NAMES.map((facet) => {
      const tally = new Map<string, number>();
      for (const { record } of found) {
        if (!FACET_NAMES.every((other) => other === facet || passes(record, other))) continue;
        for (const value of new Set(facetValues(record, facet, state.includeMentioned))) {
          tally.set(value, (tally.get(value) ?? 0) + 1);
        }
      }
      return [facet, tally];
    }),
  ) as Record<FacetName, Map<string, number>>;
  const newest = (a: (typeof found)[number], b: (typeof found)[number]) => {
    const [ta, tb] = [time(a.record), time(b.record)];
    if (ta !== tb) return ta < tb ? 1 : -1;
    return a.arrival - b.arrival;
  };
  const ordered = found
    .filter(({ record }) => FACET_NAMES.every((facet) => passes(record, facet)))
    .sort((a, b) =>
      state.sort === 'quoted'
        ? b.record.quoteCount - a.record.quoteCount || newest(a, b)
        : newest(a, b),
    );
  return { ids: ordered.map(({ record }) => record.id), counts, matchedTerms };
}
