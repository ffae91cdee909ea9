// Topics through annotate(): IPTC Media Topics (top level), ranked by score, the main topic first,
// labels from the one table of codes. Every article here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { topicByCode } from './mediaTopics';

const SPORT = {
  title: 'Harbour City beat Riverside 3-1 to reach the cup final',
  body: [
    'Harbour City beat Riverside 3-1 on Saturday to reach the cup final, with striker Jonah Kealoha scoring twice in the second half.',
    'The coach, Ilse Brandvold, said the players had trained for penalties all week. "They kept their heads when the stadium got loud," Brandvold said.',
    "Riverside's goalkeeper was sent off in the 70th minute, and the league will review the match.",
  ].join('\n'),
};

const ARTICLES: [string, string, string, string][] = [
  [
    'economy, business and finance',
    'medtop:04000000',
    'Central bank holds interest rate at 5.5%',
    'The central bank kept its benchmark interest rate at 5.5% on Wednesday, saying inflation was still above its target. Economists had expected the hold. Mortgage lenders said borrowing costs would stay high, and the currency rose slightly against the dollar.',
  ],
  [
    'health',
    'medtop:07000000',
    'Measles vaccination drive begins in northern schools',
    'Health workers began a measles vaccination campaign on Monday after 14 cases were confirmed in the region. The hospital has set up a clinic for children who missed their doses, and doctors urged parents to check their records.',
  ],
  [
    'politics',
    'medtop:11000000',
    'Voters head to the polls in tight parliamentary election',
    "Voters cast ballots on Sunday in a parliamentary election that polls showed was too close to call. The governing party's candidate promised lower taxes, while the opposition campaigned on housing. Results are expected by Tuesday.",
  ],
  [
    'labour',
    'medtop:09000000',
    'Dockworkers strike over pay',
    'Dockworkers walked off the job on Monday after wage talks with employers collapsed. The union said its members had not had a pay rise in three years, and the strike would continue until a new contract was offered.',
  ],
];

describe('main topic', () => {
  it('ranks sport first for a clearly sport article', () => {
    const [main] = annotate(SPORT).topics;
    expect(main).toMatchObject({ code: 'medtop:15000000', label: 'sport' });
  });

  it.each(ARTICLES)('ranks %s first for a clearly %s article', (label, code, title, body) => {
    const [main] = annotate({ title, body }).topics;
    expect(main).toMatchObject({ code, label });
  });
});

describe('topic list', () => {
  const all = [SPORT, ...ARTICLES.map(([, , title, body]) => ({ title, body }))];

  it.each(all)('uses top-level codes with labels from the table: $title', (article) => {
    const topics = annotate(article).topics;
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      expect(topic.code).toMatch(/^medtop:(0[1-9]|1[0-7])000000$/);
      expect(topic.label).toBe(topicByCode(topic.code)?.label);
    }
  });

  it.each(all)('ranks by score, each in 0..1, no code twice: $title', (article) => {
    const topics = annotate(article).topics;
    expect(topics.length).toBeGreaterThan(0);
    const scores = topics.map((topic) => topic.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
    expect(new Set(topics.map((topic) => topic.code)).size).toBe(topics.length);
  });

  it('gives no topic to a text with no topical words', () => {
    expect(annotate({ body: 'It was there on Tuesday, and then it was not.' }).topics).toEqual([]);
  });
});

describe('where the words are', () => {
  it('lets the lede outweigh background further down', () => {
    // One health word in the lede, one economy word in each of the next two paragraphs: the
    // lede (counted twice) says what the story is about.
    const body = [
      'Nurses at the district clinic started a night shift on Monday.',
      'The town council met on Tuesday to discuss the budget.',
      'A shop on the corner raised its prices.',
    ].join('\n');
    expect(annotate({ body }).topics[0]?.label).toBe('health');
  });
});

describe('keyword evidence', () => {
  it.each([
    [
      'crime, law and justice',
      'Man held after stabbing at night market',
      'A gunman and a second suspect were in custody on Friday after a man was stabbed near the night market, detectives said.',
    ],
    [
      'health',
      'Coronavirus infections climb in the port city',
      'The coronavirus has infected 140 more people this week, and the city has extended its quarantine for arriving sailors.',
    ],
    [
      'sport',
      'Wrestler retires after title bout',
      'The wrestler lost his last bout on Saturday and told the crowd he would step away from wrestling after 20 years.',
    ],
    [
      'arts, culture, entertainment and media',
      'Television network ends its long-running comedy',
      'The network said the comedian and the actress who starred in the series would film a final episode for television this spring.',
    ],
  ])('finds %s in an article using its words: %s', (label, title, body) => {
    expect(annotate({ title, body }).topics[0]?.label).toBe(label);
  });

  it('does not count words that only start like a keyword', () => {
    // authorities/author, operations/opera, important/import, petition/pet, examined/exam
    const body = 'Authorities said the operations were important, and the petition was examined.';
    expect(annotate({ body }).topics).toEqual([]);
  });

  it('counts a union of workers, not the European Union', () => {
    expect(annotate({ body: 'The European Union said it would meet on Monday.' }).topics).toEqual(
      [],
    );
    expect(
      annotate({ body: 'The National Union of Bus Drivers said it would meet on Monday.' })
        .topics[0]?.label,
    ).toBe('labour');
  });

  it('reads the Labour Party as politics, not labour', () => {
    const body = 'The Labour Party won the vote, and its leader promised a new cabinet.';
    expect(annotate({ body }).topics.map((topic) => topic.label)).toEqual(['politics']);
  });

  it('gives a tie to the topic the headline names', () => {
    // Sport: "cup" and "league" in the headline (3 each); economy: three words in the lede (2 each).
    const article = {
      title: 'Cup final for the league',
      body: 'Prices rose, the market fell and the bank closed.',
    };
    const topics = annotate(article).topics;
    expect(topics[0]?.score).toBe(topics[1]?.score);
    expect(topics.map((topic) => topic.label)).toEqual(['sport', 'economy, business and finance']);
  });
});
