/**
 * The text formats an article can arrive in (pasted text, .txt, .md, .json). Each returns the
 * metadata it found and the body's paragraphs; nothing here interprets markup as HTML.
 */
import { annotatedArticleSchema } from '@/core/schema';
import { InputError } from './limits';
import { looksLikeHeadline, splitParagraphs } from './paragraphs';
import type { ImportMeta, ParsedText } from './types';

/** Header keys a .txt may carry right after its title line ("Source: The Gazette"). */
const HEADER_KEYS: Record<string, keyof ImportMeta> = {
  published: 'published',
  date: 'published',
  source: 'outlet',
  outlet: 'outlet',
  byline: 'byline',
  author: 'byline',
  by: 'byline',
  language: 'language',
  url: 'url',
};

/** Pasted text or a .txt: a headline-like first paragraph becomes the title. */
export function parsePlainText(text: string): ParsedText {
  const paragraphs = splitParagraphs(text).filter((p) => p.trim().length > 0);
  const meta: ImportMeta = {};
  const first = paragraphs[0];
  if (first === undefined || paragraphs.length < 2) return { meta, paragraphs };
  const lines = first.split('\n');
  const headline = lines[0] ?? '';
  if (!looksLikeHeadline(headline)) return { meta, paragraphs };
  // The title's paragraph may continue with "Key: value" header lines; anything else is body.
  const rest: string[] = [];
  for (const line of lines.slice(1)) {
    const match = /^([A-Za-z-]+):\s*(.+)$/.exec(line.trim());
    const key = match ? HEADER_KEYS[match[1]?.toLowerCase() ?? ''] : undefined;
    if (match && key && rest.length === 0) meta[key] = match[2]?.trim();
    else rest.push(line);
  }
  meta.title = headline.trim();
  return { meta, paragraphs: [...(rest.length ? [rest.join('\n')] : []), ...paragraphs.slice(1)] };
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Removes the Markdown syntax a news text is likely to carry, keeping the words. A link's address
 * may hold balanced parentheses ("javascript:f(7)", Wikipedia's "a_(b)").
 */
function stripMarkdown(paragraph: string): string {
  return paragraph
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

/** Simple "key: value" front matter (the project's own files use no nested YAML). */
function parseFrontMatter(block: string): ImportMeta {
  const meta: ImportMeta = {};
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line.trim());
    const key = match ? HEADER_KEYS[match[1]?.toLowerCase() ?? ''] : undefined;
    if (/^title$/i.test(match?.[1] ?? '')) meta.title = unquote(match?.[2] ?? '');
    else if (key && match?.[2]) meta[key] = unquote(match[2]);
  }
  return meta;
}

function unquote(value: string): string {
  const text = value.trim();
  return /^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** Markdown, optionally with front matter; a leading "# Heading" is the title. */
export function parseMarkdown(text: string): ParsedText {
  let body = text.replace(/\r\n?/g, '\n');
  let meta: ImportMeta = {};
  const front = body.startsWith('---') ? FRONT_MATTER.exec(body) : null;
  if (front) {
    meta = parseFrontMatter(front[1] ?? '');
    body = body.slice(front[0].length);
  }
  let paragraphs = body.split(/\n[ \t]*\n/).filter((p) => p.trim().length > 0);
  const heading = /^\s*#\s+(.+)$/.exec(paragraphs[0] ?? '');
  if (heading && !meta.title) {
    meta = { ...meta, title: heading[1]?.trim() };
    paragraphs = paragraphs.slice(1);
  }
  return { meta, paragraphs: paragraphs.map((p) => stripMarkdown(p.trim())) };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The project's JSON: an annotated article as Broadsheet exports it, or the ingest's input form
 * `{ title, body (string or paragraphs), published|date, source (name or {name}), byline|author }`.
 */
export function parseJsonArticle(raw: string): ParsedText {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`This JSON file cannot be read: ${reason}.`);
  }
  const exported = annotatedArticleSchema.safeParse(data);
  if (exported.success) {
    const article = exported.data;
    return {
      meta: {
        title: article.title,
        published: article.published,
        outlet: article.source.name,
        ...(article.byline ? { byline: article.byline } : {}),
        ...(article.url ? { url: article.url } : {}),
        ...(article.language ? { language: article.language } : {}),
      },
      paragraphs: article.body.split('\n'),
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('This JSON file is not an article: expected an object with a "body".');
  }
  const record = data as Record<string, unknown>;
  const body = record.body;
  let paragraphs: string[];
  if (typeof body === 'string') paragraphs = splitParagraphs(body);
  else if (Array.isArray(body) && body.every((item) => typeof item === 'string')) paragraphs = body;
  else throw new InputError('This JSON file has no article text: "body" must be text.');
  const source = record.source;
  const outlet =
    text(source) ??
    (source && typeof source === 'object'
      ? text((source as Record<string, unknown>).name)
      : undefined);
  const meta: ImportMeta = {};
  const fields: [keyof ImportMeta, string | undefined][] = [
    ['title', text(record.title) ?? text(record.headline)],
    ['published', text(record.published) ?? text(record.date)],
    ['outlet', outlet],
    ['byline', text(record.byline) ?? text(record.author)],
    ['url', text(record.url)],
    ['language', text(record.language)],
  ];
  for (const [key, value] of fields) if (value) meta[key] = value;
  return { meta, paragraphs };
}
