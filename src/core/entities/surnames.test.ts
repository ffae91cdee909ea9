// Spanish-language names: a given name, the father's surname, the mother's surname, and the first
// surname alone in later mentions. Invented people.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { nameGender } from '../lexicon/lexicon';

const people = (body: string) =>
  annotate({ body })
    .entities.filter((entity) => entity.type === 'person')
    .map((entity) => [entity.name, entity.mentions.map((m) => body.slice(m.start, m.end))]);

describe('two surnames', () => {
  it('the first surname alone is the same person', () => {
    const body =
      "Spain's economy minister, Álvaro Serrano Gil, met farmers in Madrid. Serrano said the " +
      'deal would be reviewed.';
    expect(people(body)).toContainEqual(['Álvaro Serrano Gil', ['Álvaro Serrano Gil', 'Serrano']]);
    const [quote] = annotate({ body }).quotes;
    expect(quote?.speaker?.name).toBe('Álvaro Serrano Gil');
  });

  it('a given name in the middle is not a surname', () => {
    const body = 'John Paul Smith, a trader, was there. Paul left early.';
    expect(people(body)).toContainEqual(['John Paul Smith', ['John Paul Smith']]);
  });

  it('reads the gender of accented given names', () => {
    expect(nameGender('José')).toBe('m');
    expect(nameGender('Sebastián')).toBe('m');
    expect(nameGender('Inés')).toBe('f');
  });
});
