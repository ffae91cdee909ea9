// Who said a quotation nobody is named for, when the paragraph names someone right after it.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

const speakers = (body: string) =>
  annotate({ body }).quotes.map((quote) => [
    body.slice(quote.start, quote.end),
    quote.speaker?.name ?? null,
  ]);

describe('a quotation attributed in the sentence after it', () => {
  it('goes to the person the paragraph names next', () => {
    const body =
      'Officials said the dam held. "The river rose in minutes." Aslam Khan, a shopkeeper in ' +
      'Nowshera, said he had never seen such water.';
    expect(speakers(body)).toContainEqual(['The river rose in minutes.', 'Aslam Khan']);
  });

  it('goes to that person rather than to the last speaker of an earlier paragraph', () => {
    const body = [
      'Ruth Okonedo spoke first. "We have listened," she said.',
      '"That is not enough." Daniel Brierley, who leads the commuters, said the plan was late.',
    ].join('\n');
    expect(speakers(body)).toContainEqual(['That is not enough.', 'Daniel Brierley']);
  });

  it('stays with the last speaker when the next attribution is a pronoun', () => {
    const body = [
      'Ruth Okonedo spoke first. "We have listened," she said.',
      '"We will keep listening." She added that Daniel Brierley had a point.',
    ].join('\n');
    expect(speakers(body)).toContainEqual(['We will keep listening.', 'Ruth Okonedo']);
  });
});
