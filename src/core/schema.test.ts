import { describe, expect, it } from 'vitest';
import { annotatedArticleSchema, SCHEMA_VERSION } from './schema';
import { describeSchemaError } from './schemaErrors';

const validArticle = {
  schemaVersion: SCHEMA_VERSION,
  id: 'harbour-bridge',
  title: 'Harbour bridge reopens',
  body: '“It is open again,” said Ana Ruiz.',
  published: '2026-11-01',
  source: { name: 'The Example Gazette', country: 'ES' },
  quotes: [
    {
      id: 'q1',
      start: 0,
      end: 20,
      kind: 'direct',
      speaker: { name: 'Ana Ruiz', entityId: 'ana-ruiz' },
      cue: 'said',
    },
  ],
  entities: [
    {
      id: 'ana-ruiz',
      name: 'Ana Ruiz',
      type: 'person',
      aliases: [],
      mentions: [{ start: 26, end: 34 }],
    },
  ],
  countries: [{ code: 'ES', role: 'about' }],
  topics: [{ code: 'medtop:11000000', label: 'politics', score: 0.8 }],
};

/** The error message the app shows for a file that fails the schema. */
function messageFor(article: unknown): string {
  const result = annotatedArticleSchema.safeParse(article);
  if (result.success) throw new Error('expected the article to be rejected');
  return describeSchemaError(result.error, 'articles/0a/harbour-bridge.abc.json');
}

describe('annotatedArticleSchema', () => {
  it('accepts a well-formed article', () => {
    expect(annotatedArticleSchema.safeParse(validArticle).success).toBe(true);
  });

  it('rejects a quote of an unknown kind, naming the file and the field', () => {
    const broken = { ...validArticle, quotes: [{ ...validArticle.quotes[0], kind: 'shouted' }] };
    const message = messageFor(broken);
    expect(message).toContain('articles/0a/harbour-bridge.abc.json');
    expect(message).toContain('quotes.0.kind: expected one of "direct", "mixed", "indirect"');
  });

  it('rejects a missing body, naming the field', () => {
    const { body: _body, ...withoutBody } = validArticle;
    expect(messageFor(withoutBody)).toBe(
      'articles/0a/harbour-bridge.abc.json: body: expected string',
    );
  });

  it('rejects a span that ends before it starts, naming the span', () => {
    const broken = {
      ...validArticle,
      entities: [{ ...validArticle.entities[0], mentions: [{ start: 30, end: 26 }] }],
    };
    expect(messageFor(broken)).toContain('entities.0.mentions.0: start must be before end');
  });

  it('rejects a country that is not an ISO 3166-1 alpha-2 code', () => {
    const broken = { ...validArticle, countries: [{ code: 'Spain', role: 'about' }] };
    expect(messageFor(broken)).toContain('countries.0.code: expected an ISO 3166-1 alpha-2 code');
  });

  it('says what a number or a list should have been', () => {
    const broken = {
      ...validArticle,
      schemaVersion: 2,
      quotes: [{ ...validArticle.quotes[0], start: -1 }],
      entities: [{ ...validArticle.entities[0], name: '' }],
    };
    const message = messageFor(broken);
    expect(message).toContain('schemaVersion: expected 1');
    expect(message).toContain('quotes.0.start: must be at least 0');
    expect(message).toContain('entities.0.name: must have at least 1 character(s)');
  });
});
