import { describe, expect, it } from 'vitest';
import { InputError } from '@/core/input/errors';
import { buildArticleInput, normaliseDate } from './buildInput';
import { MAX_TEXT_BYTES, utf8Length } from './limits';

describe('buildArticleInput', () => {
  it('lets the form win over the file, and the file over the defaults', () => {
    const input = buildArticleInput(
      {
        format: 'txt',
        text: 'File headline\nSource: File Outlet\n\nThe body.',
        meta: { title: '  ', outlet: 'Form Outlet', published: '2026-02-03' },
      },
      'mine-x',
    );
    expect(input).toEqual({
      id: 'mine-x',
      title: 'File headline',
      body: 'The body.',
      published: '2026-02-03',
      source: { name: 'Form Outlet' },
    });
  });

  it('takes HTML-derived metadata where the form is empty', () => {
    const input = buildArticleInput({
      format: 'html',
      parsed: {
        meta: { title: 'From the page', source: 'Page Outlet', byline: 'A. Writer' },
        paragraphs: ['One.', 'Two.'],
      },
      meta: {},
    });
    expect(input).toMatchObject({
      title: 'From the page',
      body: 'One.\nTwo.',
      source: { name: 'Page Outlet' },
      byline: 'A. Writer',
    });
    expect(input.id).toMatch(/^mine-/);
  });

  it('names an untitled article after its first words and files it under My articles', () => {
    const input = buildArticleInput({
      format: 'paste',
      text: 'A single paragraph that runs on and on about the harbour, the boats and the weather this week.',
      meta: {},
    });
    expect(input.title).toBe(
      'A single paragraph that runs on and on about the harbour, the boats and the…',
    );
    expect(input.source).toEqual({ name: 'My articles' });
  });

  it('refuses empty and oversized text with messages for the reader', () => {
    expect(() => buildArticleInput({ format: 'paste', text: ' \n ', meta: {} })).toThrow(
      InputError,
    );
    const big = 'x'.repeat(MAX_TEXT_BYTES + 1);
    expect(() => buildArticleInput({ format: 'paste', text: big, meta: {} })).toThrow(
      /1\.0 MB; Broadsheet annotates up to 1\.0 MB/,
    );
    expect(() =>
      buildArticleInput({ format: 'md', text: '---\ntitle: x\n---\n', meta: {} }),
    ).toThrow(/no article text/);
  });

  it('mends what the ingest would refuse: no title, an unreadable date, a bad country', () => {
    const input = buildArticleInput(
      {
        format: 'md',
        text: '---\npublished: last Tuesday\nsource: { name: Outlet, country: Kenya }\n---\nThe body.',
        meta: {},
      },
      'mine-y',
    );
    expect(input).toEqual({
      id: 'mine-y',
      title: 'The body.',
      body: 'The body.',
      published: '',
      source: { name: 'Outlet' },
    });
  });

  it('names the file in the reason a file cannot be read', () => {
    expect(() =>
      buildArticleInput({ format: 'json', text: '{oops', meta: {}, fileName: 'a.json' }),
    ).toThrow(/^“a\.json” cannot be read: invalid JSON: .*\.$/);
  });

  it('keeps real dates only', () => {
    expect(normaliseDate('2026-02-28')).toBe('2026-02-28');
    expect(normaliseDate('2026-02-30')).toBeUndefined();
    expect(normaliseDate('2026-03-01 09:30')).toBe('2026-03-01T09:30');
    expect(normaliseDate('last Tuesday')).toBeUndefined();
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
