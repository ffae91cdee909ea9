import { describe, expect, it } from 'vitest';
import { annotatedArticleSchema } from '@/core/schema';
import { toNinjs } from '@/core/export/ninjs';
import { toProjectJson } from './ninjs';
import { importedArticle } from './testArticle';

describe('exports', () => {
  it('writes the project JSON that the schema reads back unchanged', () => {
    const article = importedArticle();
    const parsed = annotatedArticleSchema.parse(JSON.parse(toProjectJson(article)));
    expect(parsed).toEqual(article);
  });

  it('maps an article to ninjs 2.1 with IPTC URIs and quotes as an extension', () => {
    const item = toNinjs(importedArticle());
    expect(item.uri).toBe('urn:broadsheet:article:mine-test-1');
    expect(item.standard.version).toBe('2.1');
    expect(item.firstcreated).toBe('2026-02-20T00:00:00Z');
    expect(item.headlines).toEqual([
      { role: 'main', contenttype: 'text/plain', value: 'Pier reopens' },
    ]);
    expect(item.subjects).toEqual([
      {
        name: 'transport',
        uri: 'http://cv.iptc.org/newscodes/mediatopic/20000568',
        relevance: 80,
      },
    ]);
    expect(item.places[0]).toEqual({
      name: 'New Zealand',
      rel: 'about',
      uri: 'http://cvx.iptc.org/iso3166-1a2/nz',
    });
    expect(item.people.map((person) => [person.name, person.rel])).toEqual([
      ['Nell Arden', 'quoted'],
      ['Omar Vale', 'quoted'],
    ]);
    expect(item['broadsheet:quotes']?.[1]).toMatchObject({
      text: 'Worth it,',
      speaker: { name: 'Omar Vale', literal: 'person-omar-vale' },
    });
  });
});
