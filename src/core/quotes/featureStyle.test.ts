// Feature-style attribution after a quotation; all sentences and people invented.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

function speakersIn(body: string): (string | null)[] {
  return annotate({ body }).quotes.map((quote) => quote.speaker?.name ?? null);
}

describe('speakers named after the quotation in feature style', () => {
  it.each([
    ['"The sea took the boats." That was how Mele Tuilagi, a fisherman, described the storm.'],
    ['"We will rebuild," was how Mele Tuilagi put it.'],
    ['"We will rebuild." The words were Mele Tuilagi\'s.'],
    ['"We will rebuild." The words were those of Mele Tuilagi, a nurse.'],
    ['"We move inland." Those were the words of Mele Tuilagi, the village chief.'],
    ['"We move inland." So says Mele Tuilagi, the village chief.'],
    ['"We move inland," is how Mele Tuilagi sees it.'],
    ['"We never expected this," remembered Mele Tuilagi, a teacher in Gisborne.'],
    ['"Not again," sighed Mele Tuilagi.'],
  ])('%s', (body) => {
    expect(speakersIn(body)).toEqual(['Mele Tuilagi']);
  });

  it('takes a single name after a quotation and its verb for a person', () => {
    expect(speakersIn('"We lost everything," said Sutrisno, a farmer in Central Java.')).toEqual([
      'Sutrisno',
    ]);
    expect(speakersIn('"It is over," added Wiranto, the security minister.')).toEqual(['Wiranto']);
  });

  it('names nobody when the next sentence only describes', () => {
    const body = '"The sea took the boats." That was how the storm was described.';
    expect(speakersIn(body)).toEqual([null]);
  });
});

describe('unnamed sources before a place', () => {
  it.each([
    ['Fishermen on Lake Malawi said catches were falling.', 'catches were falling'],
    ['Farmers in the Punjab said the canal was dry.', 'the canal was dry'],
  ])('%s', (body, reported) => {
    const quotes = annotate({ body }).quotes;
    expect(quotes.map((quote) => [body.slice(quote.start, quote.end), quote.speaker])).toEqual([
      [reported, null],
    ]);
  });
});

describe('gender of Vietnamese names', () => {
  it('reads the middle name, not the family name, for gender', () => {
    const body =
      'Nguyen Thi Lan, a hydrologist, said the salt had moved inland. “The delta is sinking,” she said.';
    expect(speakersIn(body)).toEqual(['Nguyen Thi Lan', 'Nguyen Thi Lan']);
  });
});
