import { decodePostings, encodePostings, type SerializedPostings } from '@/core/search/postings';
import { tokenize } from '@/core/search/tokenize';
import { type Bitset, andInto, emptyBitset, setPostings } from './bitset';
import { withinOneEdit } from './fuzzy';
import { GrowableInt32 } from './growable';

/** Query words at least this long also match vocabulary terms one edit away. */
export const FUZZY_MIN_LENGTH = 5;
const CACHE_LIMIT = 64;

/** What a free-text query matched: the docs, and the index terms to mark in cards. */
export interface SearchMatch {
  /** Docs containing, for every query word, a term it matched (AND across words). */
  docs: Bitset;
  /** Normalised index terms the query words matched (by prefix or one typo). */
  terms: ReadonlySet<string>;
}

/** One vocabulary term and the docs containing it, in ascending doc order. */
interface TermEntry {
  term: string;
  docs: GrowableInt32;
}

interface WordMatch {
  size: number;
  docs: Bitset;
  terms: string[];
}

/** Lower bound: the first position in `sorted` whose term is >= `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
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
 * An inverted index over a compact vocabulary: each distinct normalised word maps to the sorted
 * doc numbers that contain it. Query words match by prefix (a sorted-vocabulary range found by
 * binary search) and, from FUZZY_MIN_LENGTH letters, by one typo (a linear pass over the
 * vocabulary, never over documents). Docs are appended incrementally as shards arrive.
 */
export class SearchIndex {
  private readonly entryByTerm = new Map<string, TermEntry>();
  private readonly entries: TermEntry[] = [];
  private sorted: { terms: string[]; entries: TermEntry[] } | null = null;
  private readonly cache = new Map<string, WordMatch>();

  /** Number of distinct terms. */
  get vocabularySize(): number {
    return this.entries.length;
  }

  /** Indexes one doc from its searchable texts; each doc is added once, in any order. */
  addDoc(doc: number, texts: readonly string[]): void {
    for (const text of texts) {
      for (const term of tokenize(text)) {
        const docs = this.postingsOf(term);
        // All words of a doc arrive together, so a repeat is always the last posting.
        if (docs.last() !== doc) docs.push(doc);
      }
    }
    this.cache.clear();
  }

  /** Adds ready-made postings for a term (used when loading a serialised index). */
  addPostings(term: string, docs: ArrayLike<number>): void {
    const list = this.postingsOf(term);
    for (let i = 0; i < docs.length; i++) list.push(docs[i] ?? 0);
    this.cache.clear();
  }

  /** The index in the compact form the ingest writes, its docs being positions in `ids`. */
  toSerialized(ids: readonly string[]): SerializedPostings {
    return encodePostings(
      ids,
      new Map(this.sortedVocabulary().entries.map((entry) => [entry.term, entry.docs.view()])),
    );
  }

  /**
   * Adds a search file's postings (core/search/postings.ts) with doc numbers from `docOf(id)`;
   * articles it does not know are skipped. Returns the docs the file covers.
   */
  addSerialized(data: SerializedPostings, docOf: (id: string) => number | undefined): number[] {
    const local = data.ids.map((id) => docOf(id) ?? -1);
    const docs: number[] = [];
    decodePostings(data, (term, positions) => {
      docs.length = 0;
      for (const position of positions) {
        const doc = local[position] ?? -1;
        if (doc >= 0) docs.push(doc);
      }
      if (docs.length > 0) this.addPostings(term, docs);
    });
    return local.filter((doc) => doc >= 0);
  }

  private postingsOf(term: string): GrowableInt32 {
    let entry = this.entryByTerm.get(term);
    if (!entry) {
      entry = { term, docs: new GrowableInt32(2) };
      this.entries.push(entry);
      this.entryByTerm.set(term, entry);
      this.sorted = null;
    }
    return entry.docs;
  }

  /**
   * Matches a free-text query over docs 0..size-1; null when the query holds no words (then
   * search does not filter).
   */
  match(query: string, size: number): SearchMatch | null {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return null;
    const docs = emptyBitset(size);
    const terms = new Set<string>();
    words.forEach((word, index) => {
      const matched = this.matchWord(word, size);
      if (index === 0) docs.set(matched.docs);
      else andInto(docs, matched.docs);
      for (const term of matched.terms) terms.add(term);
    });
    return { docs, terms };
  }

  private matchWord(word: string, size: number): WordMatch {
    const cached = this.cache.get(word);
    if (cached?.size === size) return cached;
    const sorted = this.sortedVocabulary();
    const docs = emptyBitset(size);
    const terms: string[] = [];
    const include = (entry: TermEntry): void => {
      setPostings(docs, entry.docs.data, entry.docs.length);
      terms.push(entry.term);
    };
    // Prefix: all terms in [word, word + U+FFFF) start with word.
    const from = lowerBound(sorted.terms, word);
    const to = lowerBound(sorted.terms, word + '\uffff');
    for (const entry of sorted.entries.slice(from, to)) include(entry);
    if (word.length >= FUZZY_MIN_LENGTH) {
      for (const entry of this.entries) {
        if (!entry.term.startsWith(word) && withinOneEdit(word, entry.term)) include(entry);
      }
    }
    const result = { size, docs, terms };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /** The vocabulary in code-unit order, rebuilt only after new terms arrived. */
  private sortedVocabulary(): { terms: string[]; entries: TermEntry[] } {
    if (!this.sorted) {
      const entries = [...this.entries].sort((a, b) =>
        a.term < b.term ? -1 : a.term > b.term ? 1 : 0,
      );
      this.sorted = { terms: entries.map((entry) => entry.term), entries };
    }
    return this.sorted;
  }
}
