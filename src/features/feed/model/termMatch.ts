import { bucketKey } from '@/core/search/buckets';
import { withinOneEdit } from './fuzzy';

/** Query words at least this long also match vocabulary terms one edit away. */
export const FUZZY_MIN_LENGTH = 5;
/** Shorter query words match only the same word, not every word they start. */
export const PREFIX_MIN_LENGTH = 2;

/** The first position in `sorted` whose term is >= `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? '') < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether a query word matches a term: the term starts with the word (a word of one letter:
 * is the word), or (words of FUZZY_MIN_LENGTH letters or more) is one edit away while keeping
 * the word's first two letters. Both limits follow from the corpus's search files being split by
 * the first two letters of each term (core/search/buckets.ts): a query word reads one bucket.
 */
export const wordMatchesTerm = (word: string, term: string): boolean =>
  (word.length < PREFIX_MIN_LENGTH ? term === word : term.startsWith(word)) ||
  (word.length >= FUZZY_MIN_LENGTH &&
    bucketKey(term) === bucketKey(word) &&
    withinOneEdit(word, term));

/** Positions of the terms of `sorted` (code-unit order) that `word` matches (wordMatchesTerm). */
export function matchingTerms(sorted: readonly string[], word: string): number[] {
  const from = lowerBound(sorted, word);
  const to =
    word.length < PREFIX_MIN_LENGTH
      ? from + (sorted[from] === word ? 1 : 0)
      : lowerBound(sorted, `${word}\uffff`);
  const found: number[] = [];
  for (let i = from; i < to; i++) found.push(i);
  if (word.length >= FUZZY_MIN_LENGTH) {
    const key = bucketKey(word);
    const end = lowerBound(sorted, `${key}\uffff`);
    for (let i = lowerBound(sorted, key); i < end; i++) {
      if ((i < from || i >= to) && withinOneEdit(word, sorted[i] ?? '')) found.push(i);
    }
  }
  return found;
}
