import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDIA_TOPICS } from '@/core/topics/mediaTopics';
import { FEED_SORTS, feedState, type FeedState } from './feedState';
import { parseFeedParams, serializeFeedParams } from './urlState';

const parse = (query: string) => parseFeedParams(new URLSearchParams(query));

describe('parseFeedParams', () => {
  it('reads every parameter', () => {
    const { state, ignored } = parse(
      'country=JP,nz&topic=politics,sport&person=p-ardern&source=rnz&q=trade+talks&sort=quoted&mentioned=1',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual(
      feedState({
        country: ['JP', 'NZ'],
        includeMentioned: true,
        topic: ['medtop:11000000', 'medtop:15000000'],
        person: ['p-ardern'],
        source: ['rnz'],
        q: 'trade talks',
        sort: 'quoted',
      }),
    );
  });

  it('gives the default state for an empty query', () => {
    expect(parse('')).toEqual({ state: feedState(), ignored: [] });
  });

  it('drops values that do not parse and lists them, without throwing', () => {
    const { state, ignored } = parse(
      'country=JP,Japan,J1&topic=nonsense&sort=oldest&mentioned=yes',
    );
    expect(state).toEqual(feedState({ country: ['JP'] }));
    expect(ignored).toEqual([
      'mentioned=yes',
      'country=Japan',
      'country=J1',
      'topic=nonsense',
      'sort=oldest',
    ]);
  });

  it('accepts repeated parameters and %2C-escaped commas, and drops duplicates', () => {
    expect(parse('country=JP%2CNZ&country=JP').state.country).toEqual(['JP', 'NZ']);
  });

  it('leaves unknown parameters alone', () => {
    expect(parse('utm_source=x').ignored).toEqual([]);
  });
});

describe('serializeFeedParams', () => {
  it('writes parameters in a fixed order and omits defaults', () => {
    const params = serializeFeedParams(
      feedState({ sort: 'quoted', q: 'x', topic: ['medtop:11000000'], country: ['NZ', 'JP'] }),
    );
    expect(params.toString()).toBe('country=NZ%2CJP&topic=politics&q=x&sort=quoted');
    expect(serializeFeedParams(feedState()).toString()).toBe('');
  });

  it('round-trips any valid state', () => {
    const id = fc.stringMatching(/^[a-z0-9:_-]{1,12}$/);
    const state: fc.Arbitrary<FeedState> = fc.record({
      country: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 4 }),
      includeMentioned: fc.boolean(),
      topic: fc.uniqueArray(fc.constantFrom(...MEDIA_TOPICS.map((topic) => topic.code)), {
        maxLength: 4,
      }),
      person: fc.uniqueArray(id, { maxLength: 3 }),
      source: fc.uniqueArray(id, { maxLength: 3 }),
      q: fc.string({ maxLength: 30 }).map((q) => q.trim()),
      sort: fc.constantFrom(...FEED_SORTS),
    });
    fc.assert(
      fc.property(state, (original) => {
        const url = serializeFeedParams(original).toString();
        expect(parse(url)).toEqual({ state: original, ignored: [] });
      }),
    );
  });
});
