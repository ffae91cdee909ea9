import { InputError } from '@/core/input/errors';

/** The most text that is annotated: 1 MB (of UTF-8) keeps a worker run within seconds. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** An HTML page may be larger than its main text; above this even reading it is refused. */
export const MAX_HTML_FILE_BYTES = 5 * 1024 * 1024;

/** "1.2 MB", "340 KB": sizes as a reader reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** UTF-8 size of a string without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Throws an InputError when the text is empty or over the limit. */
export function checkTextSize(text: string): void {
  if (text.trim().length === 0) {
    throw new InputError('There is no text to annotate. Paste an article or choose a file.');
  }
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    throw new InputError(
      `This text is ${formatBytes(bytes)}; Broadsheet annotates up to ${formatBytes(MAX_TEXT_BYTES)} at a time. Import a shorter article or split it.`,
    );
  }
}
