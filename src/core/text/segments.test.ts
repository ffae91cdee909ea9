import { describe, expect, it } from 'vitest';
import {
  entityMentions,
  segmentBody,
  paragraphRanges,
  type EntityMention,
  type QuoteSpan,
  type SegmentedBody,
} from './segments';

const quote = (
  id: string,
  start: number,
  end: number,
  kind: QuoteSpan['kind'] = 'direct',
): QuoteSpan => ({
  id,
  start,
  end,
  kind,
  speaker: { name: 'Ana Ruiz', entityId: 'ana-ruiz' },
});
const mention = (entityId: string, start: number, end: number): EntityMention => ({
  entityId,
  type: 'person',
  start,
  end,
});

/** Segments as [text, quote id or '', entity ids joined by '>'] triples, paragraph by paragraph. */
function shape(result: SegmentedBody) {
  return result.paragraphs.map((p) =>
    p.segments.map((s) => [s.text, s.quote?.id ?? '', s.entities.map((e) => e.entityId).join('>')]),
  );
}
function joinedText(result: SegmentedBody) {
  return result.paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n');
}

describe('paragraphRanges', () => {
  it('splits on runs of line breaks and keeps exact offsets', () => {
    expect(paragraphRanges('ab\n\ncd\r\nef\n')).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
      { start: 8, end: 10 },
    ]);
    expect(paragraphRanges('\n\n')).toEqual([]);
  });
});

describe('entityMentions', () => {
  it('flattens entities into mentions', () => {
    const entities = [
      {
        id: 'x',
        type: 'location' as const,
        mentions: [
          { start: 0, end: 2 },
          { start: 5, end: 7 },
        ],
      },
    ];
    expect(entityMentions(entities)).toEqual([
      { entityId: 'x', type: 'location', start: 0, end: 2 },
      { entityId: 'x', type: 'location', start: 5, end: 7 },
    ]);
  });
});

describe('segmentBody', () => {
  //            0123456789012345678901234567890
  const body = 'Ana said "Lima will grow" today.';

  it('returns one plain segment per paragraph without spans', () => {
    const result = segmentBody('one\ntwo', [], []);
    expect(shape(result)).toEqual([[['one', '', '']], [['two', '', '']]]);
    expect(result.dropped).toEqual([]);
  });

  it('nests entities inside a quote', () => {
    const result = segmentBody(
      body,
      [quote('q1', 9, 25)],
      [mention('lima', 10, 14), mention('ana', 0, 3)],
    );
    expect(shape(result)).toEqual([
      [
        ['Ana', '', 'ana'],
        [' said ', '', ''],
        ['"', 'q1', ''],
        ['Lima', 'q1', 'lima'],
        [' will grow"', 'q1', ''],
        [' today.', '', ''],
      ],
    ]);
    expect(joinedText(result)).toBe(body);
  });

  it('nests an entity inside another entity', () => {
    const text = 'Bank of Lima rose';
    const result = segmentBody(text, [], [mention('lima', 8, 12), mention('bank', 0, 12)]);
    expect(shape(result)).toEqual([
      [
        ['Bank of ', '', 'bank'],
        ['Lima', '', 'bank>lima'],
        [' rose', '', ''],
      ],
    ]);
  });

  it('keeps adjacent spans apart', () => {
    const result = segmentBody(
      'abcdef',
      [quote('q1', 0, 3), quote('q2', 3, 6)],
      [mention('a', 0, 2), mention('b', 2, 3), mention('c', 3, 6)],
    );
    expect(shape(result)).toEqual([
      [
        ['ab', 'q1', 'a'],
        ['c', 'q1', 'b'],
        ['def', 'q2', 'c'],
      ],
    ]);
    expect(result.dropped).toEqual([]);
  });

  it('keeps the first of identical spans', () => {
    const result = segmentBody(
      'abcdef',
      [quote('q1', 0, 3), quote('q2', 0, 3)],
      [mention('a', 1, 2), mention('b', 1, 2)],
    );
    expect(shape(result)).toEqual([
      [
        ['a', 'q1', ''],
        ['b', 'q1', 'a'],
        ['c', 'q1', ''],
        ['def', '', ''],
      ],
    ]);
    expect(result.dropped.map((d) => [d.id, d.reason])).toEqual([
      ['q2', 'duplicate'],
      ['b', 'duplicate'],
    ]);
  });

  it('drops the later of two crossing quotes and of two crossing entities', () => {
    const result = segmentBody(
      'abcdefghij',
      [quote('q2', 3, 8), quote('q1', 0, 5)],
      [mention('a', 5, 7), mention('b', 6, 9)],
    );
    expect(shape(result)).toEqual([
      [
        ['abcde', 'q1', ''],
        ['fg', '', 'a'],
        ['hij', '', ''],
      ],
    ]);
    expect(result.dropped.map((d) => [d.id, d.reason])).toEqual([
      ['q2', 'overlaps-quote'],
      ['b', 'crosses-entity'],
    ]);
  });

  it('drops a quote nested inside another quote', () => {
    const result = segmentBody('abcdef', [quote('outer', 0, 6), quote('inner', 2, 4)], []);
    expect(shape(result)).toEqual([[['abcdef', 'outer', '']]]);
    expect(result.dropped).toMatchObject([{ id: 'inner', reason: 'overlaps-quote' }]);
  });

  it('drops an entity crossing a quote boundary, and keeps its text', () => {
    const result = segmentBody(body, [quote('q1', 9, 25)], [mention('said-lima', 4, 14)]);
    expect(shape(result)).toEqual([
      [
        ['Ana said ', '', ''],
        ['"Lima will grow"', 'q1', ''],
        [' today.', '', ''],
      ],
    ]);
    expect(result.dropped).toMatchObject([{ id: 'said-lima', reason: 'crosses-quote' }]);
  });

  it('drops out-of-range, empty, non-integer and surrogate-splitting spans', () => {
    const text = 'a😀b';
    const result = segmentBody(
      text,
      [quote('neg', -1, 2), quote('long', 0, 99), quote('empty', 2, 2), quote('back', 3, 1)],
      [mention('half', 1, 2), mention('float', 0.5, 2), mention('nan', Number.NaN, 2)],
    );
    expect(shape(result)).toEqual([[['a😀b', '', '']]]);
    expect(result.dropped.map((d) => [d.id, d.reason])).toEqual([
      ['neg', 'out-of-range'],
      ['long', 'out-of-range'],
      ['empty', 'empty'],
      ['back', 'out-of-range'],
      ['half', 'splits-character'],
      ['float', 'out-of-range'],
      ['nan', 'out-of-range'],
    ]);
  });

  it('cuts a quote spanning a paragraph break into one piece per paragraph', () => {
    //            012345 6 789012
    const text = 'He: "a\n\nb" end';
    const result = segmentBody(text, [quote('q1', 4, 10)], []);
    expect(shape(result)).toEqual([
      [
        ['He: ', '', ''],
        ['"a', 'q1', ''],
      ],
      [
        ['b"', 'q1', ''],
        [' end', '', ''],
      ],
    ]);
    // Every piece refers to the whole quote, so the renderer knows which piece comes first.
    expect(result.paragraphs[1]?.segments[0]?.quote).toMatchObject({ start: 4, end: 10 });
    expect(joinedText(result)).toBe('He: "a\nb" end');
  });

  it('drops quotes covering only breaks and entities crossing a break, clips spills', () => {
    const text = 'ab\n\ncd';
    const result = segmentBody(
      text,
      [quote('gap', 2, 4)],
      [mention('across', 1, 5), mention('spill', 0, 3)],
    );
    expect(shape(result)).toEqual([[['ab', '', 'spill']], [['cd', '', '']]]);
    expect(result.dropped.map((d) => [d.id, d.reason])).toEqual([
      ['gap', 'empty'],
      ['across', 'crosses-paragraph'],
    ]);
  });

  it('drops a second quote with an id already used', () => {
    const result = segmentBody('abcdef', [quote('q', 0, 2), quote('q', 3, 5)], []);
    expect(result.dropped).toMatchObject([{ id: 'q', start: 3, reason: 'duplicate-id' }]);
  });

  // Speed is measured by benchmarks, not by timed unit tests; this checks a large input stays whole.
  it('segments a large, densely annotated article whole', () => {
    const paragraph = 'Word '.repeat(200);
    const text = Array.from({ length: 200 }, () => paragraph).join('\n');
    const quotes: QuoteSpan[] = [];
    const mentions: EntityMention[] = [];
    for (let i = 0; i + 20 < text.length; i += 25) {
      quotes.push(quote(`q${i}`, i, i + 20));
      mentions.push(mention(`e${i}`, i + 5, i + 9));
    }
    const result = segmentBody(text, quotes, mentions);
    expect(joinedText(result)).toBe(text);
  });
});
