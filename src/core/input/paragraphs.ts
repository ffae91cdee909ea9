/** Paragraph handling shared by every input format. */

/**
 * Normalises a body to the form the engine and the app expect: paragraphs separated by one "\n",
 * whitespace inside a paragraph collapsed to single spaces, empty paragraphs dropped.
 */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n');
}

/** Splits text into paragraphs at blank lines (lines inside a paragraph are joined later). */
export function paragraphsFromBlankLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
}

/**
 * Splits text into paragraphs: at blank lines when it has any, else at every line break, which is
 * how text copied from a web page usually arrives.
 */
export function splitParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  return /\n[ \t]*\n/.test(normalised)
    ? paragraphsFromBlankLines(normalised)
    : normalised.split('\n');
}

/** A short first line without closing punctuation reads as a headline, not as body text. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 150 && !/[.!?:;,"”’]$/.test(text);
}
