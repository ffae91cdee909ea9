// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseArticleText } from './formats';
import { parseHtml, type HtmlDom } from './html';
import { toArticleInput } from './metadata';
import { parsePastedText, parsePlainText } from './plainText';

/** The browser's adapter, here on jsdom's DOMParser. */
const dom: HtmlDom = { parse: (html) => new DOMParser().parseFromString(html, 'text/html') };

describe('plain text', () => {
  it('a .txt file: the first line is the title, then header lines, then the body', () => {
    const parsed = parsePlainText(
      'Tide tables change\nSource: Coast Weekly (NZ)\nPublished: 2026-01-02\nBy: Ana Roe\n\nFirst paragraph\nwraps.\n\nSecond.',
    );
    expect(toArticleInput('t', parsed)).toEqual({
      id: 't',
      title: 'Tide tables change',
      published: '2026-01-02',
      source: { name: 'Coast Weekly', country: 'NZ' },
      byline: 'Ana Roe',
      body: 'First paragraph wraps.\nSecond.',
    });
  });

  it('pasted text: a headline-like first line is the title, a sentence stays in the body', () => {
    expect(parsePastedText('Tide tables change\nOutlet: Coast Weekly\n\nOne.').meta).toEqual({
      title: 'Tide tables change',
      source: 'Coast Weekly',
    });
    const sentence = parsePastedText('The ferry was late again.\n\n"Again," she said.');
    expect(sentence.meta.title).toBeUndefined();
    expect(sentence.paragraphs).toHaveLength(2);
  });

  it('pasted text without blank lines has a paragraph per line (copied web text)', () => {
    expect(parsePastedText('Headline\nOne.\nTwo.').paragraphs).toEqual(['One.', 'Two.']);
  });
});

describe('Markdown', () => {
  it('reads front matter (with the usual other field names) and keeps only the words', () => {
    const parsed = parseArticleText(
      'md',
      '---\ntitle: "Night market returns"\nsource: City Desk\ndate: 2026-05-01\nauthor: Lea Moss\n---\n\nThe **night market** is [back](https://example.org), _again_.\n\n> "We missed it," said *Lea Moss*.\n\n## Stalls\n\nMore.',
    );
    expect(parsed.meta).toEqual({
      title: 'Night market returns',
      source: 'City Desk',
      published: '2026-05-01',
      byline: 'Lea Moss',
    });
    expect(parsed.paragraphs).toEqual([
      'The night market is back, again.',
      '"We missed it," said Lea Moss.',
      'Stalls',
      'More.',
    ]);
  });

  it('uses a leading # heading as the title when the front matter has none', () => {
    const parsed = parseArticleText('md', '# Bridge repairs\n\nThe bridge is shut.');
    expect(parsed.meta.title).toBe('Bridge repairs');
    expect(parsed.paragraphs).toEqual(['The bridge is shut.']);
  });
});

describe('JSON', () => {
  it('reads the input form, with other field names and the body as paragraphs', () => {
    const parsed = parseArticleText(
      'json',
      JSON.stringify({
        headline: 'Orchard replanted',
        body: ['One.', 'Two.'],
        source: { name: 'Valley Courier', country: 'GB' },
        author: 'Tom Aske',
        date: '2026-04-04',
      }),
    );
    expect(toArticleInput('o', parsed)).toEqual({
      id: 'o',
      title: 'Orchard replanted',
      body: 'One.\nTwo.',
      published: '2026-04-04',
      source: { name: 'Valley Courier', country: 'GB' },
      byline: 'Tom Aske',
    });
  });

  it('says what is wrong with JSON that is not an article', () => {
    expect(() => parseArticleText('json', '{oops')).toThrow(/invalid JSON/);
    expect(() => parseArticleText('json', '[1, 2]')).toThrow(/expected an object/);
    expect(() => parseArticleText('json', '{"body": 3}')).toThrow(/"body" must be a string/);
  });
});

describe('HTML through a DOM adapter', () => {
  const page = `<!doctype html><html lang="en-GB"><head><title>Site | Lamp story</title>
      <meta property="og:site_name" content="Northern Lamp">
      <meta property="article:published_time" content="2026-01-15">
      <meta name="source-country" content="gb">
      <script>window.ran = true</script></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>Keepers return to the lighthouse</h1><p>By Ana Roe</p>
      <p>Two keepers moved back into the lighthouse this week, the first in thirty years, after the trust that owns it found money for repairs.</p>
      <p>"The lamp needs people as much as it needs power," said Ines Marrow, who trained them over the winter.</p>
      <p>Visitors will be able to climb the tower again from the summer, the trust said in a statement on Tuesday.</p>
      </article><footer>Copyright</footer></body></html>`;

  it('keeps the main text and metadata, drops page furniture and never runs scripts', () => {
    const released: Document[] = [];
    const parsed = parseHtml(page, { ...dom, release: (document) => released.push(document) });
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs[0]).toMatch(/^Two keepers moved back/);
    expect(parsed.paragraphs.join('\n')).not.toMatch(/Home|Copyright|By Ana Roe/);
    expect(toArticleInput('h', parsed)).toMatchObject({
      title: 'Keepers return to the lighthouse',
      source: { name: 'Northern Lamp', country: 'GB' },
      published: '2026-01-15',
      language: 'en-GB',
      byline: 'Ana Roe',
    });
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    expect(released.length).toBeGreaterThan(0);
  });

  it('says so when a page has no text', () => {
    expect(() => parseHtml('<html><body><script>1</script></body></html>', dom)).toThrow(
      /no main text/,
    );
  });

  it('needs an adapter: the core has no DOM of its own', () => {
    expect(() => parseArticleText('html', page)).toThrow(/DOM adapter/);
  });
});
