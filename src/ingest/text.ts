/** Hashes for the ingest (Node's crypto). Slugs, paragraphs and excerpts live in src/core. */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string or bytes, cut to `length` characters. */
export function sha256(data: string | Uint8Array, length = 64): string {
  return createHash('sha256').update(data).digest('hex').slice(0, length);
}
