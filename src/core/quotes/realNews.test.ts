// The shapes of attribution that real wire copy uses and the engine once missed (issue 11's
// classes), one describe per class. Every sentence and person here is invented.
import { describe, expect, it } from 'vitest';
import { quotesIn, type SeenQuote } from './testQuotes';

const cases = (list: [string, SeenQuote[]][]) =>
  it.each(list)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });

describe('reported speech after verbs that also take a noun', () => {
  cases([
    [
      'On Tuesday, Harlow President Dana Whitcombe announced he had asked for the minister’s resignation.',
      [['indirect', 'he had asked for the minister’s resignation', 'Dana Whitcombe']],
    ],
    [
      'Engineer Tomasz Wierzbicki estimated this would take 24 hours.',
      [['indirect', 'this would take 24 hours', 'Tomasz Wierzbicki']],
    ],
    [
      'The Valdor Times reported that, in a call in late July, the mayor might have asked for help.',
      [['indirect', 'in a call in late July, the mayor might have asked for help', 'Valdor Times']],
    ],
    ['Mayor Ines Okafor announced a new plan for the harbour on Monday.', []],
    ['Governor Leta Fonoti announced the sites that would be given new schools.', []],
  ]);
});

describe('a capitalised word is no speech verb', () => {
  cases([
    [
      'United States President Carl Dunmore announced he would veto the bill.',
      [['indirect', 'he would veto the bill', 'Carl Dunmore']],
    ],
  ]);
});
