// Organisation names of wire copy: lists, "and", foreign-language heads and acronyms in brackets.
// Every sentence and body here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

function organisationsIn(body: string): string[] {
  return annotate({ body })
    .entities.filter((entity) => entity.type === 'organization')
    .map((entity) => entity.name);
}

describe('organisation names', () => {
  it.each([
    [
      'Researchers from the Harwell Institute of Technology and Dunmore State University took part.',
      ['Harwell Institute of Technology', 'Dunmore State University'],
    ],
    [
      'Both the Kelso Independent School District and the Kelso Police Department declined to comment.',
      ['Kelso Independent School District', 'Kelso Police Department'],
    ],
    // An "and" inside one name stays.
    [
      'The Department of Health and Social Care and the Food and Agriculture Organization met.',
      ['Department of Health and Social Care', 'Food and Agriculture Organization'],
    ],
    [
      'The Institute of Electrical and Electronics Engineers met.',
      ['Institute of Electrical and Electronics Engineers'],
    ],
    ['The University and College Union called a strike.', ['University and College Union']],
    [
      'The Department of Health and Human Services agreed.',
      ['Department of Health and Human Services'],
    ],
    [
      'The US National Science Foundation and Department of Energy paid for it.',
      ['US National Science Foundation', 'Department of Energy'],
    ],
    [
      'The Ministry of Trade, Industry and Energy said exports rose.',
      ['Ministry of Trade, Industry and Energy'],
    ],
  ])('splits two bodies joined by "and", not one name holding it: %s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });

  it('leaves a country after "of the" out of a name already complete ("… University of the US")', () => {
    const body = 'Scientists at Dunmore State University of the US led the study.';
    expect(organisationsIn(body)).toEqual(['Dunmore State University']);
    expect(organisationsIn('The Reserve Bank of Australia held its rate.')).toEqual([
      'Reserve Bank of Australia',
    ]);
  });

  it.each([
    [
      "The Catholic Bishops' Conference of the Philippines said the rite was over.",
      "Catholic Bishops' Conference of the Philippines",
    ],
    ['The Central Bank of the Bahamas held its rate.', 'Central Bank of the Bahamas'],
  ])('keeps "of the" and a country in a name of ordinary words: %s', (body, name) => {
    expect(organisationsIn(body)).toEqual([name]);
  });

  it('keeps a number inside a body\'s name ("The Lost 52 Project") but joins no date to a name', () => {
    expect(
      organisationsIn('The Harlow 52 Project announced on Sunday that the wreck was found.'),
    ).toEqual(['Harlow 52 Project']);
    expect(organisationsIn('On March 3 Dunmore Council said the road was closed.')).toEqual([
      'Dunmore Council',
    ]);
  });

  it('takes no time zone for a body ("11:00 p.m. EDT", "8:00 p.m. AST")', () => {
    const body =
      'The advisory, released at 11:00 p.m. EDT on Sunday by the Harlow Weather Office, moved the storm. At 8:00 p.m. AST it turned.';
    expect(organisationsIn(body)).toEqual(['Harlow Weather Office']);
  });

  it('keeps a list inside a name whole ("Commission for Conciliation, Mediation and Arbitration")', () => {
    const body =
      'The Commission for Conciliation, Mediation and Arbitration said the strike was protected.';
    const article = annotate({ body });
    expect(organisationsIn(body)).toEqual([
      'Commission for Conciliation, Mediation and Arbitration',
    ]);
    expect(article.quotes[0]?.speaker?.name).toBe(
      'Commission for Conciliation, Mediation and Arbitration',
    );
    // A list of separate bodies is not one name.
    expect(organisationsIn('The Bank of England, Lloyds and HSBC agreed.')).not.toContain(
      'Bank of England, Lloyds and HSBC',
    );
  });

  it.each([
    ['Médecins Sans Frontières said its clinic was shelled.', 'Médecins Sans Frontières'],
    ['Students at the Instituto Gonzaga protested on Friday.', 'Instituto Gonzaga'],
    ['Partido Popular lost four seats.', 'Partido Popular'],
  ])('names with a head in another language: %s', (body, name) => {
    expect(organisationsIn(body)).toEqual([name]);
  });

  it('makes a name that introduces an acronym in brackets an organisation, with the acronym', () => {
    const body =
      'Doctors Without Borders (MSF) said its clinic was shelled. MSF said 12 people died.';
    const article = annotate({ body });
    expect(article.entities.map((entity) => [entity.type, entity.name])).toEqual([
      ['organization', 'Doctors Without Borders'],
    ]);
    expect(article.quotes.map((quote) => quote.speaker?.name)).toEqual([
      'Doctors Without Borders',
      'Doctors Without Borders',
    ]);
  });
});

describe('one-word names of bodies the word list lacks', () => {
  it.each([
    ['The Taliban seized the district centre on Sunday.', 'Taliban'],
    ['A Yonhap report said the talks had failed.', 'Yonhap'],
    ['Shares in Gazprom fell 3 percent.', 'Gazprom'],
  ])('%s', (body, name) => {
    expect(organisationsIn(body)).toEqual([name]);
  });
});

describe('newspapers and acronyms before people', () => {
  it('names a newspaper after its city ("the Toronto Star")', () => {
    const body = 'The Toronto Star and the Jakarta Globe reported the leak from Toronto.';
    expect(annotate({ body }).entities.map((entity) => [entity.type, entity.name])).toEqual([
      ['organization', 'Toronto Star'],
      ['organization', 'Jakarta Globe'],
      ['location', 'Toronto'],
    ]);
  });

  it('makes a name led by an acronym an organisation ("BBVA Research", "NHS England")', () => {
    const body = 'Analysts at BBVA Research and NHS England said costs would rise.';
    expect(organisationsIn(body)).toEqual(['BBVA Research', 'NHS England']);
  });

  it('splits an acronym from the titled or given-named person after it', () => {
    const body = 'NASA Administrator Charles Bolden spoke. The photograph is by NASA Bill Ingalls.';
    expect(annotate({ body }).entities.map((entity) => [entity.type, entity.name])).toEqual([
      ['organization', 'NASA'],
      ['person', 'Charles Bolden'],
      ['person', 'Bill Ingalls'],
    ]);
  });
});

it('ends the name of a body where a person named after "and" begins', () => {
  const body = 'Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL were defeated.';
  expect(annotate({ body }).entities.map((entity) => `${entity.type}:${entity.name}`)).toEqual([
    'person:Lee Cheuk-yan',
    'organization:Labour Party',
    'person:Frederick Fung',
    'organization:ADPL',
  ]);
});

describe('a head word alone', () => {
  it.each([
    ['Police arrested two men.', []],
    ['Mining companies have lobbied for lower rates.', []],
    ['He studied at the University for two years.', []],
    ['The Senate is expected to vote in October.', ['Senate']],
    ["The New People's Party won two seats.", ["New People's Party"]],
    ["Thailand's Pheu Thai Party lost.", ['Pheu Thai Party']],
    ["The King's Fund, a think tank, said so.", ["King's Fund"]],
    [
      "Gary Chan of DAB and Eunice Yung of the Workers' Party were elected.",
      ['DAB', "Workers' Party"],
    ],
  ])('%s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });

  it('keeps it when a full name in the text has it ("the Church" after "the Church of Harwell")', () => {
    const body = 'Ana Ribeiro left the Church of Harwell in 2009. Last week the Church denied it.';
    const church = annotate({ body }).entities.find((entity) => entity.type === 'organization');
    expect(church?.mentions.map((mention) => body.slice(mention.start, mention.end))).toEqual([
      'Church of Harwell',
      'Church',
    ]);
  });
});

describe('a name in apposition to a kind of body', () => {
  it('makes "the state oil company Pertamina" an organisation that speaks', () => {
    const body =
      "JAKARTA — Indonesia's state oil company Pertamina said on Monday it would buy two refineries.";
    const article = annotate({ body });
    expect(organisationsIn(body)).toEqual(['Pertamina']);
    expect(article.quotes[0]?.speaker?.name).toBe('Pertamina');
  });
});

describe('a short name in brackets after a body', () => {
  it('makes a later "Conagua said" the same body', () => {
    const body =
      'The National Water Commission (Conagua) issued a warning. Conagua said reservoirs were low.';
    const article = annotate({ body });
    expect(organisationsIn(body)).toEqual(['National Water Commission']);
    expect(article.entities.map((entity) => entity.type)).toEqual(['organization']);
    expect(article.quotes[0]?.speaker?.name).toBe('National Water Commission');
  });
});

describe('an office held in a body is no part of its name', () => {
  it.each([
    [
      'Rafael Costa, a professor and Chairman of the Brazilian Centre for Water Studies, says rivers are drying.',
      ['Brazilian Centre for Water Studies'],
    ],
    ['Officers of the Kenya Defence Forces were sent to the border.', ['Kenya Defence Forces']],
    ['Maria Lopez, the Port Authority Spokesperson, said ships were waiting.', ['Port Authority']],
    ['Joan Reyes, the Museum of Flight CEO, said visitors would return.', ['Museum of Flight']],
    ['Shares of Kelvari Holdings fell 8 percent in Tokyo.', ['Kelvari Holdings']],
    ['The Ministry of Justice said the law would change.', ['Ministry of Justice']],
  ])('%s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });
});

describe('a municipality named with a capital is its administration', () => {
  it.each([
    ['The Cascais Municipality said the beach would reopen.', ['Cascais Municipality']],
    ['The request was made by the Municipality of Cascais in 2019.', ['Municipality of Cascais']],
  ])('%s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });
});

describe('seats of government that speak for it', () => {
  it.each([
    ['The Kremlin said the talks would go ahead.', ['Kremlin']],
    ['Downing Street said the talks would go ahead.', ['Downing Street']],
    ['Scotland Yard said two men were held.', ['Scotland Yard']],
    ['The Pentagon said the strike was defensive.', ['Pentagon']],
  ])('%s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });
});

describe('heads of bodies’ names', () => {
  it.each([
    [
      'The National Conference of State Legislatures met.',
      ['National Conference of State Legislatures'],
    ],
    ['The Valdor Academy of Sciences met.', ['Valdor Academy of Sciences']],
    ['At a press conference, the mayor spoke.', []],
  ])('%s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });
});

describe('a place’s plural possessive before a body', () => {
  it.each([
    [
      "The United States' National Basketball Association suspended its season.",
      ['National Basketball Association'],
    ],
    ["The Workers' Party won two seats.", ["Workers' Party"]],
  ])('%s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });
});

describe('a name whose short form follows it in brackets', () => {
  it.each([
    ['According to Notes from Valdor (NFV), the stores opened on Sunday.', 'Notes from Valdor'],
    ['According to Friends of the Marsh (FoM), the river is polluted.', 'Friends of the Marsh'],
    ['The Bank of Harlow (BoH) said rates would rise.', 'Bank of Harlow'],
  ])('%s', (body, name) => {
    const quote = annotate({ body }).quotes[0];
    expect(quote?.speaker?.name).toBe(name);
  });
});
