/**
 * Reads a dropped or chosen file as article text, refusing what cannot be an article: unknown
 * types, empty files, files over the size limit and binary content (sniffed, not trusted from
 * the name).
 */
import { InputError } from '@/core/input/errors';
import { decodeUtf8, formatOfExtension, type ArticleFormat } from '@/core/input/formats';
import { formatBytes, MAX_HTML_FILE_BYTES, MAX_TEXT_BYTES } from '@/lib/imported/input/limits';

const BY_MIME: Record<string, ArticleFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
  'application/json': 'json',
};

/** What the file picker offers. */
export const ACCEPTED_FILES =
  '.txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json';

export function formatOf(file: Pick<File, 'name' | 'type'>): ArticleFormat | undefined {
  const extension = /\.[A-Za-z0-9]+$/.exec(file.name)?.[0] ?? '';
  return formatOfExtension(extension) ?? BY_MIME[file.type.split(';')[0]?.trim() ?? ''];
}

/** Signatures of common binary formats that might be renamed to .txt. */
const MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
];

/** True for bytes that are not text: a known binary signature, NUL bytes or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((magic) => magic.every((byte, i) => bytes[i] === byte))) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, form feed and carriage return are text; other C0 bytes are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/** UTF-8 (with or without a byte-order mark); text in an old single-byte encoding as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return decodeUtf8(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export interface FileText {
  format: ArticleFormat;
  text: string;
}

/** Reads the file; throws an InputError whose message says why a file is refused. */
export async function readArticleFile(file: File): Promise<FileText> {
  const name = `“${file.name}”`;
  const format = formatOf(file);
  if (!format) {
    throw new InputError(
      `${name} is not a file Broadsheet can read. Choose a .txt, .md, .html or .json file.`,
    );
  }
  if (file.size === 0) throw new InputError(`${name} is empty: there is nothing to annotate.`);
  const limit = format === 'html' ? MAX_HTML_FILE_BYTES : MAX_TEXT_BYTES;
  if (file.size > limit) {
    throw new InputError(
      `${name} is ${formatBytes(file.size)}; Broadsheet annotates up to ${formatBytes(limit)}${format === 'html' ? ' of HTML' : ''} at a time. Import a shorter article.`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes)) {
    throw new InputError(
      `${name} is not text (it looks like a binary file, such as an image, PDF or archive). Broadsheet reads plain text, Markdown, HTML and JSON.`,
    );
  }
  return { format, text: decodeText(bytes) };
}
