// annotate() as a whole: the contract (schema, metadata, defaults, ENGINE_VERSION), robustness on
// odd input, and a small invented article annotated end to end (quotes, speakers, entities,
// countries, topics agreeing with each other).
import { describe, expect, it } from 'vitest';
import { annotate, ENGINE_VERSION } from './annotate';
import { describeLimit, MAX_BODY_CHARS } from './limits';
import { annotatedArticleSchema, SCHEMA_VERSION } from './schema';

const ARTICLE = {
  id: 'nairobi-water-tariff',
  title: 'Nairobi water tariff to rise in January',
  published: '2026-11-02',
  source: { name: 'The Lakeside Courier', country: 'KE' },
  byline: 'Wanjiru Kamau',
  body: [
    'Water Minister Grace Achieng said on Monday that household tariffs in Nairobi would rise by 12% in January.',
    '"Nobody likes paying more, but the pipes under this city are older than most of its residents," Achieng told reporters.',
    'Opposition MP Daniel Mutua said the increase was "a tax on the poor" and called for a vote in parliament.',
    'The rise would fund repairs to the network, according to the Nairobi Water Company.',
  ].join('\n'),
};

describe('annotate: the contract', () => {
  it('returns an article that the shared schema accepts', () => {
    expect(annotatedArticleSchema.safeParse(annotate(ARTICLE)).success).toBe(true);
  });

  it('keeps the input metadata and body as given', () => {
    const article = annotate(ARTICLE);
    expect(article).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      id: ARTICLE.id,
      title: ARTICLE.title,
      published: ARTICLE.published,
      source: ARTICLE.source,
      byline: ARTICLE.byline,
      body: ARTICLE.body,
    });
  });

  it('fills defaults when only a body is given', () => {
    const article = annotate({ body: 'A quiet day.' });
    expect(article.id.length).toBeGreaterThan(0);
    expect(article.title).toBe('');
    expect(article.published).toBe('');
    expect(article.source.name.length).toBeGreaterThan(0);
    expect(annotatedArticleSchema.safeParse(article).success).toBe(true);
  });

  it('is pure: the same input gives the same output, and the input is not changed', () => {
    const input = structuredClone(ARTICLE);
    const first = annotate(input);
    expect(annotate(input)).toEqual(first);
    expect(input).toEqual(ARTICLE);
  });

  it('numbers quotes in body order with unique ids, and gives entities unique ids', () => {
    const article = annotate(ARTICLE);
    const starts = article.quotes.map((quote) => quote.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(article.quotes.map((quote) => quote.id)).size).toBe(article.quotes.length);
    expect(new Set(article.entities.map((entity) => entity.id)).size).toBe(article.entities.length);
  });

  it('exposes a non-empty engine version for caches', () => {
    expect(ENGINE_VERSION).toMatch(/\S/);
  });
});

describe('annotate: odd input gives fewer annotations, not a crash', () => {
  it.each([
    ['an empty body', ''],
    ['whitespace only', ' \n\t\n '],
    ['a lone quotation mark', '"'],
    ['unbalanced curly marks', '“He said ‘no’ and then ” “ “ left'],
    ['binary-looking bytes', '\u0000\u0001\u0002\ufffd\ud800PNG\u001a\n\u0000'],
    ['emoji and flags', '🇳🇿 🌊🌊 👩‍👩‍👧 said “🙂”'],
    ['a huge run of newlines', `${'\n'.repeat(50_000)}Ana Ribeiro said "yes".`],
  ])('%s', (_case, body) => {
    const article = annotate({ body });
    expect(annotatedArticleSchema.safeParse(article).success).toBe(true);
    expect(article.body).toBe(body);
  });

  // Speed is measured by npm run bench:engine; this checks that a long body is annotated whole.
  it('annotates a long body (about 400 KB) whole', () => {
    const body = Array.from({ length: 1000 }, () => ARTICLE.body).join('\n');
    const article = annotate({ body });
    expect(article.quotes.length).toBe(4000);
  });

  it('ignores fields of the wrong type instead of throwing', () => {
    const input = { body: 42, title: null } as unknown as Parameters<typeof annotate>[0];
    const article = annotate(input);
    expect(article.body).toBe('');
    expect(annotatedArticleSchema.safeParse(article).success).toBe(true);
  });
});

describe('annotate: no limit is silent', { timeout: 120_000 }, () => {
  it('annotates one very long paragraph (170,000 tokens, no line break) whole', () => {
    // Once a stack overflow (an array spread into push) that left the article unannotated.
    const paragraph = ARTICLE.body.split('\n').slice(0, 3).join(' ');
    const body = Array.from({ length: 2500 }, () => paragraph).join(' ');
    const article = annotate({ body });
    expect(article.entities.map((entity) => entity.name)).toContain('Grace Achieng');
    expect(article.quotes).toHaveLength(7500);
    expect(article.limits).toBeUndefined();
  });

  it('says so in the article when only the first part of a huge body is annotated', () => {
    const body = Array.from({ length: 5000 }, () => ARTICLE.body).join('\n');
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS);
    const article = annotate({ body });
    expect(article.body).toBe(body);
    const [limit, ...others] = article.limits ?? [];
    expect(others).toEqual([]);
    if (!limit) throw new Error('no limit reported');
    expect(limit).toMatchObject({ kind: 'body-length', total: body.length });
    // Cut at a paragraph's end, never inside one.
    expect(limit.annotated).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body[limit.annotated]).toBe('\n');
    const lastQuote = article.quotes[article.quotes.length - 1];
    expect(lastQuote?.end).toBeLessThanOrEqual(limit.annotated);
    expect(annotatedArticleSchema.safeParse(article).success).toBe(true);
    expect(describeLimit(limit)).toMatch(/first 1,99\d,\d{3} of 2,\d{3},\d{3} characters/);
  });
});

describe('annotate: an article end to end', () => {
  const article = annotate(ARTICLE);
  const text = (span: { start: number; end: number }) => ARTICLE.body.slice(span.start, span.end);

  it('finds each quote with its kind and speaker', () => {
    const quotes = article.quotes.map((quote) => [quote.kind, text(quote), quote.speaker?.name]);
    expect(quotes).toEqual([
      ['indirect', 'household tariffs in Nairobi would rise by 12% in January', 'Grace Achieng'],
      [
        'direct',
        'Nobody likes paying more, but the pipes under this city are older than most of its residents,',
        'Grace Achieng',
      ],
      ['mixed', 'the increase was "a tax on the poor"', 'Daniel Mutua'],
      ['indirect', 'The rise would fund repairs to the network', 'Nairobi Water Company'],
    ]);
  });

  it('links every speaker to an entity of the article', () => {
    // Quotes without a speaker would compare undefined with undefined: only speakers count.
    const speakers = article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []));
    expect(speakers).toHaveLength(article.quotes.length);
    for (const speaker of speakers) {
      const entity = article.entities.find((e) => e.id === speaker.entityId);
      expect(entity).toBeDefined();
      expect(entity?.name).toBe(speaker.name);
    }
  });

  it('finds the people with every mention, the place and the organisation', () => {
    const byName = new Map(article.entities.map((entity) => [entity.name, entity]));
    expect(byName.get('Grace Achieng')).toMatchObject({ type: 'person', aliases: ['Achieng'] });
    expect(byName.get('Grace Achieng')?.mentions.map(text)).toEqual(['Grace Achieng', 'Achieng']);
    expect(byName.get('Daniel Mutua')?.type).toBe('person');
    expect(byName.get('Nairobi Water Company')?.type).toBe('organization');
    expect(byName.get('Nairobi')).toMatchObject({ type: 'location', country: 'KE' });
  });

  it('is about Kenya and ranks a topic first', () => {
    expect(article.countries).toEqual([{ code: 'KE', role: 'about' }]);
    expect(article.topics.length).toBeGreaterThan(0);
  });
});
