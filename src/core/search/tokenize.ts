/**
 * Word handling shared by the search index, the query and the card highlighter, so that a word
 * marked in a card is exactly a word the index matched.
 */

// Marks belong to the word they decorate (a decomposed "é"), then normalisation drops them.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const MARKS = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower case without diacritics: "Ardérn" -> "ardern". */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip the costly NFD pass for them.
  return ASCII_ONLY.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/**
 * The normalised words of a text, in order, repeats kept. Normalises the whole text once
 * (the index tokenises millions of words), which gives the same words as normalising each.
 */
export function tokenize(text: string): string[] {
  const normal = normalizeWord(text);
  const words = ASCII_ONLY.test(normal) ? normal.match(ASCII_WORD) : normal.match(WORD);
  return words ?? [];
}

/** A word of a text with its position (UTF-16 offsets, end exclusive). */
export interface WordSpan {
  start: number;
  end: number;
  /** The normalised form, comparable with index terms. */
  term: string;
}

/** Every word of `text` with its offsets, for marking matches without changing the text. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    spans.push({ start, end: start + match[0].length, term: normalizeWord(match[0]) });
  }
  return spans;
}
