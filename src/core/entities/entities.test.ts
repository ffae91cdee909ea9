// Entities through annotate(): one entity per person, organisation or place, every mention, the
// fullest name as canonical, aliases, and spans with no punctuation or possessive 's.
// Every sentence and person here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

interface SeenEntity {
  name: string;
  type: string;
  aliases: string[];
  mentions: string[];
}

function entitiesIn(body: string): SeenEntity[] {
  return annotate({ body }).entities.map((entity) => ({
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentions: entity.mentions.map((mention) => body.slice(mention.start, mention.end)),
  }));
}

function entityNamed(body: string, name: string): SeenEntity | undefined {
  return entitiesIn(body).find((entity) => entity.name === name);
}

describe('people', () => {
  it('makes later surname-only mentions the person named in full once', () => {
    const body = [
      'Engineer Mireille Fontaneau inspected the dam on Monday.',
      'Fontaneau said the spillway needed repairs. Later, Fontaneau’s team left the site.',
    ].join(' ');
    const people = entitiesIn(body).filter((entity) => entity.type === 'person');
    expect(people).toEqual([
      {
        name: 'Mireille Fontaneau',
        type: 'person',
        aliases: ['Fontaneau'],
        mentions: ['Mireille Fontaneau', 'Fontaneau', 'Fontaneau'],
      },
    ]);
  });

  it('keeps a misspelt repeat of the surname as an alias and a mention of the person', () => {
    const body =
      'Sebastián Quiroga said the reservoir was low. Qiuroga added that rationing was likely.';
    expect(entitiesIn(body)).toEqual([
      {
        name: 'Sebastián Quiroga',
        type: 'person',
        aliases: ['Qiuroga'],
        mentions: ['Sebastián Quiroga', 'Qiuroga'],
      },
    ]);
  });

  it('names the person by the fullest form even when the surname comes first', () => {
    const body =
      'The drains were blocked, Obi said. Chukwuemeka Obi, a councillor in Lagos, has raised the issue before.';
    expect(entityNamed(body, 'Chukwuemeka Obi')).toMatchObject({
      type: 'person',
      mentions: ['Obi', 'Chukwuemeka Obi'],
    });
  });

  it('names a person as the text names them, not by a birth name given once', () => {
    const body =
      'Gloria Kovacs, the designer, died on Monday. Born Gloria Morgan Kovacs in 1924, she grew up in Paris. Gloria Kovacs later moved to London. Gloria Kovacs wrote four books.';
    expect(entitiesIn(body).map((entity) => entity.name)).toContain('Gloria Kovacs');
    expect(entitiesIn(body).map((entity) => entity.name)).not.toContain('Gloria Morgan Kovacs');
  });

  it('takes a given name that is also a word ("Ginger Okafor")', () => {
    expect(
      entityNamed('Ginger Okafor, the drummer, died on Sunday.', 'Ginger Okafor'),
    ).toMatchObject({
      type: 'person',
    });
  });

  it('leaves titles out of the name and the mentions (Dr. Eze is Eze)', () => {
    const body = 'Dr. Ngozi Eze leads the clinic. Dr. Eze said the ward was full.';
    expect(entityNamed(body, 'Ngozi Eze')).toMatchObject({ mentions: ['Ngozi Eze', 'Eze'] });
  });

  it.each([
    ['Hydrologist Sebastián Quiroga said the river would peak on Friday.', 'Sebastián Quiroga'],
    ['Volcanologist Ilse Brandvold said the crater was stable.', 'Ilse Brandvold'],
    ['Spokeswoman Odile Marchetti said the line would reopen.', 'Odile Marchetti'],
    ['The river would peak on Friday, said Hydrologist Sebastián Quiroga.', 'Sebastián Quiroga'],
  ])('leaves an occupation before an unfamiliar given name out of the name: %s', (body, name) => {
    expect(entitiesIn(body).map((entity) => entity.name)).toEqual([name]);
  });

  it('keeps a portfolio in the title and a place after a title out of people', () => {
    const body =
      'Minister of Foreign Affairs Ana Ribeiro met Undersecretary for Education Mr. Obi and the Governor of Texas.';
    const seen = entitiesIn(body).map((entity) => `${entity.type}:${entity.name}`);
    expect(seen.sort()).toEqual(['location:Texas', 'person:Ana Ribeiro', 'person:Obi']);
  });

  it('keeps "X and Y" portfolios in the title ("Vice Minister of Employment and Labor …")', () => {
    const body = 'Vice Minister of Employment and Labor Kim Dong-hyun urged both sides to talk.';
    expect(entitiesIn(body)).toMatchObject([
      { name: 'Kim Dong-hyun', type: 'person', mentions: ['Kim Dong-hyun'] },
    ]);
  });

  it('makes a name with an age in commas a person, even an ordinary word ("Sinner, 23,")', () => {
    const body = 'The final went long. Sinner, 23, said he had learned a lot.';
    expect(entitiesIn(body)).toMatchObject([{ name: 'Sinner', type: 'person' }]);
  });

  it('reads the DPRK as North Korea', () => {
    expect(entitiesIn('The DPRK fired two missiles.')).toMatchObject([
      { name: 'North Korea', type: 'location', mentions: ['DPRK'] },
    ]);
  });

  it('does not make a thing named after a known person a second person ("Warhol Polaroids")', () => {
    const body =
      'Andy Warhol took thousands of photos. The Warhol Polaroids were donated in 2007. Polaroids hang in the hall.';
    expect(entitiesIn(body).map((entity) => entity.name)).toEqual(['Andy Warhol']);
  });

  // Names from several naming traditions, each with a later short reference to the same person.
  it.each([
    [
      'Māori',
      'Aroha Te Whare said the marae would host the hui. Te Whare has led the trust since 2019.',
      'Aroha Te Whare',
      'Te Whare',
    ],
    [
      'Japanese, family name first',
      'Tanaka Hiroshi, a fisherman from Kesennuma, said the catch had fallen by half. Tanaka has fished the bay for forty years.',
      'Tanaka Hiroshi',
      'Tanaka',
    ],
    [
      'Korean, family name first',
      'Kim Seo-yeon, a nurse in Busan, said the hospital was short of staff. Kim said shifts had grown longer.',
      'Kim Seo-yeon',
      'Kim',
    ],
    [
      'Nigerian',
      'Chukwuemeka Obi, a councillor in Lagos, said the drainage canals had not been cleared. Obi blamed the contractors.',
      'Chukwuemeka Obi',
      'Obi',
    ],
    [
      'Indian',
      "Ananya Raghunathan, a teacher in Pune, said the exam had been unfair. Raghunathan's students will sit it again.",
      'Ananya Raghunathan',
      'Raghunathan',
    ],
    [
      'Brazilian, several given names',
      'João Batista Figueiredo, a farmer near Santarém, said the rains came late. Figueiredo lost half his soy.',
      'João Batista Figueiredo',
      'Figueiredo',
    ],
  ])('%s: %s', (_tradition, body, full, short) => {
    expect(entityNamed(body, full)).toEqual({
      name: full,
      type: 'person',
      aliases: [short],
      mentions: [full, short],
    });
  });
});

describe('given names that are also words', () => {
  it.each([
    ['In a statement, Maya Ortega Lindqvist, his wife, said he had died.', 'Maya Ortega Lindqvist'],
    [
      'According to ecologist Chip Norbury of the University of Kansas, the count rose.',
      'Chip Norbury',
    ],
  ])('names the person: %s', (body, name) => {
    expect(entityNamed(body, name)?.type).toBe('person');
  });

  it.each(['Chip shipments rose 31 percent.', 'Grant funding fell by a third.'])(
    'is no one when the word opens the sentence before a noun: %s',
    (body) => {
      expect(entitiesIn(body)).toEqual([]);
    },
  );

  it('drops an inverted speech verb opening the sentence ("Remarked Center for …")', () => {
    const body =
      'Remarked Harlow Center for Marine Diversity scientist Tierra Quist, "The reef is back."';
    expect(entitiesIn(body).map((entity) => `${entity.type}:${entity.name}`)).toEqual([
      'organization:Harlow Center for Marine Diversity',
      'person:Tierra Quist',
    ]);
  });
});

describe('relatives and misspellings', () => {
  it('keeps a father apart from his son: another given name with the same first letter', () => {
    const body = 'Alan Tarsi drowned in 2015. Abdullah Tarsi, his father, spoke at the ceremony.';
    expect(entitiesIn(body).map((entity) => entity.name)).toEqual(['Alan Tarsi', 'Abdullah Tarsi']);
  });

  it('joins a given name one letter off, named by the spelling the text uses most', () => {
    const body =
      'Kristin Wollard curated the show. Kristen Wollard said it was popular. Kristen Wollard left.';
    expect(entitiesIn(body).map((entity) => entity.name)).toEqual(['Kristen Wollard']);
  });

  it('makes an unknown given name and a surname that is a word a person when they speak', () => {
    expect(entityNamed('Yesterday, Zaviel Hedge said it worked.', 'Zaviel Hedge')?.type).toBe(
      'person',
    );
    expect(entitiesIn('Scripps Research said the virus spread.')).toEqual([]);
  });
});

describe('organisations', () => {
  it('joins an acronym given in brackets to the full name, with every later mention', () => {
    const body = [
      'The National Centre for Disease Control (NCDC) reported 40 new cases on Tuesday.',
      'The NCDC said testing would expand to three more states.',
    ].join(' ');
    expect(entityNamed(body, 'National Centre for Disease Control')).toEqual({
      name: 'National Centre for Disease Control',
      type: 'organization',
      aliases: ['NCDC'],
      mentions: ['National Centre for Disease Control', 'NCDC', 'NCDC'],
    });
  });

  it('keeps a well-known acronym used as a modifier (WHO officials) with its organisation', () => {
    const body =
      'The World Health Organization (WHO) sent a team to the region. WHO officials arrived on Sunday.';
    expect(entityNamed(body, 'World Health Organization')).toMatchObject({
      type: 'organization',
      mentions: ['World Health Organization', 'WHO', 'WHO'],
    });
  });
});

describe('US states and the capital', () => {
  it('splits the state a title names from the person ("Senator from Vermont Ada Lindqvist")', () => {
    const body = 'Yesterday, United States Senator from Vermont Ada Lindqvist won the caucus.';
    expect(entitiesIn(body).map((entity) => `${entity.type}:${entity.name}`)).toEqual([
      'location:United States',
      'location:Vermont',
      'person:Ada Lindqvist',
    ]);
  });

  it('reads states, state capitals named "City" and D.C. as places', () => {
    const body =
      'She flew from South Carolina to Oklahoma City, then on to Washington, D.C. and New Jersey.';
    expect(entitiesIn(body).map((entity) => `${entity.type}:${entity.name}`)).toEqual([
      'location:South Carolina',
      'location:Oklahoma City',
      'location:Washington',
      'location:D.C.',
      'location:New Jersey',
    ]);
  });
});

describe('places', () => {
  it('keeps a multi-word sea whole, at each mention', () => {
    const body =
      'Coast guard vessels patrolled the East China Sea on Wednesday, and patrols in the East China Sea will continue.';
    expect(entitiesIn(body)).toEqual([
      {
        name: 'East China Sea',
        type: 'location',
        aliases: [],
        mentions: ['East China Sea', 'East China Sea'],
      },
    ]);
  });

  it('finds cities and countries as locations', () => {
    const body = 'Negotiators met in Nairobi, where Kenya’s foreign minister urged a ceasefire.';
    const places = entitiesIn(body).filter((entity) => entity.type === 'location');
    expect(places.map((place) => place.mentions)).toEqual([['Nairobi'], ['Kenya']]);
  });
});

describe('mention spans', () => {
  it.each([
    ["Japan's coast guard said two vessels entered the area.", 'Japan'],
    ['Japan’s coast guard said two vessels entered the area.', 'Japan'],
    ["The report reached Mireille Fontaneau's desk on Friday.", 'Mireille Fontaneau'],
    ['Farmers in New Zealand’s Northland region were worried.', 'New Zealand'],
  ])('drops the possessive: %s', (body, expected) => {
    const mentions = entitiesIn(body).flatMap((entity) => entity.mentions);
    expect(mentions).toContain(expected);
    expect(mentions.some((mention) => /['’]s?$/.test(mention))).toBe(false);
  });

  it('leaves out the punctuation around a name', () => {
    const body =
      'The award went to (Mireille Fontaneau), "Ananya Raghunathan", and Chukwuemeka Obi.';
    const mentions = entitiesIn(body).flatMap((entity) => entity.mentions);
    expect(mentions).toEqual(
      expect.arrayContaining(['Mireille Fontaneau', 'Ananya Raghunathan', 'Chukwuemeka Obi']),
    );
    for (const mention of mentions) expect(mention).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.]$/u);
  });
});

describe('the role a name is given', () => {
  const roleOf = (body: string, name: string) =>
    annotate({ body }).entities.find((entity) => entity.name === name)?.role;

  it.each([
    ['Actress Ilse Varga is set to appear in the final season.', 'Ilse Varga', 'actress'],
    ['He co-wrote songs with folk rock musician Tomas Varga.', 'Tomas Varga', 'folk rock musician'],
    ['She met the foreign and energy minister Ana Okafor.', 'Ana Okafor', 'energy minister'],
    [
      'It was led by former archbishop and cardinal Ana Okafor.',
      'Ana Okafor',
      'former archbishop and cardinal',
    ],
  ])('%s', (body, name, role) => {
    expect(roleOf(body, name)).toBe(role);
  });

  it('lets "the actress" find the one who is', () => {
    const body =
      'Singer Ana Ruiz spoke first. Actress Ilse Varga is set to appear in the final season. The actress said the season had been hard.';
    expect(annotate({ body }).quotes.map((quote) => quote.speaker?.name)).toEqual(['Ilse Varga']);
  });
});
