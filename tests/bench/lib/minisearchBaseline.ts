/**
 * Opt-in comparison (`npm run bench:feed -- --minisearch`): MiniSearch with the same prefix and
 * one-typo settings, timing its build and its search alone (no facets, no counts).
 */
import MiniSearch from 'minisearch';
import type { FeedState } from '../../../src/features/feed/model/feedState';
import { summarise, timeOnce, type Timing } from './stats';
import type { SyntheticCorpus } from './synthetic';

export function timeMiniSearch(
  corpus: SyntheticCorpus,
  keystrokes: readonly FeedState[],
): { buildMs: number; keystroke: Timing } {
  const names = new Map(corpus.people.map((person) => [person.id, person.name]));
  const docs = corpus.records.map((record, id) => ({
    id,
    title: record.title,
    excerpt: record.excerpt,
    speakers: record.people.map((person) => names.get(person) ?? '').join(' '),
  }));
  const search = new MiniSearch({
    fields: ['title', 'excerpt', 'speakers'],
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 1 : 0),
      combineWith: 'AND',
    },
  });
  const buildMs = timeOnce(() => search.addAll(docs));
  const samples = keystrokes.map((state) => timeOnce(() => search.search(state.q)));
  return { buildMs, keystroke: summarise(samples) };
}
