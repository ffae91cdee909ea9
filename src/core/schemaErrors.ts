/**
 * Plain-English messages for schema errors, naming the file and field. A module apart from the
 * schemas so a page loads it only when a file fails (see lib/fetchJson.ts).
 * zod/mini leaves messages at "Invalid input" unless a locale is loaded (classic zod's English locale would weigh more than this file); the issues
 * themselves say what was expected, so the message is written from them.
 */
import type * as z from 'zod/mini';

const GENERIC = 'Invalid input';

const show = (value: unknown): string =>
  typeof value === 'string'
    ? `"${value}"`
    : typeof value === 'bigint'
      ? `${value}n`
      : String(value);

/** What one issue means, e.g. `expected string` or `must have at least 1 character`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  // A message the schema wrote itself ("an ISO 3166-1 alpha-2 code") says it best.
  if (issue.message && issue.message !== GENERIC) {
    return issue.code === 'invalid_format' ? `expected ${issue.message}` : issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${show(issue.values[0])}`
        : `expected one of ${issue.values.map(show).join(', ')}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const exact =
        issue.inclusive === false ? (issue.code === 'too_small' ? 'more than' : 'less than') : word;
      if (issue.origin === 'string') return `must have ${exact} ${show(bound)} character(s)`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have ${exact} ${show(bound)} item(s)`;
      return `must be ${exact} ${show(bound)}`;
    }
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'unrecognized_keys':
      return `unexpected key(s) ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'invalid_element':
      return 'has an invalid element';
    case 'not_multiple_of':
      return `must be a multiple of ${show(issue.divisor)}`;
    default:
      return GENERIC;
  }
}

/** Formats a zod error as "field.path: message" lines, naming the file when given. */
export function describeSchemaError(error: z.core.$ZodError, file?: string): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${path}: ${describeIssue(issue)}`;
  });
  return `${file ? `${file}: ` : ''}${lines.join('; ')}`;
}
