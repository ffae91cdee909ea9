// Quotation marks as British and Commonwealth papers print them: ‘single’ outer marks, “double”
// ones for a quotation inside a quotation, and ’ that is mostly an apostrophe. Invented sentences.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { prepareDocument } from '../text/document';
import { findMarkRegions, usesSingleOuterMarks } from './marks';

const quotes = (body: string) =>
  annotate({ body }).quotes.map((quote) => ({
    text: body.slice(quote.start, quote.end),
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
  }));

describe('single outer quotation marks', () => {
  it('are recognised when more quotations open with ‘ than with a double mark', () => {
    expect(usesSingleOuterMarks('‘Yes,’ she said. ‘No,’ he said.')).toBe(true);
    expect(usesSingleOuterMarks('“He said ‘no’ twice,” she said.')).toBe(false);
    expect(usesSingleOuterMarks('Ireland’s workers’ pay rose.')).toBe(false);
  });

  it('mark direct quotes, with apostrophes inside them left alone', () => {
    const body = '‘I don’t know,’ said Tom Ashby. ‘Nobody told us “wait”, and we didn’t.’';
    expect(quotes(body)).toEqual([
      { text: 'I don’t know,', kind: 'direct', speaker: 'Tom Ashby' },
      { text: 'Nobody told us “wait”, and we didn’t.', kind: 'direct', speaker: 'Tom Ashby' },
    ]);
  });

  it('tell a plural possessive from a closing mark', () => {
    const body =
      '‘We will not be bullied,’ the minister, Claire Whitfield, told MPs. She said the ' +
      'workers’ union had been ‘deeply unhelpful’ throughout.';
    expect(quotes(body)).toEqual([
      { text: 'We will not be bullied,', kind: 'direct', speaker: 'Claire Whitfield' },
      {
        text: 'the workers’ union had been ‘deeply unhelpful’ throughout',
        kind: 'mixed',
        speaker: 'Claire Whitfield',
      },
    ]);
  });

  it('close at a possessive-looking mark when nothing later in the paragraph does', () => {
    const body = 'Magda Kowal said the new rules were ‘a gift to the bosses’ and walked out.';
    const regions = findMarkRegions(prepareDocument(body));
    expect(regions.map((region) => body.slice(region.start, region.end))).toEqual([
      'a gift to the bosses',
    ]);
    expect(regions[0]?.closed).toBe(true);
  });
});
