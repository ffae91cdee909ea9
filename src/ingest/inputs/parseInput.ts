/** Reads one input file's bytes into an ArticleInput, whatever its format (parsers: src/core/input). */
import { InputError } from '../../core/input/errors';
import {
  ARTICLE_EXTENSIONS,
  decodeUtf8,
  formatOfExtension,
  parseArticleText,
} from '../../core/input/formats';
import { toArticleInput } from '../../core/input/metadata';
import type { ArticleInput } from '../../core/schema';
import { jsdomAdapter } from './jsdomAdapter';

/** Bumped when parsing changes what an input turns into, so cached annotations are redone. */
export const PARSER_VERSION = '2';

export const INPUT_EXTENSIONS = ARTICLE_EXTENSIONS;

export function parseInput(id: string, extension: string, bytes: Uint8Array): ArticleInput {
  const format = formatOfExtension(extension);
  if (!format) throw new InputError(`unsupported file type "${extension}"`);
  return toArticleInput(id, parseArticleText(format, decodeUtf8(bytes), jsdomAdapter));
}
