/**
 * Word handling shared by the search index, the query and the card highlighter, so that a word
 * marked in a card is exactly a word the index matched.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Lower case without diacritics: "Ardérn" -> "ardern". */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip the costly NFD pass for them.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** The normalised words of a text, in order, repeats kept. */
export function tokenize(text: string): string[] {
  const words = text.match(WORD);
  return words ? words.map(normalizeWord) : [];
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
