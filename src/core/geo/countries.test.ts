// Countries through annotate(): ISO 3166-1 alpha-2 codes from names, short forms, demonyms,
// capitals and possessives, with `about` for what the article is mainly about and `mentions` for
// the rest. Every sentence here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

function countriesOf(body: string, title = ''): { code: string; role: string }[] {
  return annotate({ title, body }).countries.map(({ code, role }) => ({ code, role }));
}

const codesOf = (body: string) => countriesOf(body).map((country) => country.code);

describe('country evidence', () => {
  it.each([
    ['a short form with the article (the UK)', 'The UK will cut tariffs on steel next year.', 'GB'],
    ['an initialism (PNG)', 'Officials in PNG said the highland road had reopened.', 'PG'],
    ['an initialism (UAE)', 'The UAE announced a new visa scheme for researchers on Monday.', 'AE'],
    ['a demonym (Japanese)', 'Japanese fishing crews returned to port early on Tuesday.', 'JP'],
    ['a demonym (Brazilian)', 'Brazilian officials said the fires had been contained.', 'BR'],
    ['a capital (Tokyo)', 'Trains in Tokyo were halted for two hours after the tremor.', 'JP'],
    ['a capital (talks in Nairobi)', 'The talks in Nairobi ended without agreement.', 'KE'],
    ['a possessive (Japan’s)', 'Japan’s coast guard tracked the vessels for six hours.', 'JP'],
    ["a possessive (Japan's)", "Japan's coast guard tracked the vessels for six hours.", 'JP'],
  ])('finds a country from %s', (_evidence, body, code) => {
    expect(codesOf(body)).toEqual([code]);
  });

  it('uses the codes of ISO 3166-1 alpha-2, never the short forms themselves', () => {
    const codes = codesOf('The UK and the UAE signed the accord, and PNG observed the talks.');
    expect([...codes].sort()).toEqual(['AE', 'GB', 'PG']);
  });

  it('lists each country once however often it is mentioned', () => {
    const body =
      'Kenya’s farmers waited. In Nairobi, Kenyan officials met. Kenya will import seed.';
    expect(codesOf(body)).toEqual(['KE']);
  });
});

describe('about and mentions', () => {
  it('is about the country the article is built on and only mentions a passing one', () => {
    const title = 'Landslide buries homes in Papua New Guinea highlands';
    const body = [
      'A landslide in Enga Province buried dozens of homes on Friday, officials in Port Moresby said.',
      "Papua New Guinea's government sent soldiers to clear the road, and rescuers dug through the mud by hand.",
      'The disaster is the worst in Papua New Guinea this year. Australia offered to send engineers.',
    ].join('\n');
    expect(countriesOf(body, title)).toEqual([
      { code: 'PG', role: 'about' },
      { code: 'AU', role: 'mentions' },
    ]);
  });

  it('keeps a neighbour named once in the last paragraph as a mention', () => {
    const title = 'Short rains arrive late in Kenya';
    const body = [
      'Farmers across Kenya waited for the short rains, which arrived three weeks late in the east of the country.',
      'In Nairobi, the meteorological department said the rains would be below average.',
      'Kenyan officials said maize prices had risen.',
      'A shipment of seed from Uganda is expected next month.',
    ].join('\n');
    expect(countriesOf(body, title)).toEqual([
      { code: 'KE', role: 'about' },
      { code: 'UG', role: 'mentions' },
    ]);
  });

  it('can be about two countries at once', () => {
    const title = 'Chinese and Japanese patrol boats shadow each other near disputed islands';
    const body = [
      "Chinese coast guard ships entered waters claimed by Japan on Tuesday, Japan's coast guard said.",
      'Beijing said its ships were on a routine patrol. Tokyo lodged a protest with China’s embassy.',
      'Japanese fishing crews were told to stay away. The US said it was watching closely.',
    ].join('\n');
    const countries = countriesOf(body, title);
    const about = countries.filter((country) => country.role === 'about').map((c) => c.code);
    expect([...about].sort()).toEqual(['CN', 'JP']);
    expect(countries).toContainEqual({ code: 'US', role: 'mentions' });
  });

  it('finds no country in an article that names none', () => {
    expect(countriesOf('The committee met on Tuesday and agreed to meet again.')).toEqual([]);
  });
});
