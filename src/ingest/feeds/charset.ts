/**
 * Bytes of a page or feed -> text, in the character set it declares: the Content-Type header
 * first, then a byte order mark, then the document's own declaration (`<meta charset>`,
 * `<meta http-equiv="Content-Type">`, `<?xml encoding>`) in its first 1,024 bytes, else UTF-8.
 * Decoding goes through iconv-lite, because Node 20's TextDecoder maps windows-1252's 0x80–0x9F
 * to control characters where pages have € “ ” ‘ ’ (the quotation marks the quote finder needs).
 */
import iconv from 'iconv-lite';
import { FetchFailure } from './http/fetchFailure';

function charsetOf(text: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(text)?.[1];
}

/** The charset the document itself declares near its start, if any. */
function declaredInDocument(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (xml) return xml;
  const metaCharset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  return metaCharset;
}

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The character set to decode with. */
export function charsetFor(bytes: Uint8Array, contentType: string): string {
  return (
    charsetOf(contentType) ??
    fromBom(bytes) ??
    declaredInDocument(bytes) ??
    'utf-8'
  ).toLowerCase();
}

/** Decodes `bytes` in their character set; an unknown set is a failure naming it. */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  let charset = charsetFor(bytes, contentType);
  // As browsers do (WHATWG Encoding): a page labelled Latin-1 is really windows-1252.
  if (charset === 'iso-8859-1' || charset === 'latin1' || charset === 'us-ascii') {
    charset = 'windows-1252';
  }
  if (!iconv.encodingExists(charset)) {
    throw new FetchFailure(`unknown character set "${charset}"`);
  }
  return iconv.decode(Buffer.from(bytes), charset).replace(/^\uFEFF/, '');
}
