// One test per quotation pattern of issue 3 (kind, span text, speaker); all sentences invented.
import { describe, expect, it } from 'vitest';
import { quotesIn, type SeenQuote } from './testQuotes';

describe('direct quotes', () => {
  it('takes the words inside straight double marks, nested single quotes included', () => {
    const body = [
      'Ana Ribeiro published the census count on Monday.',
      `"It is a 'provisional' figure, and it will change," Ribeiro said of the count.`,
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', `It is a 'provisional' figure, and it will change,`, 'Ana Ribeiro'],
    ]);
  });

  it('takes the words inside curly double marks, nested curly single quotes included', () => {
    const body = [
      'Marguerite Okonjo, who chairs the port authority, spoke after the vote.',
      '“The ‘temporary’ levy never ended, and it never will,” Okonjo said.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'The ‘temporary’ levy never ended, and it never will,', 'Marguerite Okonjo'],
    ]);
  });
});

describe('indirect quotes after each form of speech cue', () => {
  // X is the speaker, … the reported clause (capitalised when it opens the sentence).
  const who = 'Priya Venkataraman';
  const clause = 'the clinic would reopen next week';
  it.each([
    'X said that …',
    'X said …',
    '…, X said',
    '…, said X',
    'According to X, …',
    'X told reporters …',
    'X told reporters that …',
    '…, X told reporters',
    'X told the agency that …',
    'X added that …',
    'X wrote in a statement that …',
    'X wrote on social media that …',
    'X warned that …',
    'X insisted that …',
    'X says …',
    'X, speaking in Lisbon, said …',
    'In an interview, X said …',
  ])('%s', (form) => {
    const reported = form.startsWith('…') ? 'The clinic would reopen next week' : clause;
    const body = `${form.replace('X', who).replace('…', reported)}.`;
    expect(quotesIn(body)).toEqual([['indirect', reported, who]]);
  });
});

describe('quotes over several paragraphs', () => {
  it('paragraph left open continues into the next: one entry per paragraph, same speaker', () => {
    const body = [
      'Fisheries officer Caterina Lindqvist spoke to the committee.',
      '"The catch was the smallest in twenty years," Lindqvist said. "Boats stayed in port for weeks.',
      '"Some crews have already sold their nets."',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'The catch was the smallest in twenty years,', 'Caterina Lindqvist'],
      ['direct', 'Boats stayed in port for weeks.', 'Caterina Lindqvist'],
      ['direct', 'Some crews have already sold their nets.', 'Caterina Lindqvist'],
    ]);
  });

  it('gives a paragraph wholly in quotation marks the speaker attributed just before', () => {
    const body = [
      'Caterina Lindqvist said the fleet would shrink by a third.',
      '"Nobody wants to be the last boat in the harbour."',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the fleet would shrink by a third', 'Caterina Lindqvist'],
      ['direct', 'Nobody wants to be the last boat in the harbour.', 'Caterina Lindqvist'],
    ]);
  });
  it('after an exchange, an unattributed quote paragraph goes to the last speaker', () => {
    const body = [
      'Ana Ribeiro and Marcus Delacroix debated on Sunday.',
      '"The numbers do not lie," Ribeiro said.',
      '"They do when you choose them," Delacroix said.',
      '"Every budget is a choice."',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'The numbers do not lie,', 'Ana Ribeiro'],
      ['direct', 'They do when you choose them,', 'Marcus Delacroix'],
      ['direct', 'Every budget is a choice.', 'Marcus Delacroix'],
    ]);
  });
});

describe('quotation marks that are not speech', () => {
  it.each([
    'The so-called "reset" of relations has stalled, and analysts call the deal "historic" only in name.',
    'Her novel "The Salt Road" won the regional prize last year.',
    "The 'smart' meters were installed last year.",
    'The minister was asked about the "rumours" but declined to comment.',
  ])('%s', (body) => {
    expect(quotesIn(body)).toEqual([]);
  });
});

describe('one-paragraph attributions (the test name is the text)', () => {
  const cases: [string, SeenQuote[]][] = [
    // A direct quote split by its attribution: two entries, one speaker.
    [
      'Marcus Delacroix left early. "The talks went well," said Delacroix. "We will meet again in March."',
      [
        ['direct', 'The talks went well,', 'Marcus Delacroix'],
        ['direct', 'We will meet again in March.', 'Marcus Delacroix'],
      ],
    ],
    // Mixed: the reported clause with its quoted fragment, marks included.
    [
      'Councillor Ruth Abernathy said the budget was "a complete fiction" and should be rewritten.',
      [['mixed', 'the budget was "a complete fiction" and should be rewritten', 'Ruth Abernathy']],
    ],
    // Colon- and comma-introduced quotes, other cues.
    [
      'Port director Olufemi Adeyemi said: "The channel is clear and ships can move."',
      [['direct', 'The channel is clear and ships can move.', 'Olufemi Adeyemi']],
    ],
    [
      'Olufemi Adeyemi was brief: "The channel is clear."',
      [['direct', 'The channel is clear.', 'Olufemi Adeyemi']],
    ],
    ['"Why now?" asked Ana Ribeiro.', [['direct', 'Why now?', 'Ana Ribeiro']]],
    [
      'Ana Ribeiro said, "The vote will be close."',
      [['direct', 'The vote will be close.', 'Ana Ribeiro']],
    ],
    // Titles and appositions: the speaker is the name alone.
    [
      'Finance Minister Ana Ribeiro said the deficit would narrow next year.',
      [['indirect', 'the deficit would narrow next year', 'Ana Ribeiro']],
    ],
    [
      'The vote would be close, said Finance Minister Ana Ribeiro.',
      [['indirect', 'The vote would be close', 'Ana Ribeiro']],
    ],
    [
      'Lerato Mokoena, 54, said the water had reached her shop.',
      [['indirect', 'the water had reached her shop', 'Lerato Mokoena']],
    ],
    [
      'Ruth Abernathy, a professor of economics at Harwell University, said the forecast was too optimistic.',
      [['indirect', 'the forecast was too optimistic', 'Ruth Abernathy']],
    ],
    [
      'The coach, Ilse Brandvold, said the team had trained for penalties all week.',
      [['indirect', 'the team had trained for penalties all week', 'Ilse Brandvold']],
    ],
    [
      'The World Health Organization said in a statement that the outbreak was under control.',
      [['indirect', 'the outbreak was under control', 'World Health Organization']],
    ],
    // A reported clause ends with its sentence; the next sentence's quote is its own.
    [
      `Ana Ribeiro said the vote would go ahead. "It is not a 'maybe'; it is a 'when'," she added.`,
      [
        ['indirect', 'the vote would go ahead', 'Ana Ribeiro'],
        ['direct', "It is not a 'maybe'; it is a 'when',", 'Ana Ribeiro'],
      ],
    ],
    // Two speakers in one paragraph.
    [
      'Ana Ribeiro and Marcus Delacroix debated on Sunday. "The numbers do not lie," Ribeiro said. "They do when you choose them," Delacroix said.',
      [
        ['direct', 'The numbers do not lie,', 'Ana Ribeiro'],
        ['direct', 'They do when you choose them,', 'Marcus Delacroix'],
      ],
    ],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });
});

describe('speakers across sentences', () => {
  it('colon-introduced: In a statement, the ministry said: "…" (the ministry named earlier)', () => {
    const body = [
      'The Ministry of Education closed schools in three districts after the storm.',
      'In a statement, the ministry said: "All schools will open on Monday as planned."',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'All schools will open on Monday as planned.', 'Ministry of Education'],
    ]);
  });

  it('pronouns with two people of different gender (direct quotes)', () => {
    const body = [
      'Finance Minister Ana Ribeiro presented the budget on Thursday. Opposition leader Marcus Delacroix called it reckless.',
      '"This budget is for the next election," he said.',
      '"We have made the hard choices," she said.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([
      ['direct', 'This budget is for the next election,', 'Marcus Delacroix'],
      ['direct', 'We have made the hard choices,', 'Ana Ribeiro'],
    ]);
  });

  it('pronouns with two people of different gender (reported speech)', () => {
    const body = [
      'Ana Ribeiro met Marcus Delacroix on Thursday.',
      'He said the talks had gone well. She said the two sides remained far apart.',
    ].join(' ');
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the talks had gone well', 'Marcus Delacroix'],
      ['indirect', 'the two sides remained far apart', 'Ana Ribeiro'],
    ]);
  });

  it('role noun: "the minister said" is the person who holds that role', () => {
    const body = [
      'Ana Ribeiro, the finance minister, presented the budget on Thursday. Opposition leader Marcus Delacroix called it reckless.',
      'The minister said the numbers added up.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([['indirect', 'the numbers added up', 'Ana Ribeiro']]);
  });

  it('pronouns take their gender from Mr. and Ms.', () => {
    const body = [
      'Mr. Chukwuemeka Obi and Ms. Ngozi Eze visited the camp.',
      'He said the tents were too few. She said food was arriving.',
    ].join(' ');
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the tents were too few', 'Chukwuemeka Obi'],
      ['indirect', 'food was arriving', 'Ngozi Eze'],
    ]);
  });

  it('role noun from a title: "Coach X" … "the coach said"', () => {
    const body = [
      'Coach Ilse Brandvold named her squad on Friday.',
      'The coach said the young players had earned their places.',
    ].join(' ');
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the young players had earned their places', 'Ilse Brandvold'],
    ]);
  });

  it('organisation speaker: "the ministry said" and "it said" resolve to the named ministry', () => {
    const body = [
      'The Ministry of Health confirmed four new cases on Friday.',
      'The ministry said the patients were in stable condition. It said more tests were due.',
    ].join(' ');
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the patients were in stable condition', 'Ministry of Health'],
      ['indirect', 'more tests were due', 'Ministry of Health'],
    ]);
  });

  it('organisation speaker: "the union said in a statement" after the union is named', () => {
    const body = [
      'The Shipbuilders Union called the strike on Monday.',
      '"We will not be moved," the union said in a statement.',
    ].join('\n');
    expect(quotesIn(body)).toEqual([['direct', 'We will not be moved,', 'Shipbuilders Union']]);
  });

  it('three people: surnames and a pronoun each go to the right person', () => {
    const body = [
      'Ana Ribeiro, Marcus Delacroix and Tomasz Wierzbicki met on Thursday.',
      'Wierzbicki said the talks had stalled. Ribeiro disagreed. She said progress had been made.',
    ].join(' ');
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the talks had stalled', 'Tomasz Wierzbicki'],
      ['indirect', 'progress had been made', 'Ana Ribeiro'],
    ]);
  });

  it.each([
    ['Sebastián Quiroga', 'Qiuroga'],
    ['Marcus Delacroix', 'Delacorix'],
  ])('misspelt repeat (two letters swapped) resolves to the person: %s / %s', (full, typo) => {
    const body = `${full} said the vote would be close. ${typo} added that a recount was likely.`;
    expect(quotesIn(body)).toEqual([
      ['indirect', 'the vote would be close', full],
      ['indirect', 'a recount was likely', full],
    ]);
  });
});
