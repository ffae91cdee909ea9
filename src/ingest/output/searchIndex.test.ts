import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, searchIndexFileSchema, type AnnotatedArticle } from '../../core/schema';
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
  it('writes shards of a fixed size that MiniSearch loads and searches', async () => {
    const staging = await StagingFolder.open(join(mkdtempSync(join(tmpdir(), 'search-')), 'data'));
    const writer = new SearchIndexWriter(staging, true, 2);
    writer.add(article('harbour', 'Harbour reopens', 'Aroha Tane'));
    writer.add(article('wheat', 'Wheat harvest', 'Dawit Alemu'));
    writer.add(article('ferry', 'Ferry timetable', 'Mereana Kahu'));
    const shards = await writer.finish();
    expect(shards.map((shard) => shard.count)).toEqual([2, 1]);
    expect(shards[0]?.file).toMatch(/^search\/0\.[0-9a-f]{12}\.json$/);
    const file = searchIndexFileSchema.parse(
      JSON.parse(readFileSync(join(staging.dir, shards[0]?.file ?? ''), 'utf8')),
    );
    const search = MiniSearch.loadJS(file.index as never, {
      fields: file.fields,
      storeFields: file.storeFields,
    });
    expect(search.search('harvest').map((hit) => hit.id)).toEqual(['wheat']);
    expect(search.search('Aroha').map((hit) => hit.id)).toEqual(['harbour']);
  });
});
