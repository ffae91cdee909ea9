import { describe, expect, it } from 'vitest';
import { makeArticle, makeQuote } from './testArticle';
import {
  SPEAKER_PALETTE,
  UNKNOWN_SPEAKER_COLOUR,
  speakerColour,
  speakerColours,
} from './speakerColours';

const ana = { name: 'Ana', entityId: 'ana' };
const ben = { name: 'Ben', entityId: 'ben' };

describe('speakerColours', () => {
  it('numbers speakers in the order of their first quote in the body', () => {
    const article = makeArticle('x'.repeat(50), [
      makeQuote('late', { start: 40, end: 45 }, 'direct', ana),
      makeQuote('early', { start: 0, end: 5 }, 'direct', ben),
      makeQuote('middle', { start: 10, end: 15 }, 'direct', ana),
      makeQuote('nobody', { start: 20, end: 25 }),
    ]);
    const colours = speakerColours(article);
    expect([...colours]).toEqual([
      ['ben', 0],
      ['ana', 1],
    ]);
    expect(speakerColour(colours, { speaker: ana })).toBe(SPEAKER_PALETTE[1]);
    expect(speakerColour(colours, { speaker: null })).toBe(UNKNOWN_SPEAKER_COLOUR);
  });

  it('cycles through the palette past seven speakers', () => {
    const quotes = Array.from({ length: 9 }, (_, i) =>
      makeQuote(`q${i}`, { start: i, end: i + 1 }, 'direct', { name: `S${i}`, entityId: `s${i}` }),
    );
    const colours = speakerColours(makeArticle('x'.repeat(10), quotes));
    expect(colours.get('s7')).toBe(0);
    expect(colours.get('s8')).toBe(1);
  });
});
