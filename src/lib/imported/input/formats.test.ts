import { describe, expect, it } from 'vitest';
import { parseJsonArticle, parseMarkdown, parsePlainText } from './formats';
import { importedArticle } from '../testArticle';

describe('parsePlainText', () => {
  it('takes a headline-like first line as the title, with header lines after it', () => {
    const parsed = parsePlainText(
      'Tide tables change\nSource: Coast Weekly\nPublished: 2026-01-02\n\nFirst paragraph.\n\nSecond.',
    );
    expect(parsed.meta).toEqual({
      title: 'Tide tables change',
      outlet: 'Coast Weekly',
      published: '2026-01-02',
    });
    expect(parsed.paragraphs).toEqual(['First paragraph.', 'Second.']);
  });

  it('keeps a first line that reads as a sentence in the body', () => {
    const parsed = parsePlainText('The ferry was late again.\n\n"Again," she said.');
    expect(parsed.meta.title).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it('splits text without blank lines at each line break (copied web text)', () => {
    expect(parsePlainText('Headline\nOne.\nTwo.').paragraphs).toEqual(['One.', 'Two.']);
  });
});

describe('parseMarkdown', () => {
  it('reads front matter and strips emphasis and links, never the words', () => {
    const parsed = parseMarkdown(
      '---\ntitle: "Night market returns"\nsource: City Desk\ndate: 2026-05-01\n---\n\nThe **night market** is [back](https://example.org).\n\n> "We missed it," said *Lea Moss*.',
    );
    expect(parsed.meta).toEqual({
      title: 'Night market returns',
      outlet: 'City Desk',
      published: '2026-05-01',
    });
    expect(parsed.paragraphs).toEqual([
      'The night market is back.',
      '"We missed it," said Lea Moss.',
    ]);
  });

  it('strips a link whose address holds parentheses, leaving no stray ")"', () => {
    const parsed = parseMarkdown(
      'Read [the notice](javascript:f(7)) and [the map](https://example.org/a_(b) "Map").\n\n![plan](x(1).png) attached.',
    );
    expect(parsed.paragraphs).toEqual(['Read the notice and the map.', 'plan attached.']);
  });

  it('uses a leading # heading as the title', () => {
    const parsed = parseMarkdown('# Bridge repairs\n\nThe bridge is shut.');
    expect(parsed.meta.title).toBe('Bridge repairs');
    expect(parsed.paragraphs).toEqual(['The bridge is shut.']);
  });
});

describe('parseJsonArticle', () => {
  it('reads the ingest input form, with the body as paragraphs', () => {
    const parsed = parseJsonArticle(
      JSON.stringify({
        headline: 'Orchard replanted',
        body: ['One.', 'Two.'],
        source: { name: 'Valley Courier', country: 'GB' },
        author: 'Tom Aske',
        date: '2026-04-04',
      }),
    );
    expect(parsed.meta).toEqual({
      title: 'Orchard replanted',
      outlet: 'Valley Courier',
      byline: 'Tom Aske',
      published: '2026-04-04',
    });
    expect(parsed.paragraphs).toEqual(['One.', 'Two.']);
  });

  it('reads an article Broadsheet exported', () => {
    const article = importedArticle();
    const parsed = parseJsonArticle(JSON.stringify(article));
    expect(parsed.meta.title).toBe('Pier reopens');
    expect(parsed.paragraphs.join('\n')).toBe(article.body);
  });

  it('says what is wrong with JSON that is not an article', () => {
    expect(() => parseJsonArticle('{oops')).toThrow(/This JSON file cannot be read/);
    expect(() => parseJsonArticle('[1, 2]')).toThrow(/not an article/);
    expect(() => parseJsonArticle('{"body": 3}')).toThrow(/"body" must be text/);
  });
});
