import type { IndexRecord } from '@/core/schema';
import { tokenize } from '@/core/search/tokenize';
import { FACETS, type FacetName, type FeedState } from './feedState';
import { wordMatchesTerm } from './termMatch';
import { compareNewest, compareQuoted, sortKeysOf } from './sortOrder';

/** The result of the naive reference: ids in order and counts per facet value. */
export interface NaiveResult {
  ids: string[];
  counts: Record<FacetName, Map<string, number>>;
  matchedTerms: Set<string> | null;
}

/**
 * The obvious implementation with Array.filter over whole records: the baseline of
 * `npm run bench:feed`. Only the words of each record are prepared once; everything else happens
 * per query. (The property test checks FeedIndex against feedReference.ts, which shares no code.)
 */
export function createNaiveFeed(
  records: readonly IndexRecord[],
  people: ReadonlyMap<string, string> = new Map(),
): (state: FeedState) => NaiveResult {
  const words = records.map((record) => {
    const names = record.people.map((id) => people.get(id) ?? '');
    return [...new Set(tokenize([record.title, record.excerpt, ...names].join(' ')))];
  });
  const keys = sortKeysOf(records);
  const docs = records.map((record, index) => ({ record, index, words: words[index] ?? [] }));
  const valuesOf = (record: IndexRecord, facet: FacetName, mentioned: boolean): string[] => {
    if (facet === 'country')
      return mentioned ? [...record.about, ...record.mentions] : record.about;
    if (facet === 'topic') return record.topics;
    if (facet === 'person') return record.people;
    return [record.source];
  };

  return (state) => {
    const queryWords = [...new Set(tokenize(state.q))];
    const matchedTerms = queryWords.length > 0 ? new Set<string>() : null;
    const searched = docs.filter((doc) =>
      queryWords.every((word) => doc.words.some((term) => wordMatchesTerm(word, term))),
    );
    if (matchedTerms)
      for (const termSet of words)
        for (const term of termSet)
          if (queryWords.some((word) => wordMatchesTerm(word, term))) matchedTerms.add(term);
    const passes = (doc: (typeof docs)[number], facet: FacetName): boolean =>
      state[facet].length === 0 ||
      valuesOf(doc.record, facet, state.includeMentioned).some((value) =>
        state[facet].includes(value),
      );
    const counts = {} as Record<FacetName, Map<string, number>>;
    for (const facet of FACETS) {
      const others = searched.filter((doc) =>
        FACETS.every((other) => other === facet || passes(doc, other)),
      );
      const tally = new Map<string, number>();
      for (const doc of others)
        for (const value of new Set(valuesOf(doc.record, facet, state.includeMentioned)))
          tally.set(value, (tally.get(value) ?? 0) + 1);
      counts[facet] = tally;
    }
    const compare = state.sort === 'quoted' ? compareQuoted : compareNewest;
    const ids = searched
      .filter((doc) => FACETS.every((facet) => passes(doc, facet)))
      .sort((a, b) => compare(keys, a.index, b.index))
      .map((doc) => doc.record.id);
    return { ids, counts, matchedTerms };
  };
}
