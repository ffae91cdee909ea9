import { describe, expect, it } from 'vitest';
import { makeArticle, makeEntity, makeQuote, spanOf } from '../highlight/testArticle';
import { speakerColours, SPEAKER_PALETTE } from '../highlight/speakerColours';
import { drawnQuotes, summariseSpeakers } from './whoSaidWhat';

const BODY =
  'Lena Ortiz said the dam would hold. "We are ready," Ortiz said. Tomas Berg said it would not. "Trust the engineers," a sign read. "Really," Ortiz added.';
const lena = { name: 'Ortiz', entityId: 'lena-ortiz' };
const tomas = { name: 'Tomas Berg', entityId: 'tomas-berg' };

function article() {
  const quotes = [
    makeQuote('q3', spanOf(BODY, 'it would not'), 'indirect', tomas),
    makeQuote('q1', spanOf(BODY, 'the dam would hold'), 'indirect', lena),
    makeQuote('q2', spanOf(BODY, '"We are ready,"'), 'direct', lena),
    makeQuote('q4', spanOf(BODY, '"Trust the engineers,"'), 'direct', null),
    makeQuote('q5', spanOf(BODY, '"Really,"'), 'direct', lena),
    // Overlaps q1: the body drops it, so the panel must not list it either.
    makeQuote('q6', spanOf(BODY, 'dam would'), 'indirect', tomas),
    // A duplicate id: the first wins.
    makeQuote('q2', spanOf(BODY, 'Tomas'), 'direct', tomas),
  ];
  const entities = [{ ...makeEntity('lena-ortiz', 'Lena Ortiz', 'person', []), role: 'engineer' }];
  return makeArticle(BODY, quotes, entities);
}

describe('who said what', () => {
  it('keeps only the quotes the body draws, in body order', () => {
    expect(drawnQuotes(article()).map((quote) => quote.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('lists the most quoted speaker first with canonical name, role and colour; unknown last', () => {
    const a = article();
    const quotes = drawnQuotes(a);
    const speakers = summariseSpeakers(quotes, a.entities, speakerColours({ quotes }));
    expect(speakers.map((s) => [s.id, s.name, s.quotes.map((q) => q.id)])).toEqual([
      ['lena-ortiz', 'Lena Ortiz', ['q1', 'q2', 'q5']],
      ['tomas-berg', 'Tomas Berg', ['q3']],
      [null, 'Unattributed', ['q4']],
    ]);
    expect(speakers[0]?.role).toBe('engineer');
    expect(speakers[0]?.colour).toBe(SPEAKER_PALETTE[0]);
    expect(speakers[1]?.colour).toBe(SPEAKER_PALETTE[1]);
  });
});
