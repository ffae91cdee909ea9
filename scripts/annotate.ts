/**
 * `npm run --silent annotate -- FILE`: prints the annotated article as JSON on standard output.
 * FILE is a `.txt` body (one paragraph per line), a `.json` article `{ title, body, … }`, or `-`
 * for standard input (read as a JSON article when it parses as an object with a body, else as
 * text). Any bad input gives one line on standard error, exit code 1 and nothing on standard out;
 * a failure of the engine itself does the same with exit code 2. When a limit of the engine
 * applied (core/limits.ts), the article is printed and one line on standard error says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate, AnnotationError } from '../src/core/annotate';
import { describeLimit } from '../src/core/limits';
import { articleInputSchema, type ArticleInput } from '../src/core/schema';

class InputError extends Error {}

function readSource(file: string): string {
  try {
    // A byte-order mark is an encoding artefact, not part of the article.
    return readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot be read (${code ?? (error as Error).message})`;
    throw new InputError(reason);
  }
}

/** Zod's first issue as a short phrase: `missing field "body"`, `"title": expected string…`. */
function describeIssue(
  value: object,
  error: { issues: { path: PropertyKey[]; message: string; code?: string }[] },
): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid article';
  const field = issue.path.map(String).join('.');
  const top = issue.path[0];
  if (issue.code === 'invalid_type' && typeof top === 'string' && !(top in value)) {
    return `missing field "${field}"`;
  }
  return field ? `"${field}": ${issue.message}` : issue.message;
}

function parseJsonArticle(text: string): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('invalid article: the JSON must be an object with a "body" string');
  }
  const parsed = articleInputSchema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(`invalid article: ${describeIssue(value, parsed.error)}`);
  }
  return parsed.data;
}

/** Standard input is JSON only when it is an object with a body; anything else is plain text. */
function looksLikeJsonArticle(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'body' in value;
  } catch {
    return false;
  }
}

/** A text file's body: one paragraph per line, Windows line ends normalised, final newline dropped. */
function textBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}

function loadArticle(file: string): ArticleInput {
  const text = readSource(file);
  if (text.trim().length === 0) throw new InputError('empty input');
  const isJson =
    file === '-' ? looksLikeJsonArticle(text) : path.extname(file).toLowerCase() === '.json';
  const article = isJson ? parseJsonArticle(text) : { body: textBody(text) };
  if (article.body.trim().length === 0) throw new InputError('the article body is empty');
  return article;
}

export function main(args: string[]): number {
  const files = args.filter((arg) => arg !== '--');
  const file = files[0];
  if (files.length !== 1 || file === undefined) {
    process.stderr.write(
      'usage: npm run --silent annotate -- FILE (.txt, .json, or - for stdin)\n',
    );
    return 1;
  }
  const name = file === '-' ? 'standard input' : file;
  const say = (reason: string) =>
    process.stderr.write(`annotate: ${name}: ${reason.replace(/\s+/g, ' ')}\n`);
  try {
    const annotated = annotate(loadArticle(file));
    process.stdout.write(`${JSON.stringify(annotated, null, 2)}\n`);
    for (const limit of annotated.limits ?? []) say(describeLimit(limit));
    return 0;
  } catch (error) {
    if (error instanceof AnnotationError) {
      say(`the annotation engine failed on it (${String(error.cause)})`);
      return 2;
    }
    say(error instanceof InputError ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A reader that stops early (`| head`) closes the pipe: not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
