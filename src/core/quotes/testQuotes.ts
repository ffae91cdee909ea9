// For the quote tests: what annotate() finds, in a form that reads well in expectations.
import { expect, it } from 'vitest';
import { annotate } from '../annotate';

/** Each quote as [kind, span text, speaker name or null]. */
export type SeenQuote = [kind: string, text: string, speaker: string | null];

export function quotesIn(body: string): SeenQuote[] {
  return annotate({ body }).quotes.map((quote) => [
    quote.kind,
    body.slice(quote.start, quote.end),
    quote.speaker?.name ?? null,
  ]);
}

/** One test per [sentence, the quotes expected in it]. */
export const quoteCases = (list: [string, SeenQuote[]][]) =>
  it.each(list)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });
