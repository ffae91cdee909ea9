/**
 * A problem with one article input (a content file, a dropped file, pasted text). The ingest shows
 * the message next to the file's path; the import page shows it to the reader as it is.
 */
export class InputError extends Error {
  override name = 'InputError';
}
