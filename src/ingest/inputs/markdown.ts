/** Markdown with YAML front matter: `---`, YAML, `---`, then paragraphs separated by blank lines. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ArticleInput } from '../../core/schema';
import { paragraphsFromBlankLines } from '../text';
import { InputError, toArticleInput, type LooseMetadata } from './metadata';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Removes the Markdown syntax a news text is likely to carry, keeping the words. A link's address
 * may hold balanced parentheses ("javascript:f(7)", Wikipedia's "a_(b)").
 */
function stripMarkdown(paragraph: string): string {
  return paragraph
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=[\s).,;:!?]|$)/g, '$1$2');
}

export function parseMarkdown(id: string, text: string): ArticleInput {
  const normalised = text.replace(/\r\n?/g, '\n');
  let metadata: LooseMetadata = {};
  let body = normalised;
  if (normalised.startsWith('---')) {
    const match = FRONT_MATTER.exec(normalised);
    if (!match) throw new InputError('invalid front matter: no closing "---" line');
    let data: unknown;
    try {
      data = parseYaml(match[1] ?? '');
    } catch (error) {
      const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
      throw new InputError(`invalid front matter: ${reason}`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new InputError('invalid front matter: expected "key: value" pairs');
    }
    metadata = data as LooseMetadata;
    body = normalised.slice(match[0].length);
  }
  let paragraphs = paragraphsFromBlankLines(body);
  // Without front matter a leading "# Heading" serves as the title.
  if (metadata.title === undefined) {
    const heading = /^\s*#\s+(.+)$/m.exec(paragraphs[0] ?? '');
    if (heading && paragraphs[0]?.trim().startsWith('#')) {
      metadata = { ...metadata, title: heading[1] };
      paragraphs = paragraphs.slice(1);
    }
  }
  return toArticleInput(id, metadata, paragraphs.map(stripMarkdown));
}
