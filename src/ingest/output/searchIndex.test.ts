import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, searchIndexFileSchema, type AnnotatedArticle } from '../../core/schema';
import { decodePostings } from '../../core/search/postings';
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
  it('writes shards of a fixed size whose postings find titles, text and speakers', async () => {
    const staging = new StagingFolder(mkdtempSync(join(tmpdir(), 'search-')));
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
    const articlesWith = new Map<string, string[]>();
    decodePostings(file, (term, positions) =>
      articlesWith.set(
        term,
        positions.map((position) => file.ids[position] ?? '?'),
      ),
    );
    expect(file.ids).toEqual(['harbour', 'wheat']);
    expect(articlesWith.get('harvest')).toEqual(['wheat']);
    expect(articlesWith.get('aroha')).toEqual(['harbour']); // a speaker's name
    expect(articlesWith.get('longer')).toEqual(['harbour', 'wheat']); // body text
    expect(file.fullText).toBe(true);
  });
});
