import { byCodeUnit } from '@/core/search/postings';
import { tokenize } from '@/core/search/tokenize';
import { type Bitset, andInto, emptyBitset, setPostings } from './bitset';
import { GrowableInt32 } from './growable';
import { matchingTerms } from './termMatch';

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

/**
 * Matches a free-text query word by word (AND across words), each word through `matchWord`;
 * null when the query holds no words (then search does not filter).
 */
export function matchQuery(
  query: string,
  size: number,
  matchWord: (word: string) => { docs: Bitset; terms: readonly string[] },
): SearchMatch | null {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return null;
  const docs = emptyBitset(size);
  const terms = new Set<string>();
  words.forEach((word, index) => {
    const matched = matchWord(word);
    if (index === 0) docs.set(matched.docs);
    else andInto(docs, matched.docs);
    for (const term of matched.terms) terms.add(term);
  });
  return { docs, terms };
}

/**
 * An in-memory inverted index: each distinct normalised word maps to the sorted doc numbers that
 * contain it. Query words match by prefix or one typo (termMatch.ts) over the sorted vocabulary,
 * never by scanning documents. Docs are appended incrementally; the feed uses one for the
 * reader's imported articles (the corpus's words come from its search files, CorpusSearch).
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

  /** Matches a free-text query over docs 0..size-1 (matchQuery). */
  match(query: string, size: number): SearchMatch | null {
    return matchQuery(query, size, (word) => this.matchWord(word, size));
  }

  private matchWord(word: string, size: number): WordMatch {
    const cached = this.cache.get(word);
    if (cached?.size === size) return cached;
    const sorted = this.sortedVocabulary();
    const docs = emptyBitset(size);
    const terms: string[] = [];
    for (const position of matchingTerms(sorted.terms, word)) {
      const entry = sorted.entries[position];
      if (!entry) continue;
      setPostings(docs, entry.docs.data, entry.docs.length);
      terms.push(entry.term);
    }
    const result = { size, docs, terms };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /** The vocabulary in code-unit order, rebuilt only after new terms arrived. */
  private sortedVocabulary(): { terms: string[]; entries: TermEntry[] } {
    if (!this.sorted) {
      const entries = [...this.entries].sort((a, b) => byCodeUnit(a.term, b.term));
      this.sorted = { terms: entries.map((entry) => entry.term), entries };
    }
    return this.sorted;
  }
}
