// Attribution patterns of wire copy fixed after the first engine pass; all sentences invented.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

type SeenQuote = [kind: string, text: string, speaker: string | null];

function quotesIn(body: string): SeenQuote[] {
  return annotate({ body }).quotes.map((quote) => [
    quote.kind,
    body.slice(quote.start, quote.end),
    quote.speaker?.name ?? null,
  ]);
}

describe('a quotation over several paragraphs attributed only in its last one', () => {
  it('gives the first paragraph the speaker named at the end of the second', () => {
    const body = [
      'Harbour master Tomasz Wierzbicki spoke on Monday after the storm.',
      '"The breakwater held, but only just. We lost two cranes.',
      '"Nobody was hurt, and that is what matters," Wierzbicki said.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'The breakwater held, but only just. We lost two cranes.', 'Tomasz Wierzbicki'],
      ['direct', 'Nobody was hurt, and that is what matters,', 'Tomasz Wierzbicki'],
    ]);
  });

  it('overrides the previous speaker for every paragraph of a three-paragraph quotation', () => {
    const body = [
      'Mayor Ana Ribeiro opened the meeting. "We are here to listen," Ribeiro said.',
      '"The breakwater held, but only just.',
      '"Nobody was hurt.',
      '"We will rebuild by spring," said Tomasz Wierzbicki, the harbour master.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'We are here to listen,', 'Ana Ribeiro'],
      ['direct', 'The breakwater held, but only just.', 'Tomasz Wierzbicki'],
      ['direct', 'Nobody was hurt.', 'Tomasz Wierzbicki'],
      ['direct', 'We will rebuild by spring,', 'Tomasz Wierzbicki'],
    ]);
  });

  it('keeps the speaker of a paragraph that names its own', () => {
    const body = [
      'Ana Ribeiro and Tomasz Wierzbicki toured the port.',
      '"The breakwater held," Ribeiro said. "We were lucky.',
      '"Next time we may not be."',
    ].join('\n');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual([
      'Ana Ribeiro',
      'Ana Ribeiro',
      'Ana Ribeiro',
    ]);
  });
});
