import { wordSpans } from '@/core/search/tokenize';

/** A run of card text; `marked` runs are words the search matched. */
export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into plain and marked runs, marking each word whose normalised form is in
 * `terms` (FeedResult.matchedTerms). Render runs as text nodes (`<mark>` for marked ones):
 * never as HTML. Without terms the whole text is one plain run.
 */
export function markMatches(text: string, terms: ReadonlySet<string> | null): TextRun[] {
  if (!terms || terms.size === 0 || text === '')
    return text === '' ? [] : [{ text, marked: false }];
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const span of wordSpans(text)) {
    if (!terms.has(span.term)) continue;
    if (span.start > cursor) runs.push({ text: text.slice(cursor, span.start), marked: false });
    runs.push({ text: text.slice(span.start, span.end), marked: true });
    cursor = span.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), marked: false });
  return runs;
}
