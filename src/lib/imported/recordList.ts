/**
 * The imported articles' feed records, as the store keeps them (store.ts): all the front page
 * reads of the store, on every visit. A module of its own because the rest of the store brings
 * the article schemas and the record builder, and zod builds every schema of a module as it
 * loads: on a slow phone, a long task after the first cards for articles nobody opened.
 */
import * as z from 'zod/mini';
import { indexRecordSchema } from '@/core/schemaCorpus';
import { toStorageError } from './errors';
import type { ImportedRecord } from './record';
import { appBackend, type KeyValueBackend } from './storage';

export const importedRecordSchema = z.extend(indexRecordSchema, {
  importedAt: z.string(),
  outlet: z.string(),
  speakers: z.array(z.string()),
  personNames: z.optional(z.array(z.string())),
  entityCount: z.int().check(z.nonnegative()),
});

/** The prefix of the records' keys (`record:<id>`; the articles are `article:<id>`). */
export const RECORD_PREFIX = 'record:';

/** Every record in `backend`, newest import first; unreadable entries are skipped. */
export async function listRecordsIn(backend: KeyValueBackend): Promise<ImportedRecord[]> {
  let values: unknown[];
  try {
    const recordKeys = (await backend.keys()).filter((key) => key.startsWith(RECORD_PREFIX));
    values = await backend.getMany(recordKeys);
  } catch (error) {
    throw toStorageError(error, 'read');
  }
  return (
    values
      .flatMap((value) => {
        const parsed = importedRecordSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      })
      // ISO times sort by plain comparison; localeCompare would load the collation tables.
      .sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0))
  );
}

/**
 * The feed's hook: one IndexRecord-shaped record per imported article, source "my-articles"
 * (MY_ARTICLES_SOURCE), newest import first. Pass them to `FeedIndex.add` beside the shards.
 */
export function listImportedRecords(): Promise<ImportedRecord[]> {
  return listRecordsIn(appBackend);
}
