import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFor, decodeBody } from './charset';

const TEXT = '“Un apprenti payé 950 €,” dit Étienne.';
const cp1252 = (text: string) => new Uint8Array(iconv.encode(text, 'windows-1252'));

describe('decodeBody', () => {
  it('decodes windows-1252 declared in the header, quotation marks and euro included', () => {
    expect(decodeBody(cp1252(TEXT), 'text/html; charset=windows-1252')).toBe(TEXT);
  });

  it('reads the charset from <meta> or the XML declaration when the header names none', () => {
    const page = `<html><head><meta charset="windows-1252"></head><body>${TEXT}</body></html>`;
    expect(decodeBody(cp1252(page), 'text/html')).toBe(page);
    const xml = `<?xml version="1.0" encoding="windows-1252"?><rss><title>${TEXT}</title></rss>`;
    expect(charsetFor(cp1252(xml), 'application/rss+xml')).toBe('windows-1252');
  });

  it('reads ISO-8859-1 as windows-1252, as browsers do', () => {
    expect(decodeBody(cp1252(TEXT), 'text/html; charset=ISO-8859-1')).toBe(TEXT);
  });

  it('defaults to UTF-8 and drops a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeBody(bytes, '')).toBe(TEXT);
  });

  it('names a character set it does not know', () => {
    expect(() => decodeBody(new Uint8Array([65]), 'text/html; charset=x-klingon')).toThrow(
      'unknown character set "x-klingon"',
    );
  });
});
