/**
 * A body prepared for the language work: paragraphs, tokens and sentences, all with offsets into the
 * body. Tokens are numbered across the whole body; each sentence knows its paragraph.
 */
import { splitParagraphs, type Paragraph } from './paragraphs';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';

export interface DocSentence {
  index: number;
  paragraph: number;
  /** Token range [first, last) in Doc.tokens. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Doc {
  body: string;
  paragraphs: Paragraph[];
  tokens: Token[];
  sentences: DocSentence[];
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
}

/** Whether token `token` is the first of its sentence. */
export function startsSentence(doc: Doc, token: number): boolean {
  return token === 0 || doc.sentenceOf[token - 1] !== doc.sentenceOf[token];
}

export function prepareDocument(body: string): Doc {
  const paragraphs = splitParagraphs(body);
  const tokens: Token[] = [];
  const sentences: DocSentence[] = [];
  for (const paragraph of paragraphs) {
    const local = tokenize(body, paragraph.start, paragraph.end);
    const offset = tokens.length;
    // One by one: spreading a paragraph's tokens into push() overflows the stack past ~100,000.
    for (const token of local) tokens.push(token);
    for (const sentence of splitSentences(local)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        first: offset + sentence.first,
        last: offset + sentence.last,
        start: sentence.start,
        end: sentence.end,
      });
    }
  }
  const sentenceOf = new Int32Array(tokens.length);
  for (const sentence of sentences) sentenceOf.fill(sentence.index, sentence.first, sentence.last);
  return { body, paragraphs, tokens, sentences, sentenceOf };
}

/** The index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((doc.tokens[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
