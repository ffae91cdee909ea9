import type * as z from 'zod/mini';
import { DataFileError } from './errors';

/** Where the corpus is served from (public/data in the repository). */
export const DATA_ROOT = '/data/';

/**
 * Fetches `/data/<path>` and parses it with a zod schema (or one still loading: its module is
 * fetched beside the file).
 * Every failure throws an Error whose message names the file (and, for schema errors, the field).
 */
export async function fetchJson<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema | Promise<Schema>,
  init?: { signal?: AbortSignal },
): Promise<z.infer<Schema>> {
  const file = `${DATA_ROOT}${path}`;
  let response: Response;
  try {
    // Asking for JSON keeps SPA fallbacks from answering a missing file with index.html.
    response = await fetch(file, { headers: { Accept: 'application/json' }, signal: init?.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new DataFileError(file, `${file}: could not be fetched (${String(error)})`);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DataFileError(file, `${file}: the server answered ${status}`, response.status);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(file, `${file}: is not valid JSON`);
  }
  const result = (await schema).safeParse(json);
  if (!result.success) {
    // Loaded only when a file is broken: the messages are not part of the first screen's code.
    const { describeSchemaError } = await import('@/core/schemaErrors');
    throw new DataFileError(file, describeSchemaError(result.error, file));
  }
  return result.data;
}
