/**
 * Writes a whole corpus into a staging folder, from the articles' summaries (each full article is
 * read back from the annotation cache as it is written): articles, search buckets, record pages,
 * the front page's doc sets and sort keys, lookup, facets, entity pages, then the manifest that
 * points at them (and carries the first screen: unfiltered counts and the first records).
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
import { facets, indexRecords, writeFeedFiles, writeLookup, writePages } from './writeIndex';

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
  const pages = await writePages(staging, records);
  const feedFiles = await writeFeedFiles(staging, records);
  await writeLookup(staging, records);
  timing('write index pages, doc sets and lookup');
  const headPeople = new Set(feedFiles.head.flatMap((record) => record.people));
  const facetValues = await facets(staging, summaries, links, entities, headPeople);
  await writeEntities(staging, entities, summaries, files);
  timing('write facets and entities');
  const counts = {
    articles: summaries.length,
    quotes: summaries.reduce((sum, article) => sum + article.quoteCount, 0),
    entities: entities.size,
  };
  const searchFiles = await search.finish(records.map((record) => record.id));
  timing('write search index');
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    builtAt: new Date().toISOString(),
    engineVersion: ENGINE_VERSION,
    counts,
    facets: facetValues.facets,
    pages,
    facetFiles: facetValues.facetFiles,
    feed: { ...feedFiles, search: searchFiles },
  };
  await staging.writeJson('manifest.json', manifestSchema, manifest);
  return manifest;
}
