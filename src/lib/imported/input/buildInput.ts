/** Turns an import request (text, format, form fields) into the engine's ArticleInput. */
import type { ArticleInput } from '@/core/schema';
import { newImportedId } from '../ids';
import { parseJsonArticle, parseMarkdown, parsePlainText } from './formats';
import { checkTextSize, InputError } from './limits';
import { joinParagraphs, splitParagraphs } from './paragraphs';
import type { ImportMeta, ImportRequest, ParsedText } from './types';

const UNTITLED_LENGTH = 80;

function parse(request: ImportRequest): ParsedText {
  switch (request.format) {
    case 'md':
      return parseMarkdown(request.text);
    case 'json':
      return parseJsonArticle(request.text);
    case 'html-text':
      return { meta: {}, paragraphs: splitParagraphs(request.text) };
    case 'paste':
    case 'txt':
      return parsePlainText(request.text);
  }
}

/** An ISO date (YYYY-MM-DD, or a date-time) that names a real day, else undefined. */
export function normaliseDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return undefined;
  return text.replace(' ', 'T');
}

/** The first words of the body, for an article that has no title. */
function titleFromBody(body: string): string {
  const first = body.split('\n', 1)[0] ?? '';
  if (first.length <= UNTITLED_LENGTH) return first;
  const cut = first.slice(0, UNTITLED_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Form fields win; then what the file said; blanks count as missing. */
function pick(key: keyof ImportMeta, ...sources: (ImportMeta | undefined)[]): string | undefined {
  for (const source of sources) {
    const value = source?.[key]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Throws an InputError (with a message for the reader) for empty or oversized text. */
export function buildArticleInput(request: ImportRequest, id = newImportedId()): ArticleInput {
  checkTextSize(request.text);
  const parsed = parse(request);
  const body = joinParagraphs(parsed.paragraphs);
  if (!body) throw new InputError('There is no article text to annotate in this input.');
  checkTextSize(body);
  const sources = [request.meta, parsed.meta, request.fileMeta];
  const title = pick('title', ...sources)?.replace(/\s+/g, ' ') ?? titleFromBody(body);
  const published = normaliseDate(pick('published', ...sources)) ?? '';
  const byline = pick('byline', ...sources);
  const url = pick('url', ...sources);
  const language = pick('language', ...sources);
  return {
    id,
    title,
    body,
    published,
    source: { name: pick('outlet', ...sources) ?? 'My articles' },
    ...(byline ? { byline } : {}),
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  };
}
