import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInput } from './parseInput';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/ingest');
const read = (path: string): Buffer => readFileSync(join(FIXTURES, path));

describe('parseInput: good input of each format', () => {
  it('reads Markdown with YAML front matter', () => {
    const article = parseInput('ferry', '.md', read('good/harbour-ferry-timetable.md'));
    expect(article).toMatchObject({
      id: 'ferry',
      title: 'Harbour ferry timetable to change as new vessels arrive',
      published: '2026-05-04',
      source: { name: 'Test Harbour Wire', country: 'NZ' },
      byline: 'Aroha Tane',
      language: 'en',
    });
    // Paragraphs joined by one newline; lines inside a paragraph joined by a space.
    expect(article.body.split('\n')).toHaveLength(2);
    expect(article.body).toContain('transport manager. It is the first change');
  });

  it('reads plain text with a title line and header lines', () => {
    const article = parseInput('wheat', '.txt', read('good/plateau-wheat-harvest.txt'));
    expect(article).toMatchObject({
      title: 'Plateau wheat harvest beats forecasts after late rains',
      published: '2026-07-21',
      source: { name: 'Test Highland Radio', country: 'ET' },
      byline: 'Selam Bekele',
    });
    expect(article.body.startsWith('Farmers on the plateau')).toBe(true);
  });

  it('reads JSON articles', () => {
    const article = parseInput('port', '.json', read('good/river-port-dredging.json'));
    expect(article.published).toBe('2026-03-09T08:00:00Z');
    expect(article.source).toEqual({ name: 'Test Delta Post', country: 'BD' });
    expect(article.body).toBe(
      'Dredging of the river port at Mongla will begin next month, port officials said.\nThe work is expected to take three months.',
    );
  });

  it('reduces a Markdown link whose address holds parentheses to its words, no stray ")"', () => {
    const text =
      '---\ntitle: T\n---\nRead [the notice](javascript:f(7)) and [the map](https://example.org/a_(b) "Map").\n\n![plan](x(1).png) attached.';
    expect(parseInput('x', '.md', Buffer.from(text)).body).toBe(
      'Read the notice and the map.\nplan attached.',
    );
  });

  it('extracts the main text of HTML without running its scripts or keeping boilerplate', () => {
    const article = parseInput('wind', '.html', read('good/coastal-wind-tender.html'));
    expect(article.title).toBe('Coastal wind tender draws record number of bids');
    expect(article.source).toEqual({ name: 'Test Coast Journal', country: 'PT' });
    expect(article.published).toBe('2026-02-12');
    expect(article.body.split('\n')).toHaveLength(3);
    expect(article.body).not.toMatch(/Subscribe|Cookie|SCRIPT|Home/);
    expect((globalThis as { __ingestScriptRan?: boolean }).__ingestScriptRan).toBeUndefined();
  });
});

describe('parseInput: bad input is rejected with a reason', () => {
  const cases: [string, string, RegExp][] = [
    ['bad/unclosed-front-matter.md', '.md', /front matter: no closing/],
    ['bad/broken-yaml.md', '.md', /invalid front matter/],
    ['bad/missing-title.md', '.md', /missing title/],
    ['bad/impossible-date.md', '.md', /no such day/],
    ['bad/not-a-date.txt', '.txt', /invalid date "last Tuesday"/],
    ['bad/blank.md', '.md', /empty file/],
  ];
  it.each(cases)('%s', (path, extension, reason) => {
    expect(() => parseInput('x', extension, read(path))).toThrow(reason);
  });

  it('rejects invalid JSON', () => {
    expect(() => parseInput('x', '.json', Buffer.from('{ "title": "T", "body": "B"'))).toThrow(
      /invalid JSON/,
    );
  });

  it('rejects an empty file', () => {
    expect(() => parseInput('x', '.md', new Uint8Array())).toThrow(/empty file/);
  });

  it('rejects binary content and invalid UTF-8', () => {
    expect(() => parseInput('x', '.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toThrow(
      /not a text file/,
    );
    expect(() => parseInput('x', '.txt', Uint8Array.from([0x54, 0xff, 0xfe, 0x41]))).toThrow(
      /invalid UTF-8/,
    );
  });

  it('rejects a source country that is not an ISO code', () => {
    const text = '---\ntitle: T\nsource: { name: Outlet, country: Kenya }\n---\nBody.';
    expect(() => parseInput('x', '.md', Buffer.from(text))).toThrow(/alpha-2/);
  });
});
