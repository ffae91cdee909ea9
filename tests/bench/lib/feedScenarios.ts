/** The states the feed benchmark steps through: what a reader clicking and typing produces. */
import type { FeedIndex } from '../../../src/features/feed/model/feedIndex';
import {
  FACETS,
  feedState,
  type FacetName,
  type FeedState,
} from '../../../src/features/feed/model/feedState';
import { seededRandom } from '../../synthetic/random';
import type { SyntheticCorpus } from './synthetic';

/** Facet values by descending count over the whole corpus. */
function topValues(index: FeedIndex, facet: FacetName, limit: number): string[] {
  const counts = index.query(feedState()).counts[facet];
  return index
    .values(facet)
    .map((value, i) => ({ value, count: counts[i] ?? 0 }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((entry) => entry.value);
}

/**
 * A seeded random walk of 60 toggles: each step adds or removes one popular value of a facet
 * (people from a longer tail), sometimes flips "include mentioned", keeps at most 3 per facet.
 */
export function facetToggleSteps(index: FeedIndex, count = 60): FeedState[] {
  const random = seededRandom(7);
  const pools = Object.fromEntries(
    FACETS.map((facet) => [facet, topValues(index, facet, facet === 'person' ? 40 : 10)]),
  ) as Record<FacetName, string[]>;
  const steps: FeedState[] = [];
  let state = feedState();
  for (let step = 0; step < count; step++) {
    if (random() < 0.1) state = { ...state, includeMentioned: !state.includeMentioned };
    else {
      const facet = FACETS[Math.floor(random() * FACETS.length)] ?? 'country';
      const pool = pools[facet];
      const value = pool[Math.floor(random() * pool.length)] ?? '';
      const current = state[facet];
      const next = current.includes(value)
        ? current.filter((selected) => selected !== value)
        : [...current.slice(-2), value];
      state = { ...state, [facet]: next };
    }
    steps.push(state);
  }
  return steps;
}

/**
 * The heaviest toggles: from no filter, select one popular value of each facet (the counts of
 * the other facets then scan a large part of the corpus), then clear it again.
 */
export function broadToggleSteps(index: FeedIndex): FeedState[] {
  return FACETS.flatMap((facet) =>
    topValues(index, facet, 5).flatMap((value) => [
      feedState({ [facet]: [value] }),
      feedState({ [facet]: [value], includeMentioned: true }),
      feedState(),
    ]),
  );
}

const typing = (text: string, base: FeedState): FeedState[] =>
  Array.from(text, (_, i) => ({ ...base, q: text.slice(0, i + 1) }));

/**
 * Keystrokes typing several words letter by letter with the most common country selected:
 * common words, a speaker's surname, a rare word, a misspelling and a two-word query.
 * Warm-up words start with other letters so the timed prefixes are not already cached.
 */
export function keystrokeSteps(
  index: FeedIndex,
  corpus: SyntheticCorpus,
): { measured: FeedState[]; warmup: FeedState[] } {
  const base = feedState({ country: topValues(index, 'country', 1) });
  const surname = corpus.people[3]?.name.split(' ')[1]?.toLowerCase() ?? 'smith';
  const rare = corpus.vocabulary[5000] ?? 'rare';
  const words = ['government', 'ceasefire', 'hospital', surname, rare, 'inflatoin', 'trade talks'];
  const measured = words.flatMap((word) => typing(word, base));
  const warmup = ['budget', 'wildfire', 'young'].flatMap((word) => typing(word, base));
  return { measured, warmup };
}
