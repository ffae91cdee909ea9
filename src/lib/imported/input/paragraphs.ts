/** Paragraph handling shared by the text formats. */

/** Paragraphs separated by one "\n", whitespace inside each collapsed, empty ones dropped. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n');
}

/**
 * Splits text into paragraphs: at blank lines when it has any (lines inside a paragraph are
 * joined), else at every line break, which is how text copied from a web page usually arrives.
 */
export function splitParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  return /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n');
}

/** A short first line without closing punctuation reads as a headline, not as body text. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 150 && !/[.!?:;,"”’]$/.test(text);
}
