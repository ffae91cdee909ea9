// Attribution patterns of wire copy fixed after the first engine pass; all sentences invented.
import { describe, expect, it } from 'vitest';
import { quotesIn, type SeenQuote } from './testQuotes';

describe('a quotation over several paragraphs attributed only in its last one', () => {
  it('gives the first paragraph the speaker named at the end of the second', () => {
    const body = [
      'Harbour master Tomasz Wierzbicki spoke on Monday after the storm.',
      '"The breakwater held, but only just. We lost two cranes.',
      '"Nobody was hurt, and that is what matters," Wierzbicki said.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'The breakwater held, but only just. We lost two cranes.', 'Tomasz Wierzbicki'],
      ['direct', 'Nobody was hurt, and that is what matters,', 'Tomasz Wierzbicki'],
    ]);
  });

  it('overrides the previous speaker for every paragraph of a three-paragraph quotation', () => {
    const body = [
      'Mayor Ana Ribeiro opened the meeting. "We are here to listen," Ribeiro said.',
      '"The breakwater held, but only just.',
      '"Nobody was hurt.',
      '"We will rebuild by spring," said Tomasz Wierzbicki, the harbour master.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'We are here to listen,', 'Ana Ribeiro'],
      ['direct', 'The breakwater held, but only just.', 'Tomasz Wierzbicki'],
      ['direct', 'Nobody was hurt.', 'Tomasz Wierzbicki'],
      ['direct', 'We will rebuild by spring,', 'Tomasz Wierzbicki'],
    ]);
  });

  it('gives a quotation opened after "X told reporters:" (ending the paragraph before) to X', () => {
    const body = [
      'Mayor Ana Ribeiro spoke first. Harbour master Tomasz Wierzbicki then told reporters:',
      '"The breakwater held, but only just.',
      '"Nobody was hurt."',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'The breakwater held, but only just.', 'Tomasz Wierzbicki'],
      ['direct', 'Nobody was hurt.', 'Tomasz Wierzbicki'],
    ]);
  });

  it('gives a first, unattributed quotation to the person the paragraph before is about', () => {
    const body = [
      'The mayor, Ana Ribeiro, spoke first.',
      '“We will rebuild by spring.',
      '“The money is there.”',
    ].join('\n');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual(['Ana Ribeiro', 'Ana Ribeiro']);
  });

  it('keeps the speaker of a paragraph that names its own', () => {
    const body = [
      'Ana Ribeiro and Tomasz Wierzbicki toured the port.',
      '"The breakwater held," Ribeiro said. "We were lucky.',
      '"Next time we may not be."',
    ].join('\n');
    expect(quotesIn(body).map((quote) => quote[2])).toEqual([
      'Ana Ribeiro',
      'Ana Ribeiro',
      'Ana Ribeiro',
    ]);
  });
});

describe('two sides in one sentence: two quotes with two speakers', () => {
  const cases: [string, SeenQuote[]][] = [
    [
      'Ana Ribeiro said the plan would raise rents, but Marcus Delacroix said it would bring jobs.',
      [
        ['indirect', 'the plan would raise rents', 'Ana Ribeiro'],
        ['indirect', 'it would bring jobs', 'Marcus Delacroix'],
      ],
    ],
    [
      'Critics said the levy would hurt small farms, while supporters said it was overdue.',
      [
        ['indirect', 'the levy would hurt small farms', null],
        ['indirect', 'it was overdue', null],
      ],
    ],
    [
      'The Ministry of Housing said the scheme would add 5,000 homes, whereas opposition leader Marcus Delacroix said the figure was inflated.',
      [
        ['indirect', 'the scheme would add 5,000 homes', 'Ministry of Housing'],
        ['indirect', 'the figure was inflated', 'Marcus Delacroix'],
      ],
    ],
    [
      'The levy would hurt small farms, critics said, while supporters argued that it was overdue.',
      [
        ['indirect', 'The levy would hurt small farms', null],
        ['indirect', 'it was overdue', null],
      ],
    ],
    [
      'Officials have not said why the border post closed, but Ana Ribeiro says it will reopen soon.',
      [['indirect', 'it will reopen soon', 'Ana Ribeiro']],
    ],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });

  it.each([
    // One speaker throughout, or no second clause at all.
    'Ana Ribeiro said the plan would raise rents while wages stagnated.',
    'Health Aotearoa says the outbreak has grown to 27 cases, and it expects more next week.',
  ])('keeps one quote: %s', (body) => {
    expect(quotesIn(body)).toHaveLength(1);
  });
});

describe('more forms of reported speech', () => {
  const cases: [string, SeenQuote[]][] = [
    [
      'According to Harbour Board chair Tomasz Wierzbicki, the breakwater held.',
      [['indirect', 'the breakwater held', 'Tomasz Wierzbicki']],
    ],
    ['According to Harbour Board chair the breakwater held through the night.', []],
    [
      'Ana Ribeiro chairs the port authority. According to Ribeiro the breakwater held through the night.',
      [['indirect', 'the breakwater held through the night', 'Ana Ribeiro']],
    ],
    [
      'As Ana Ribeiro told the Coastal Herald, the breakwater held through the night.',
      [['indirect', 'the breakwater held through the night', 'Ana Ribeiro']],
    ],
    [
      'Port director Ana Ribeiro toured the harbour and said the breakwater had held.',
      [['indirect', 'the breakwater had held', 'Ana Ribeiro']],
    ],
    [
      'Ana Ribeiro met Marcus Delacroix and said the talks had gone well.',
      [['indirect', 'the talks had gone well', 'Ana Ribeiro']],
    ],
    [
      'He flew to Lisbon to meet Tomasz Wierzbicki, who had told him he would help with housing.',
      [['indirect', 'he would help with housing', 'Tomasz Wierzbicki']],
    ],
    [
      'The ruling was welcomed by the Shipbuilders Union, which said it would protect jobs.',
      [['indirect', 'it would protect jobs', 'Shipbuilders Union']],
    ],
    [
      'Ana Ribeiro, who said she was surprised by the result, left early.',
      [['indirect', 'she was surprised by the result', 'Ana Ribeiro']],
    ],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });

  it('finds a clause reported by two people ("X and Y said")', () => {
    const quotes = quotesIn('Ana Ribeiro and Marcus Delacroix said the talks had stalled.');
    expect(quotes.map((quote) => quote.slice(0, 2))).toEqual([
      ['indirect', 'the talks had stalled'],
    ]);
  });

  it.each(['Ana Ribeiro arrived late and said nothing.', 'Ana Ribeiro laughed and said goodbye.'])(
    'reports nothing: %s',
    (body) => {
      expect(quotesIn(body)).toEqual([]);
    },
  );
});

describe('attributions inside or beside the clause', () => {
  const cases: [string, SeenQuote[]][] = [
    [
      'Recipients, said Ana Ribeiro, are required to exhibit the photographs every ten years.',
      [
        [
          'indirect',
          'Recipients, said Ana Ribeiro, are required to exhibit the photographs every ten years',
          'Ana Ribeiro',
        ],
      ],
    ],
    [
      'The vote would be close, said Finance Minister Ana Ribeiro, who chairs the board.',
      [['indirect', 'The vote would be close', 'Ana Ribeiro']],
    ],
    [
      'Lydia Ribeiro for the Food Standards Agency, says they are looking at mandatory guidelines.',
      [['indirect', 'they are looking at mandatory guidelines', 'Lydia Ribeiro']],
    ],
    [
      'The broadcasts began on August 10 and South Korea says the broadcasts will continue.',
      [['indirect', 'the broadcasts will continue', 'South Korea']],
    ],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });
});

describe('what is not reported speech', () => {
  it.each([
    'Ana Ribeiro did not say when the inquiry would report.',
    'Ana Ribeiro declined to say whether the inquiry would report.',
    'Authorities in Lagos have warned residents of low-lying districts to prepare for flooding.',
    'Poland has strengthened its border, building a barrier and announcing a programme of forts.',
  ])('%s', (body) => {
    expect(quotesIn(body)).toEqual([]);
  });

  it('keeps a short opening adverbial out of the clause ("In Manila, the ministry said …")', () => {
    const body =
      'In Manila, the Department of Social Welfare said 210,000 people were in shelters.';
    expect(quotesIn(body)).toEqual([
      ['indirect', '210,000 people were in shelters', 'Department of Social Welfare'],
    ]);
  });
});

describe('a lead whose subject acts and then speaks', () => {
  it('takes "…, and said CLAUSE" after a dateline and a common-noun subject', () => {
    const body =
      "LIMA, March 4 (Reuters) — Peru's central bank held its rate at 4.75 percent on Thursday, citing easing inflation, and said further cuts would depend on data.";
    expect(quotesIn(body).map((quote) => quote.slice(0, 2))).toEqual([
      ['indirect', 'further cuts would depend on data'],
    ]);
  });
});

describe('an attribution in a subordinate clause', () => {
  it('takes "…, after their union said CLAUSE"', () => {
    const body =
      'Teachers stayed away from classrooms on Monday after their union said the government had broken a pay deal.';
    expect(quotesIn(body).map((quote) => quote.slice(0, 2))).toEqual([
      ['indirect', 'the government had broken a pay deal'],
    ]);
  });
});

describe('split and short quotations', () => {
  const cases: [string, SeenQuote[]][] = [
    [
      '"It is a start," Marcus Delacroix said of the plan, "but it is not enough."',
      [
        ['direct', 'It is a start,', 'Marcus Delacroix'],
        ['direct', 'but it is not enough.', 'Marcus Delacroix'],
      ],
    ],
    [
      'Asked whether the target was realistic, Ana Ribeiro replied: "Yes."',
      [['direct', 'Yes.', 'Ana Ribeiro']],
    ],
    [
      'Ana Ribeiro spoke. The plan, Ribeiro insisted, was fully funded.',
      [['indirect', 'The plan, Ribeiro insisted, was fully funded', 'Ana Ribeiro']],
    ],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });
});

describe('adjuncts before the clause', () => {
  it('skips a place after "told reporters in"', () => {
    const body =
      'Director Nicke Widyawati told reporters in Jakarta the purchase would secure supplies.';
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the purchase would secure supplies', 'Nicke Widyawati'],
    ]);
  });
});

describe('a participle reporting a second clause', () => {
  it('splits "X said A, adding that B" into two quotes of X', () => {
    const body =
      'Ana Ribeiro said groundwater had eaten into the foundations, adding that one of the minarets could have fallen.';
    expect(quotesIn(body)).toEqual([
      ['indirect', 'groundwater had eaten into the foundations', 'Ana Ribeiro'],
      ['indirect', 'one of the minarets could have fallen', 'Ana Ribeiro'],
    ]);
  });
});
