// For the quote tests: what annotate() finds, in a form that reads well in expectations.
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
