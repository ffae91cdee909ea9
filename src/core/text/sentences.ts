/**
 * Sentences of a paragraph, as token ranges. A sentence ends at . ! ? (or … ) followed by a space and a
 * capital, a digit or an opening quotation mark, and a closing quotation mark right after the
 * punctuation belongs to the sentence it closes. Abbreviations never end a sentence.
 */
import { isCapitalised, type Token } from './tokens';

export interface Sentence {
  /** Index of the first token (inclusive) and last token (exclusive) in the paragraph's tokens. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const STARTERS =
  /^(The|A|An|In|On|At|He|She|It|They|We|I|But|And|This|That|These|There|His|Her|Their|Its|After|When|While|However)$/;
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);

export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    const head = tokens[first];
    const tail = tokens[lastExclusive - 1];
    if (head && tail)
      sentences.push({ first, last: lastExclusive, start: head.start, end: tail.end });
    first = lastExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "… in Washington, D.C. The …": an initialism can end a sentence before an obvious opener.
    if (token?.word && /\.\p{L}\.$/u.test(token.text) && STARTERS.test(tokens[i + 1]?.text ?? '')) {
      close(i + 1);
      continue;
    }
    if (!token || token.word || !TERMINAL.has(token.text)) continue;
    let end = i + 1;
    while (end < tokens.length && TERMINAL.has(tokens[end]?.text ?? '')) end++;
    // A closing mark touches the punctuation it follows; `farms. "Nobody` opens a new quote.
    while (
      end < tokens.length &&
      CLOSING.has(tokens[end]?.text ?? '') &&
      tokens[end]?.start === tokens[end - 1]?.end
    )
      end++;
    const next = tokens[end];
    if (!next) continue;
    // "?” she asked" — a lower-case word after the mark continues the sentence.
    if (next.word && !isCapitalised(next.text) && !/^\d/.test(next.text)) continue;
    if (!next.word && !/["“‘'([«—–-]/.test(next.text)) continue;
    close(end);
  }
  close(tokens.length);
  return sentences;
}
