import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '@/lib/imported/input/limits';
import { decodeText, formatOf, looksBinary, readArticleFile } from './readArticleFile';

const file = (content: BlobPart, name: string, type = '') => new File([content], name, { type });

describe('readArticleFile', () => {
  it('knows formats by extension, then by type', () => {
    expect(formatOf({ name: 'a.MD', type: '' })).toBe('md');
    expect(formatOf({ name: 'page.htm', type: '' })).toBe('html');
    expect(formatOf({ name: 'clipboard', type: 'text/plain' })).toBe('txt');
    expect(formatOf({ name: 'photo.jpg', type: 'image/jpeg' })).toBeUndefined();
  });

  it('reads UTF-8 text, and old single-byte text as Windows-1252', async () => {
    expect(await readArticleFile(file('Caf\u00e9 "talk"', 'a.txt'))).toEqual({
      format: 'txt',
      text: 'Caf\u00e9 "talk"',
    });
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Caf\u00e9');
  });

  it('sniffs binary content whatever the name says', () => {
    expect(looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toBe(true);
    expect(looksBinary(new Uint8Array([0x61, 0x00, 0x62]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('plain\ttext\r\n'))).toBe(false);
  });

  it('refuses unknown types, empty, binary and oversized files, naming the file', async () => {
    await expect(readArticleFile(file('x', 'scan.pdf', 'application/pdf'))).rejects.toThrow(
      /“scan\.pdf” is not a file Broadsheet can read/,
    );
    await expect(readArticleFile(file('', 'empty.txt'))).rejects.toThrow(/“empty\.txt” is empty/);
    await expect(
      readArticleFile(file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'photo.txt')),
    ).rejects.toThrow(/“photo\.txt” is not text/);
    await expect(readArticleFile(file('a'.repeat(MAX_TEXT_BYTES + 10), 'long.md'))).rejects.toThrow(
      /“long\.md” is 1\.0 MB; Broadsheet annotates up to 1\.0 MB/,
    );
  });
});
