// Who speaks: bodies, possessives, pronouns, unnamed sources in wire copy; all sentences invented.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { quotesIn, type SeenQuote } from './testQuotes';

describe('whose words: possessives and passives', () => {
  const cases: [string, SeenQuote[]][] = [
    [
      'Senator Ana Ribeiro criticised the decision. Ribeiro\'s statement added, "The city should have been chosen."',
      [['direct', 'The city should have been chosen.', 'Ana Ribeiro']],
    ],
    [
      "The Ministry of Health closed the ward. The ministry's report said the river had peaked.",
      [['indirect', 'the river had peaked', 'Ministry of Health']],
    ],
    // Spoken to, not speaking.
    ['Ana Ribeiro joined at 14. In 1995 she was told to leave the ship.', []],
    ['Ana Ribeiro was told the ward was full.', []],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });
});

describe('bodies as speakers in wire copy', () => {
  const cases: [string, SeenQuote[]][] = [
    [
      'A spokesperson for the Undersecretariat of Fisheries said the quota would be cut.',
      [['indirect', 'the quota would be cut', 'Undersecretariat of Fisheries']],
    ],
    [
      'The Harwell High Commission in Port Moresby said in a statement that an aircraft would land on Tuesday.',
      [['indirect', 'an aircraft would land on Tuesday', 'Harwell High Commission']],
    ],
    [
      "Economists at Dunmore Bank, the country's largest lender, said the deal would cost the budget dearly.",
      [['indirect', 'the deal would cost the budget dearly', 'Dunmore Bank']],
    ],
    [
      'SEOUL — Shipyard workers walked off the job on Wednesday, the Korean Metal Workers’ Union said, in a strike over pay.',
      [
        [
          'indirect',
          'Shipyard workers walked off the job on Wednesday',
          'Korean Metal Workers’ Union',
        ],
      ],
    ],
    [
      'Health New Zealand confirmed 27 cases. The first case was a traveller who had returned from Australia, Health NZ said.',
      [['indirect', 'The first case was a traveller who had returned from Australia', 'Health NZ']],
    ],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });

  it('takes the reported clause after a wire dateline ("NAIROBI — …")', () => {
    const body = "NAIROBI — Kenya's weather service warned on Tuesday that the rains would fail.";
    expect(quotesIn(body).map((quote) => quote.slice(0, 2))).toEqual([
      ['indirect', 'the rains would fail'],
    ]);
  });
});

describe('a lead that names the source by its kind', () => {
  it('takes the body named right after the lead ("…, the agency said." then "The X …")', () => {
    const body = [
      'SANTIAGO — Visitor numbers will be capped from next month, the agency that runs the national parks said on Tuesday.',
      'The National Forest Corporation said the trails were eroding.',
    ].join('\n');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual([
      'National Forest Corporation',
      'National Forest Corporation',
    ]);
  });

  it('takes the body that published the figures, not the figures', () => {
    const body =
      'Rents rose 9% in the first nine months, according to figures published on Wednesday by the Federal Statistical Office.';
    expect(quotesIn(body)).toEqual([
      ['indirect', 'Rents rose 9% in the first nine months', 'Federal Statistical Office'],
    ]);
  });
});

describe('pronouns and family-name-first names', () => {
  it('does not take a gender from a bare family name ("Kim" of Kim Dong-hyun)', () => {
    const body = [
      'Union leader Park Ji-won said the strike would go on.',
      'Vice Minister Kim Dong-hyun urged both sides to talk. Kim later met the union.',
      'Speaking to reporters, he said the government would send mediators.',
    ].join('\n');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual(['Park Ji-won', 'Kim Dong-hyun']);
  });
});

describe('an inverted speaker named after a possessive', () => {
  it('takes the person named in apposition ("said Aukot\'s lawyer, Miruru Waweru")', () => {
    const body = [
      'Opposition politician Ekuru Aukot filed the petition.',
      '"This is a victory for the rule of law," said Aukot\'s lawyer, Miruru Waweru.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'This is a victory for the rule of law,', 'Miruru Waweru'],
    ]);
  });
});

describe('sources at the start of a sentence', () => {
  const cases: [string, SeenQuote[]][] = [
    [
      "UNICEF, the U.N. children's agency, said in a statement that 2.3 million children had missed a dose.",
      [['indirect', '2.3 million children had missed a dose', 'UNICEF']],
    ],
    [
      'A senior health official, who asked not to be named because he was not authorised to speak, said the figures were an undercount.',
      [['indirect', 'the figures were an undercount', null]],
    ],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });

  it('does not read "We" as the initials of a body ("WHO Europe")', () => {
    const body = 'WHO Europe director Hans Kluge spoke.\n"We are late," he said.';
    const who = annotate({ body }).entities.find((entity) => entity.name === 'WHO Europe');
    expect(who?.mentions).toHaveLength(1);
  });
});

describe('a kind of body with no name of that kind', () => {
  it('takes the body last named for "the agency said"', () => {
    const body = [
      'The World Health Organization warned on Friday that measles cases had tripled.',
      'Romania and Kazakhstan reported the most cases, the agency said.',
    ].join('\n');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual([
      'World Health Organization',
      'World Health Organization',
    ]);
  });
});

describe('a person before an affiliation', () => {
  it('takes the person, not the body ("X of Chulalongkorn University said")', () => {
    const body =
      'Political analyst Thitinan Pongsudhirak of Chulalongkorn University said the vote showed a deal had been struck.';
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the vote showed a deal had been struck', 'Thitinan Pongsudhirak'],
    ]);
  });

  it('takes "According to local media, …" as an unnamed source', () => {
    const body = 'According to local media, the cabinet will be announced within two weeks.';
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the cabinet will be announced within two weeks', null],
    ]);
  });
});

describe('an inverted speaker after a place-based modifier', () => {
  it('takes the person after "says Nairobi-based economist"', () => {
    const body = [
      'Governor Kamau Thugge said the bank was ready. "We will not hesitate," Thugge said.',
      '"Raising rates will not lower prices," says Nairobi-based economist Aly-Khan Satchu.',
    ].join('\n');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual([
      'Kamau Thugge',
      'Kamau Thugge',
      'Aly-Khan Satchu',
    ]);
  });
});

describe('bodies described in apposition', () => {
  it('takes a body named after a kind of body ("the mine’s operator, New Porgera Limited, said")', () => {
    const body =
      'The landslide cut the highway to the mine, a big earner, the mine’s operator, New Porgera Limited, said.';
    expect(quotesIn(body)).toEqual([
      [
        'indirect',
        'The landslide cut the highway to the mine, a big earner',
        'New Porgera Limited',
      ],
    ]);
  });

  it('makes a name described as a body that speaks an organisation ("Al-Azhar, the …, said")', () => {
    const body =
      "Al-Azhar, the Sunni Muslim world's foremost seat of learning, said in a statement that the reopening was welcome.";
    expect(quotesIn(body)).toEqual([['indirect', 'the reopening was welcome', 'Al-Azhar']]);
    expect(annotate({ body }).entities.map((entity) => entity.type)).toEqual(['organization']);
  });
});

describe('a body named by its field and country', () => {
  it('makes "Athletics Kenya" a body and the federation that speaks in its sentence', () => {
    const body =
      'Athletics Kenya will double the number of drug tests this year, the federation said on Wednesday, after a run of doping bans.';
    expect(quotesIn(body)).toEqual([
      [
        'indirect',
        'Athletics Kenya will double the number of drug tests this year',
        'Athletics Kenya',
      ],
    ]);
  });

  it('does not give "the government said" to a union named before', () => {
    const body = [
      'The General Confederation of Labour said participation was above 80 percent.',
      'The government said the figure was much lower.',
    ].join(' ');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual([
      'General Confederation of Labour',
      null,
    ]);
  });
});

describe('a long title before the speaker', () => {
  it('takes the person after "Executive director of the … chapter of the Council on …"', () => {
    const body =
      'Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia Salem said the boy wished to speak out.';
    expect(quotesIn(body)).toEqual([['indirect', 'the boy wished to speak out', 'Alia Salem']]);
  });
});

describe('analysts at a firm', () => {
  it('makes the firm a body that speaks ("analysts at Nomura wrote that …")', () => {
    const body =
      'In a note to clients, analysts at Nomura wrote that the investment was "a necessary but late response".';
    expect(quotesIn(body)).toEqual([
      ['mixed', 'the investment was "a necessary but late response"', 'Nomura'],
    ]);
  });

  it('makes "said it would "…"" a mixed quote of the sentence\'s speaker', () => {
    const body =
      'Industry minister Yoji Muto welcomed the plan, saying it would "strengthen supply chains."';
    expect(quotesIn(body)).toEqual([
      ['mixed', 'it would "strengthen supply chains."', 'Yoji Muto'],
    ]);
  });
});

describe('appositions around the speaker', () => {
  it.each([
    [
      "The unions' leader, Marta Kowalczyk, told TVN24 television that members would vote next week.",
      [['indirect', 'members would vote next week', 'Marta Kowalczyk']],
    ],
    [
      "Kowalczyk's deputy, Jan Nowak, said separately that the vote could be delayed.",
      [['indirect', 'the vote could be delayed', 'Jan Nowak']],
    ],
  ] as [string, SeenQuote[]][])('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });
});

describe('numbers in the clause', () => {
  it('does not read the comma of "40,000" as a clause boundary', () => {
    const body =
      'A spokesman for the UN refugee agency, Babar Baloch, said 40,000 people had crossed the border.';
    expect(quotesIn(body)).toEqual([
      ['indirect', '40,000 people had crossed the border', 'Babar Baloch'],
    ]);
  });
});

describe('a person referred to by age', () => {
  it('gives "the 64-year-old said" to the person named before', () => {
    const body =
      'Ana Ribeiro, 64, arrived first. “We are not going anywhere,” the 64-year-old said.';
    expect(quotesIn(body)).toEqual([['direct', 'We are not going anywhere,', 'Ana Ribeiro']]);
  });
});
