// Bodies that speak through a kind-of-body noun; all sentences invented.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

function speakersIn(body: string): (string | null)[] {
  return annotate({ body }).quotes.map((quote) => quote.speaker?.name ?? null);
}

describe('a body named before a kind-of-body noun', () => {
  it.each([
    ['The Zenith company said it would cut jobs.', 'Zenith'],
    ['The Tata group said it would invest more in batteries.', 'Tata'],
  ])('%s', (body, speaker) => {
    expect(speakersIn(body)).toEqual([speaker]);
  });

  it('does not make a place the speaker', () => {
    expect(speakersIn('The Kenya government said it would act.')).not.toContain('Kenya');
  });
});
