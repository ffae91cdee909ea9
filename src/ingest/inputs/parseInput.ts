/** Reads one input file's bytes into an ArticleInput, whatever its format. */
import type { ArticleInput } from '../../core/schema';
import { parseHtml } from './html';
import { parseJsonArticle } from './json';
import { parseMarkdown } from './markdown';
import { InputError } from './metadata';
import { parsePlainText } from './plainText';

type Parser = (id: string, text: string) => ArticleInput;

const PARSERS: Record<string, Parser> = {
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.txt': parsePlainText,
  '.json': parseJsonArticle,
  '.html': parseHtml,
  '.htm': parseHtml,
};

/** Bumped when parsing changes what an input turns into, so cached annotations are redone. */
export const PARSER_VERSION = '1';

export const INPUT_EXTENSIONS = Object.keys(PARSERS);

/** Decodes bytes as UTF-8 text, rejecting empty files and anything binary. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.includes(0)) throw new InputError('not a text file (binary content)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not a text file (invalid UTF-8)');
  }
  if (text.trim() === '') throw new InputError('empty file');
  return text.replace(/^\uFEFF/, '');
}

export function parseInput(id: string, extension: string, bytes: Uint8Array): ArticleInput {
  const parser = PARSERS[extension.toLowerCase()];
  if (!parser) throw new InputError(`unsupported file type "${extension}"`);
  return parser(id, decodeText(bytes));
}
