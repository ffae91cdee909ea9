/**
 * The front page's files, built from the index records in the feed's order (newest first; a
 * record's position is its doc number). Pure: the ingest and the stand-in corpus name and write
 * what these return. Formats: schema.ts (facetSetsFileSchema, docKeysFileSchema).
 */
// From the schema's modules, not its barrel (../schema): the front page loads this module with its
// facet engine, and the barrel would bring the article schemas, which zod builds as they load.
import { FACET_COLUMNS, type FacetColumnName, type IndexRecord } from '../schemaCorpus';
import type { DocKeysFile, FacetSetsFile } from '../schemaFeedFiles';
import { SCHEMA_VERSION } from '../schemaVersion';
import { byCodeUnit } from '../search/postings';
import { encodeDocSets } from './docSets';
import { ByteWriter, zigzag } from './varint';

/** Records per page of the list (`manifest.pages`): a card needs one page, a screen one or two. */
export const PAGE_SIZE = 100;
/** Records in the manifest itself (`feed.head`): more than any first screen shows. */
export const HEAD_SIZE = 10;

/** The values a record has in each facet column. */
export const COLUMN_VALUES: Record<FacetColumnName, (record: IndexRecord) => readonly string[]> = {
  about: (record) => record.about,
  mentions: (record) => record.mentions,
  topic: (record) => record.topics,
  person: (record) => record.people,
  source: (record) => [record.source],
};

/** One file per facet column: every value, most articles first, with its set of docs. */
export function facetSetsFiles(records: readonly IndexRecord[]): FacetSetsFile[] {
  return FACET_COLUMNS.map((column) => {
    const sets = new Map<string, number[]>();
    records.forEach((record, doc) => {
      for (const value of COLUMN_VALUES[column](record)) {
        if (value === '') continue;
        const docs = sets.get(value);
        if (!docs) sets.set(value, [doc]);
        else if (docs[docs.length - 1] !== doc) docs.push(doc);
      }
    });
    const size = (value: string) => sets.get(value)?.length ?? 0;
    const values = [...sets.keys()].sort((a, b) => size(b) - size(a) || byCodeUnit(a, b));
    return {
      schemaVersion: SCHEMA_VERSION,
      format: 'broadsheet-docsets/1',
      column,
      docs: records.length,
      values,
      sets: encodeDocSets(values.map((value) => sets.get(value) ?? [])),
    };
  });
}

/** Minutes since 1970, kept within ±2^30 (about ±2,000 years) so every varint fits. */
const LIMIT = 2 ** 30;
export const minutesOf = (time: number): number =>
  Math.max(-LIMIT, Math.min(LIMIT, Math.floor(time / 60_000)));

/** Quote counts and dates of every doc, for the "most quoted" order and placing imports. */
export function docKeysFile(records: readonly IndexRecord[]): DocKeysFile {
  const quotes = new ByteWriter();
  for (const record of records) quotes.varint(record.quoteCount);
  const minutes = new ByteWriter();
  let dated = 0;
  let previous = 0;
  for (const record of records) {
    const time = Date.parse(record.published);
    // Dated records come first in the feed's order; the first without a date ends them.
    if (Number.isNaN(time)) break;
    const minute = minutesOf(time);
    minutes.varint(zigzag(minute - previous));
    previous = minute;
    dated++;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    format: 'broadsheet-keys/1',
    docs: records.length,
    quotes: quotes.base64(),
    dated,
    minutes: minutes.base64(),
  };
}

/** The records split into pages of `size`, in order (an empty corpus has no page). */
export function pagesOf<T>(records: readonly T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < records.length; start += size)
    pages.push(records.slice(start, start + size));
  return pages;
}
