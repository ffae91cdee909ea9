/** Ids of articles a reader imported start with this prefix, so they never collide with the corpus. */
export const IMPORTED_PREFIX = 'mine-';

/** The feed source that every imported article belongs to. */
export const MY_ARTICLES_SOURCE = { id: 'my-articles', name: 'My articles' } as const;

export function isImportedId(id: string): boolean {
  return id.startsWith(IMPORTED_PREFIX);
}

/** A fresh id: time-ordered (base 36 milliseconds) plus randomness, safe in URLs and file names. */
export function newImportedId(now: number = Date.now()): string {
  const random = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
  return `${IMPORTED_PREFIX}${now.toString(36)}-${random}`;
}
