import type { IndexRecord } from '@/core/schema';
import type { ImportedRecord } from './record';

// Its own module: the front page needs this mapping, not the rest of record.ts.
/** Only the IndexRecord fields (what the feed's zod schema and index expect). */
export function toIndexRecord(record: ImportedRecord): IndexRecord {
  const {
    importedAt: _importedAt,
    outlet: _outlet,
    speakers: _s,
    personNames: _p,
    entityCount: _e,
    ...rest
  } = record;
  return rest;
}
