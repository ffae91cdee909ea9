import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  searchBucketFileSchema,
  searchBucketsFileSchema,
  type AnnotatedArticle,
} from '../../core/schema';
import { bucketKey, bucketOf } from '../../core/search/buckets';
import { decodePostingLists } from '../../core/search/postings';
import { SearchIndexWriter } from './searchIndex';
import { StagingFolder } from './staging';

const article = (id: string, title: string, speaker: string): AnnotatedArticle => ({
  schemaVersion: SCHEMA_VERSION,
  id,
  title,
  body: `${title}. A longer body about ${id}.`,
  published: '2026-01-01',
  source: { name: 'Outlet' },
  quotes: [
    { id: 'q1', start: 0, end: 4, kind: 'direct', speaker: { name: speaker, entityId: 'p' } },
  ],
  entities: [],
  countries: [],
  topics: [],
});

describe('SearchIndexWriter', () => {
  it('writes buckets by first letters whose postings find titles, text and speakers', async () => {
    const staging = new StagingFolder(mkdtempSync(join(tmpdir(), 'search-')));
    const writer = new SearchIndexWriter(staging, true);
    writer.add(article('harbour', 'Harbour reopens', 'Aroha Tane'));
    writer.add(article('wheat', 'Wheat harvest', 'Dawit Alemu'));
    writer.add(article('ferry', 'Ferry timetable', 'Mereana Kahu'));
    const ref = await writer.finish(['harbour', 'wheat', 'ferry']);
    const read = (file: string): unknown =>
      JSON.parse(readFileSync(join(staging.dir, file), 'utf8'));
    const list = searchBucketsFileSchema.parse(read(ref.file));
    expect(list.docs).toBe(3);
    expect(list.fullText).toBe(true);
    const docsOf = (word: string): number[] => {
      const bucket =
        list.buckets[
          bucketOf(
            list.buckets.map((b) => b.from),
            bucketKey(word),
          )
        ];
      expect(bucket?.file).toMatch(/^search\/\d+\.[0-9a-f]{12}\.json$/);
      const file = searchBucketFileSchema.parse(read(bucket?.file ?? ''));
      let found: number[] = [];
      decodePostingLists(file.postings, file.terms.length, 3, 'test', (index, docs, length) => {
        if (file.terms[index] === word) found = [...docs.subarray(0, length)];
      });
      return found;
    };
    expect(docsOf('harvest')).toEqual([1]);
    expect(docsOf('aroha')).toEqual([0]); // a speaker's name
    expect(docsOf('longer')).toEqual([0, 1, 2]); // body text
  });

  it('refuses postings numbered in another order than the feed', async () => {
    const staging = new StagingFolder(mkdtempSync(join(tmpdir(), 'search-')));
    const writer = new SearchIndexWriter(staging, true);
    writer.add(article('harbour', 'Harbour reopens', 'Aroha Tane'));
    writer.add(article('wheat', 'Wheat harvest', 'Dawit Alemu'));
    await expect(writer.finish(['wheat', 'harbour'])).rejects.toThrow(/out of the feed's order/);
  });
});
