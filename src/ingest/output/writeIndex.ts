/**
 * Index pages (newest first), the front page's doc sets and sort keys, the id -> file lookup
 * buckets, and the facet vocabularies for the manifest.
 */
import { BUCKETS, articleLookupPath, pagePath } from '../../core/corpus/paths';
import { indexRecordOf } from '../../core/corpus/record';
import {
  docKeysFile,
  facetSetsFiles,
  HEAD_SIZE,
  pagesOf,
  PAGE_SIZE,
} from '../../core/corpus/feedFiles';
import {
  SCHEMA_VERSION,
  articleLookupSchema,
  docKeysFileSchema,
  facetSetsFileSchema,
  indexShardSchema,
  peopleFacetFileSchema,
  type IndexRecord,
  type Manifest,
} from '../../core/schema';
import type { ArticleLinks, EntityAggregate } from '../corpus/aggregate';
import type { ArticleSummary } from '../corpus/summarize';
import { sha256 } from '../text';
import type { StagingFolder } from './staging';
import { describeSchemaError } from '../../core/schemaErrors';

/**
 * The manifest lists the most quoted people only (and those the first records quote, so the first
 * cards have names); every quoted person is in facets/people, which loads after the first screen.
 */
export const MANIFEST_PEOPLE = 100;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
/** A country's English name as browsers give it (the ICU tables Node shares with them). */
const englishName = (code: string): string => regionNames.of(code) ?? code;

export function indexRecords(
  articles: readonly ArticleSummary[],
  links: readonly ArticleLinks[],
  files: readonly string[],
): IndexRecord[] {
  const records = articles.map((article, index) =>
    indexRecordOf(article, {
      source: links[index]?.sourceId ?? '',
      people: links[index]?.people ?? [],
      file: files[index] ?? '',
    }),
  );
  // Newest first; undated articles last; ties by id.
  return records.sort((a, b) => byText(b.published, a.published) || byText(a.id, b.id));
}

/**
 * The records in pages of PAGE_SIZE (`manifest.pages`), in a folder named by a hash of every
 * page: the list fetches the pages it shows, and the manifest names one folder, not a file per
 * page (a thousand pages at 100,000 articles).
 */
export async function writePages(
  staging: StagingFolder,
  records: readonly IndexRecord[],
): Promise<Manifest['pages']> {
  const texts = pagesOf(records, PAGE_SIZE).map((slice, shard) => {
    const value = { schemaVersion: SCHEMA_VERSION, shard, records: slice };
    const check = indexShardSchema.safeParse(value);
    if (!check.success) throw new Error(describeSchemaError(check.error, `index page ${shard}`));
    return JSON.stringify(value);
  });
  const pages = {
    dir: `index/${sha256(texts.join('\n'), 12)}`,
    count: texts.length,
    size: PAGE_SIZE,
  };
  for (const [n, text] of texts.entries()) await staging.writeText(pagePath(pages, n), text);
  return pages;
}

/** The doc sets of every facet column and the sort keys (all but the search of manifest.feed). */
export async function writeFeedFiles(
  staging: StagingFolder,
  records: readonly IndexRecord[],
): Promise<Omit<Manifest['feed'], 'search'>> {
  const columns: Manifest['feed']['columns'] = [];
  for (const file of facetSetsFiles(records)) {
    const written = await staging.writeHashedJson(
      `facets/${file.column}`,
      facetSetsFileSchema,
      file,
    );
    columns.push({
      column: file.column,
      file: written.path,
      hash: written.hash,
      bytes: written.bytes,
    });
  }
  const keys = await staging.writeHashedJson(
    'facets/keys',
    docKeysFileSchema,
    docKeysFile(records),
  );
  return {
    head: records.slice(0, HEAD_SIZE),
    columns,
    keys: { file: keys.path, hash: keys.hash },
  };
}

export async function writeLookup(
  staging: StagingFolder,
  records: readonly IndexRecord[],
): Promise<void> {
  const buckets = new Map<string, Record<string, string>>();
  for (const record of [...records].sort((a, b) => byText(a.id, b.id))) {
    const path = articleLookupPath(record.id);
    const bucket = buckets.get(path) ?? {};
    bucket[record.id] = record.file;
    buckets.set(path, bucket);
  }
  // Every bucket exists, empty or not, so the app never meets a 404 for a valid bucket.
  for (let i = 0; i < BUCKETS; i++) {
    const path = `lookup/${i.toString(16).padStart(2, '0')}.json`;
    await staging.writeJson(path, articleLookupSchema, {
      schemaVersion: SCHEMA_VERSION,
      files: buckets.get(path) ?? {},
    });
  }
}

export async function facets(
  staging: StagingFolder,
  articles: readonly ArticleSummary[],
  links: readonly ArticleLinks[],
  entities: ReadonlyMap<string, EntityAggregate>,
  headPeople: ReadonlySet<string>,
): Promise<{ facets: Manifest['facets']; facetFiles: NonNullable<Manifest['facetFiles']> }> {
  const countries = new Map<string, { about: number; mentions: number }>();
  const topics = new Map<string, { label: string; count: number }>();
  const people = new Map<string, number>();
  const sources = new Map<string, { name: string; country?: string; count: number }>();
  articles.forEach((article, index) => {
    for (const { code, role } of article.countries) {
      const entry = countries.get(code) ?? { about: 0, mentions: 0 };
      entry[role]++;
      countries.set(code, entry);
    }
    for (const { code, label } of article.topics) {
      const entry = topics.get(code) ?? { label, count: 0 };
      entry.count++;
      topics.set(code, entry);
    }
    for (const id of links[index]?.people ?? []) people.set(id, (people.get(id) ?? 0) + 1);
    const sourceId = links[index]?.sourceId ?? '';
    const source = sources.get(sourceId) ?? { ...article.source, count: 0 };
    source.count++;
    sources.set(sourceId, source);
  });
  const allPeople = [...people]
    .map(([id, count]) => ({ id, name: entities.get(id)?.name ?? id, count }))
    .sort((a, b) => b.count - a.count || byText(a.name, b.name) || byText(a.id, b.id));
  const peopleFile = await staging.writeHashedJson('facets/people', peopleFacetFileSchema, {
    schemaVersion: SCHEMA_VERSION,
    people: allPeople,
  });
  return {
    facets: {
      countries: [...countries]
        .map(([code, counts]) => ({ code, name: englishName(code), ...counts }))
        .sort((a, b) => b.about + b.mentions - (a.about + a.mentions) || byText(a.code, b.code)),
      topics: [...topics]
        .map(([code, { label, count }]) => ({ code, label, count }))
        .sort((a, b) => b.count - a.count || byText(a.code, b.code)),
      people: allPeople.filter(
        (person, rank) => rank < MANIFEST_PEOPLE || headPeople.has(person.id),
      ),
      sources: [...sources]
        .map(([id, source]) => ({ id, ...source }))
        .sort((a, b) => b.count - a.count || byText(a.name, b.name)),
    },
    facetFiles: {
      people: { file: peopleFile.path, hash: peopleFile.hash, count: allPeople.length },
    },
  };
}
