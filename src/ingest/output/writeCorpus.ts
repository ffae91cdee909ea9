/**
 * Writes a whole corpus into a staging folder, from the articles' summaries (each full article is
 * read back from the annotation cache as it is written): articles, search index, index shards,
 * lookup, facets, entity pages, then the manifest that points at them.
 */
import { ENGINE_VERSION } from '../../core/annotate';
import { SCHEMA_VERSION, manifestSchema, type Manifest } from '../../core/schema';
import { aggregate, collectQuotes } from '../corpus/aggregate';
import { EntityResolver } from '../corpus/resolveEntities';
import type { ArticleSummary } from '../corpus/summarize';
import type { Reporter } from '../progress';
import { FULL_TEXT_LIMIT, SearchIndexWriter } from './searchIndex';
import type { StagingFolder } from './staging';
import { writeArticles } from './writeArticles';
import { writeEntities } from './writeEntities';
import { facets, indexRecords, writeLookup, writeShards } from './writeIndex';

/** Whether the search index holds whole texts (else each article's opening: searchIndex.ts). */
export const searchesFullText = (articles: number): boolean => articles <= FULL_TEXT_LIMIT;

export async function writeCorpus(
  staging: StagingFolder,
  summaries: readonly ArticleSummary[],
  reporter: Reporter,
): Promise<Manifest> {
  let lap = performance.now();
  /** Stage timings, with INGEST_TIMINGS=1 (for profiling large runs). */
  const timing = (stage: string): void => {
    if (process.env.INGEST_TIMINGS) {
      const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
      reporter.warn(`  ${stage}: ${Math.round(performance.now() - lap)} ms, RSS ${rss} MB`);
    }
    lap = performance.now();
  };
  const resolver = new EntityResolver(summaries);
  const { entities, links } = aggregate(summaries, resolver);
  timing('resolve and aggregate entities');
  const search = new SearchIndexWriter(staging, searchesFullText(summaries.length));
  const files = await writeArticles(
    staging,
    summaries,
    resolver,
    search,
    (article, index) => collectQuotes(article, index, entities),
    (done) => reporter.progress('write', done, summaries.length),
  );
  timing('write articles and index search');
  const records = indexRecords(summaries, links, files);
  const shards = await writeShards(staging, records);
  await writeLookup(staging, records);
  timing('write index shards and lookup');
  const facetValues = await facets(staging, summaries, links, entities);
  await writeEntities(staging, entities, summaries, files);
  timing('write facets and entities');
  const counts = {
    articles: summaries.length,
    quotes: summaries.reduce((sum, article) => sum + article.quoteCount, 0),
    entities: entities.size,
  };
  const searchShards = await search.finish();
  timing('write search index');
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    builtAt: new Date().toISOString(),
    engineVersion: ENGINE_VERSION,
    counts,
    facets: facetValues.facets,
    shards,
    ...(searchShards[0]
      ? { search: { file: searchShards[0].file, hash: searchShards[0].hash } }
      : {}),
    searchShards,
    facetFiles: facetValues.facetFiles,
  };
  await staging.writeJson('manifest.json', manifestSchema, manifest);
  return manifest;
}
