/**
 * Markdown (.md, .markdown): optional YAML front matter (`---`, YAML, `---`), then paragraphs
 * separated by blank lines. Without a title in the front matter, a leading "# Heading" is the title.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { InputError } from './errors';
import { metadataOf, type LooseMetadata, type ParsedArticle } from './metadata';
import { paragraphsFromBlankLines } from './paragraphs';

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
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/gm, '$1$3');
}

function frontMatter(block: string): LooseMetadata {
  let data: unknown;
  try {
    data = parseYaml(block);
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new InputError(`invalid front matter: ${reason}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('invalid front matter: expected "key: value" pairs');
  }
  return metadataOf(data as Record<string, unknown>);
}

export function parseMarkdown(text: string): ParsedArticle {
  const normalised = text.replace(/\r\n?/g, '\n');
  let meta: LooseMetadata = {};
  let body = normalised;
  if (normalised.startsWith('---')) {
    const match = FRONT_MATTER.exec(normalised);
    if (!match) throw new InputError('invalid front matter: no closing "---" line');
    meta = frontMatter(match[1] ?? '');
    body = normalised.slice(match[0].length);
  }
  let paragraphs = paragraphsFromBlankLines(body).filter((p) => p.trim().length > 0);
  const heading = /^\s*#\s+(.+)$/m.exec(paragraphs[0] ?? '');
  if (meta.title === undefined && heading && paragraphs[0]?.trim().startsWith('#')) {
    meta = { ...meta, title: heading[1]?.trim() };
    paragraphs = paragraphs.slice(1);
  }
  return { meta, paragraphs: paragraphs.map((paragraph) => stripMarkdown(paragraph.trim())) };
}
