// Companies and clubs from news of many countries: company words, legal forms that end a name,
// "the X company", club words. Every sentence here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

function organisationsIn(body: string): string[] {
  return annotate({ body })
    .entities.filter((entity) => entity.type === 'organization')
    .map((entity) => entity.name);
}

describe('companies', () => {
  it('splits two companies at an "and" after a legal form', () => {
    const body = 'Kobe Foods Inc and Andes Mining said they would merge.';
    expect(organisationsIn(body)).toEqual(['Kobe Foods Inc', 'Andes Mining']);
  });

  it('knows company words of many countries', () => {
    const body = 'Safaricom Telecom and Cipla Pharma both reported results.';
    expect(organisationsIn(body)).toEqual(['Safaricom Telecom', 'Cipla Pharma']);
  });

  it.each([
    'Ecobank Transnational said profit rose.',
    'Olam Agri said cocoa prices rose.',
    'Nampak Packaging said sales fell.',
    'Sime Darby Plantations said output rose.',
    'Palm oil output rose, Wilmar International said.',
    'Transparency International said corruption was rising.',
    'Bidco Africa said prices would rise.',
    'The forest was cleared, Global Witness said.',
  ])('takes a company word for a company that speaks: %s', (body) => {
    expect(annotate({ body }).entities.map((entity) => entity.type)).toEqual(['organization']);
  });

  it('takes a one-word name with a company verb and object for a company', () => {
    expect(organisationsIn('Vingroup posted its first loss in a decade.')).toEqual(['Vingroup']);
    expect(organisationsIn('Cemex reported higher earnings on Tuesday.')).toEqual(['Cemex']);
    expect(organisationsIn('Sutrisno reported a loss of his crops to the police.')).toEqual([]);
  });

  it('takes a name after a kind of public body for that body', () => {
    expect(organisationsIn("Britain's energy regulator Ofgem said prices would fall.")).toEqual([
      'Ofgem',
    ]);
    expect(organisationsIn('The lawyer told the commission Smith had lied.')).toEqual([]);
  });

  it('takes "the X company" for a company', () => {
    expect(organisationsIn('The Zenith company said it would cut jobs.')).toEqual(['Zenith']);
  });
});

describe('bodies named in other languages', () => {
  it.each([
    [
      'Officials at the Dirección General de Migración said 300 people crossed.',
      'Dirección General de Migración',
    ],
    ['Grupo Bimbo and Cemex reported earnings.', 'Grupo Bimbo'],
    ['A spokesman for the Kementerian Kesehatan said clinics were open.', 'Kementerian Kesehatan'],
  ])('%s', (body, name) => {
    expect(organisationsIn(body)).toContain(name);
  });

  it('splits a second body named in one word, not a field', () => {
    expect(organisationsIn('Grupo Bimbo and Cemex reported earnings.')).toEqual([
      'Grupo Bimbo',
      'Cemex',
    ]);
    const body = 'The Ministry of Health and Welfare said it would act.';
    expect(organisationsIn(body)).toEqual(['Ministry of Health and Welfare']);
  });
});

describe('titles that hold a head word of bodies', () => {
  it.each([
    ['Energy Minister John Jinapor said turbines had arrived.', []],
    ['Police Commissioner Jane Mwangi said the roads were closed.', []],
    ['Reserve Bank Governor Adrian Orr said rates would hold.', ['Reserve Bank']],
  ])('%s', (body, bodies) => {
    expect(organisationsIn(body)).toEqual(bodies);
  });

  it('takes a radio station and a company described by an apposition for bodies', () => {
    expect(organisationsIn('The minister told Joy FM that turbines had arrived.')).toEqual([
      'Joy FM',
    ]);
    const body = 'Ecopetrol, the state oil company, said output fell 3% in the quarter.';
    expect(organisationsIn(body)).toEqual(['Ecopetrol']);
  });
});

describe('clubs', () => {
  it('knows the usual words of club names', () => {
    const body = 'Kaizer Chiefs beat Orlando Pirates, Athletic Bilbao drew and Rivers United lost.';
    expect(organisationsIn(body)).toEqual([
      'Kaizer Chiefs',
      'Orlando Pirates',
      'Athletic Bilbao',
      'Rivers United',
    ]);
  });

  it('keeps "United States" a place', () => {
    const body = 'Talks between the United States and the United Kingdom resumed.';
    expect(organisationsIn(body)).toEqual([]);
  });
});

describe('words that only a company has', () => {
  it.each([
    ['Sasol posted a 20 percent drop in earnings.', ['Sasol']],
    ['Siemens shares fell 3 percent on Tuesday.', ['Siemens']],
    ['The chief executive of Norvane said the deal would close in March.', ['Norvane']],
    ["Norvane's chief executive said the deal would close in March.", ['Norvane']],
    ['Investors bought shares in Norvane on Monday.', ['Norvane']],
    ['Okafor shares his view with colleagues.', []],
    ['Sutrisno reported a 20 percent drop in his harvest.', []],
  ])('%s', (body, names) => {
    expect(organisationsIn(body)).toEqual(names);
  });
});

describe('a continent after a name', () => {
  it('leaves ordinary capitalised words that do not speak alone', () => {
    expect(organisationsIn('The forest was cleared, the report Broken Promises found.')).toEqual(
      [],
    );
  });

  it('keeps regions places', () => {
    expect(organisationsIn('Trade rose across West Africa and Southern Africa.')).toEqual([]);
    expect(organisationsIn('Growth in Emerging Europe slowed.')).toEqual([]);
  });
});

describe("a body's voice named by the body", () => {
  it('makes "a Sinopec spokesman" a body that speaks', () => {
    const body = 'Supplies were normal, a Sinopec spokesman said.';
    expect(organisationsIn(body)).toEqual(['Sinopec']);
    expect(annotate({ body }).quotes[0]?.speaker?.name).toBe('Sinopec');
    expect(organisationsIn('Rates would hold, a Johnson spokesman said.')).toEqual([]);
  });

  it('takes no word capitalised because it opens the sentence ("Local officials said")', () => {
    const body = 'Local officials said the road was closed. Petrovia officials said output rose.';
    expect(organisationsIn(body)).toEqual(['Petrovia']);
  });

  it('takes a name joined to an acronym for a party', () => {
    expect(organisationsIn('Zanu-PF said the vote was fair.')).toEqual(['Zanu-PF']);
  });
});

describe('one company cue types every mention of the word', () => {
  it('makes "Eskom said" a body when "Eskom\'s chief executive" follows', () => {
    const body = "Eskom said it would cut power. Eskom's chief executive apologised.";
    const article = annotate({ body });
    expect(article.entities.map((entity) => [entity.type, entity.name])).toEqual([
      ['organization', 'Eskom'],
    ]);
    expect(article.quotes[0]?.speaker?.name).toBe('Eskom');
  });

  it('leaves a person who shares a view a person', () => {
    const body = 'Okafor said he would stay. Okafor shares his view with colleagues.';
    expect(organisationsIn(body)).toEqual([]);
  });
});

describe('a relative clause after a single name', () => {
  it('takes "X, which …, said" for a body and "X, who …, said" for a person', () => {
    const body = 'Safaricom, which has 40 million subscribers, said the outage was fixed.';
    expect(organisationsIn(body)).toEqual(['Safaricom']);
    expect(annotate({ body }).quotes[0]?.speaker?.name).toBe('Safaricom');
    const person = 'Okonjo, who has led the union since 2019, said members would strike.';
    const article = annotate({ body: person });
    expect(article.entities.map((entity) => entity.type)).toEqual(['person']);
    expect(article.quotes[0]?.speaker?.name).toBe('Okonjo');
  });
});

describe('a single name that an apposition or its shape marks as a body', () => {
  it.each([
    'According to a report by Glassline, a cybersecurity firm, two databases were left open.',
    'Two databases were left open to the public, VaultMetric said on Wednesday.',
    '"The databases were open," said BrightPath.',
  ])('%s', (body) => {
    const [name] = /Glassline|VaultMetric|BrightPath/.exec(body) ?? [];
    expect(organisationsIn(body)).toEqual([name]);
  });

  it('keeps surnames with a capital inside as people', () => {
    const people = annotate({ body: '"We will win," said McAllister.' }).entities;
    expect(people.map((entity) => [entity.name, entity.type])).toEqual([['McAllister', 'person']]);
  });
});
