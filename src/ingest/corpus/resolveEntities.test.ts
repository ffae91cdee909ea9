import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type AnnotatedArticle, type Entity } from '../../core/schema';
import { EntityResolver } from './resolveEntities';
import { rewriteArticle } from './rewriteArticle';
import { summarize, type ArticleSummary } from './summarize';

let spanStart = 0;
function entity(id: string, name: string, type: Entity['type'], aliases: string[] = []): Entity {
  spanStart += 10;
  return { id, name, type, aliases, mentions: [{ start: spanStart, end: spanStart + 5 }] };
}

function article(id: string, entities: Entity[], speaker?: [string, string]): AnnotatedArticle {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: id,
    body: 'x'.repeat(400),
    published: '2026-01-01',
    source: { name: 'Outlet' },
    quotes: speaker
      ? [
          {
            id: 'q1',
            start: 0,
            end: 5,
            kind: 'direct',
            speaker: { name: speaker[1], entityId: speaker[0] },
          },
        ]
      : [],
    entities,
    countries: [],
    topics: [],
  };
}

const summaries = (articles: AnnotatedArticle[]): ArticleSummary[] =>
  articles.map((a) => summarize(a, `/cache/${a.id}.json`));

describe('EntityResolver', () => {
  it('merges the same name across articles into one id from the canonical name', () => {
    const resolver = new EntityResolver(
      summaries([
        article('a', [entity('e1', 'Ana Ribeiro', 'person')]),
        article('b', [entity('e1', 'Ana Ribeiro', 'person'), entity('e2', 'Kenya', 'location')]),
        article('c', [entity('e9', 'Ribeiro', 'person')]),
      ]),
    );
    expect(resolver.idOf('person', 'Ana Ribeiro')).toBe('person-ana-ribeiro');
    // A surname-only form joins the one full name that ends in it.
    expect(resolver.idOf('person', 'Ribeiro')).toBe('person-ana-ribeiro');
    expect(resolver.idOf('location', 'Kenya')).toBe('place-kenya');
  });

  it('keeps an ambiguous surname apart', () => {
    const resolver = new EntityResolver(
      summaries([
        article('a', [entity('e1', 'Ana Ribeiro', 'person')]),
        article('b', [entity('e1', 'Paulo Ribeiro', 'person')]),
        article('c', [entity('e1', 'Ribeiro', 'person')]),
      ]),
    );
    expect(resolver.idOf('person', 'Ribeiro')).toBe('person-ribeiro');
    expect(resolver.idOf('person', 'Paulo Ribeiro')).toBe('person-paulo-ribeiro');
  });

  it('joins an alias claimed by one name only, preferring the full form', () => {
    const resolver = new EntityResolver(
      summaries([
        article('a', [entity('e1', 'World Health Organization', 'organization', ['WHO'])]),
        article('b', [entity('e1', 'WHO', 'organization')]),
        article('c', [entity('e1', 'WHO', 'organization')]),
      ]),
    );
    expect(resolver.idOf('organization', 'WHO')).toBe('org-world-health-organization');
  });

  it('does not depend on article order', () => {
    const articles = [
      article('a', [entity('e1', 'Ana Ribeiro', 'person', ['Ribeiro'])]),
      article('b', [entity('e1', 'Ribeiro', 'person')]),
      article('c', [entity('e1', 'A. Ribeiro', 'person')]),
    ];
    const forward = new EntityResolver(summaries(articles));
    const backward = new EntityResolver(summaries([...articles].reverse()));
    for (const name of ['Ana Ribeiro', 'Ribeiro', 'A. Ribeiro']) {
      expect(forward.idOf('person', name)).toBe(backward.idOf('person', name));
    }
  });
});

describe('rewriteArticle', () => {
  it('rewrites entity and speaker ids and merges local duplicates', () => {
    const source = article(
      'a',
      [entity('e1', 'Ana Ribeiro', 'person'), entity('e2', 'Ribeiro', 'person')],
      ['e2', 'Ribeiro'],
    );
    const resolver = new EntityResolver(summaries([source]));
    const rewritten = rewriteArticle(source, resolver);
    expect(rewritten.entities).toHaveLength(1);
    expect(rewritten.entities[0]).toMatchObject({ id: 'person-ana-ribeiro', name: 'Ana Ribeiro' });
    expect(rewritten.entities[0]?.aliases).toContain('Ribeiro');
    expect(rewritten.entities[0]?.mentions).toHaveLength(2);
    expect(rewritten.quotes[0]?.speaker).toEqual({
      name: 'Ribeiro',
      entityId: 'person-ana-ribeiro',
    });
  });
});
